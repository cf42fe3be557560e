package dev.wtjs.cli;

import dev.wtjs.cli.conform.Runner;
import dev.wtjs.cli.conform.Runner.Run;
import dev.wtjs.internal.conform.Json;
import dev.wtjs.internal.conform.Outputs;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * {@code wtjs conform [--node PATH] [--record] [--json FILE] [--timeout MS] [--node-tests] [--in-process] DIR|FILE...}:
 * runs each script under real node and under wtjs (same working directory: the script's folder; same arguments)
 * and compares stdout (after path placeholders), stderr's first error line and the exit code. Without node, a
 * script's NAME.node.json record stands in for it; NAME.wtjs.json (an intentional difference) is wtjs's expectation
 * in its default mode, and node's record is then checked with --post-after-exit=ignore. With --node-tests, each
 * test-*.js passes when it exits 0 under each runtime.
 */
public final class Conform {
    static final String USAGE = "usage: wtjs conform [--node PATH] [--record] [--json FILE] [--timeout MS] "
            + "[--node-tests] [--in-process] DIR|FILE...";
    static final long DEFAULT_TIMEOUT_MS = 60000;

    private Conform() {
    }

    /** One comparison: a script, the mode wtjs ran in, what it is compared against. */
    record Row(Path script, String label, boolean ignoreMode, Expected expected) {
    }

    /**
     * The reference: a live node run or a record (node's or wtjs's). With a live run, {@code recorded} is node's
     * record when there is one (without --record): where node's order varies from run to run (two operations in
     * flight on its thread pool, a loaded machine), wtjs may match either of node's outputs.
     */
    record Expected(String source, Run run, Run recorded) {
        Expected(String source, Run run) {
            this(source, run, null);
        }
    }

    /** The outcome of one row. */
    record Result(Row row, Run wtjs, Run node, boolean pass, boolean stdoutSame, boolean errSame, String note) {
    }

    /** The oracle beside the launcher (tools/node24/node, node 24 installed on first use), else the PATH's node. */
    private static String defaultNode() {
        String exec = System.getProperty("wtjs.execPath");
        if (exec != null) {
            java.nio.file.Path oracle = java.nio.file.Path.of(exec).toAbsolutePath().getParent().resolveSibling("tools/node24/node");
            if (java.nio.file.Files.isExecutable(oracle)) return oracle.toString();
        }
        return "node";
    }

    public static int main(String[] args) {
        return main(args, System.out, System.err);
    }

    public static int main(String[] args, PrintStream out, PrintStream err) {
        String node = defaultNode();
        boolean record = false;
        boolean nodeTests = false;
        boolean inProcess = false;
        String json = null;
        Long timeout = null;
        List<Path> inputs = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--node" -> node = next(args, ++i, a);
                    case "--record" -> record = true;
                    case "--json" -> json = next(args, ++i, a);
                    case "--timeout" -> timeout = Long.parseLong(next(args, ++i, a));
                    case "--node-tests" -> nodeTests = true;
                    case "--in-process" -> inProcess = true;
                    case "-h", "--help" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    default -> {
                        if (a.startsWith("--node=")) node = a.substring(7);
                        else if (a.startsWith("--json=")) json = a.substring(7);
                        else if (a.startsWith("--timeout=")) timeout = Long.parseLong(a.substring(10));
                        else if (a.startsWith("-")) throw new IllegalArgumentException("bad option: " + a);
                        else inputs.add(Path.of(a).toAbsolutePath().normalize());
                    }
                }
            }
            if (inputs.isEmpty()) throw new IllegalArgumentException("no script or folder given");
        } catch (IllegalArgumentException e) {
            err.println("wtjs conform: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Path root = Runner.wtjsRoot();
        String nodeCmd = Runner.findNode(node);
        if (nodeCmd == null) {
            err.println("wtjs conform: no node found (" + node + "); comparing with NAME.node.json records");
        }
        try (Runner runner = new Runner(nodeCmd, inProcess, root)) {
            List<Result> results = nodeTests
                    ? NodeTests.run(runner, inputs, timeout, out, err)
                    : compare(runner, inputs, record, timeout, out, err);
            if (results == null) return 2;
            long failed = results.stream().filter(r -> !r.pass).count();
            long passed = results.size() - failed;
            out.println(passed + " passed, " + failed + " failed");
            if (json != null) writeJson(Path.of(json), results, passed, failed, nodeTests);
            return failed == 0 ? 0 : 1;
        } catch (IOException e) {
            err.println("wtjs conform: " + e);
            return 2;
        }
    }

    private static String next(String[] args, int i, String opt) {
        if (i >= args.length) throw new IllegalArgumentException(opt + " requires an argument");
        return args[i];
    }

    // ---- the node-tests mode

    /** Tests in node's test-suite style: each test-*.js passes when it exits 0 (under node, if present, and wtjs). */
    static final class NodeTests {
        private NodeTests() {
        }

        static List<Result> run(Runner runner, List<Path> inputs, Long timeout, PrintStream out, PrintStream err)
                throws IOException {
            List<Path> tests = new ArrayList<>();
            for (Path in : inputs) {
                if (Files.isRegularFile(in)) {
                    tests.add(in);
                } else if (Files.isDirectory(in)) {
                    List<Path> found = testsIn(in);
                    if (found.isEmpty()) {
                        try (Stream<Path> subs = Files.list(in)) {
                            for (Path sub : subs.filter(Files::isDirectory).sorted().toList()) {
                                found.addAll(testsIn(sub));
                            }
                        }
                    }
                    tests.addAll(found);
                } else {
                    err.println("wtjs conform: no such file or folder: " + in);
                    return null;
                }
            }
            if (tests.isEmpty()) {
                err.println("wtjs conform: no test-*.js found");
                return null;
            }
            for (Path dir : tests.stream().map(Path::getParent).distinct().toList()) {
                Path common = dir.getParent() == null ? null : dir.getParent().resolve("common");
                if (common == null || !Files.isDirectory(common)) {
                    err.println("wtjs conform: warning: " + dir + "/../common is missing; copy "
                            + runner.root().resolve("node-tests/common") + " there");
                }
            }
            long t = timeout != null ? timeout : DEFAULT_TIMEOUT_MS;
            Path base = commonBase(inputs);
            int width = tests.stream().mapToInt(p -> base.relativize(p).toString().length()).max().orElse(0);
            Table table = new Table(out, width, new String[] {"test", "node", "wtjs", "first error line"});
            ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
                Thread th = new Thread(r, "conform");
                th.setDaemon(true);
                return th;
            });
            try {
                List<Future<Result>> futures = new ArrayList<>();
                for (Path test : tests) {
                    futures.add(pool.submit(() -> {
                        Run n = runner.hasNode() ? runner.runNode(test, List.of(), t) : null;
                        Run w = runner.runWtjs(test, List.of(), t, false);
                        boolean pass = w.passed() && (n == null || n.passed());
                        String note = "";
                        if (n != null && !n.passed()) note = "node: " + why(n);
                        if (!w.passed()) note = join(note, "wtjs: " + why(w));
                        return new Result(new Row(test, "", false, null), w, n, pass, n == null || n.passed(),
                                w.passed(), note);
                    }));
                }
                List<Result> all = new ArrayList<>();
                for (Future<Result> f : futures) {
                    Result r = get(f);
                    all.add(r);
                    table.row(base.relativize(r.row.script).toString(), verdict(r.node), verdict(r.wtjs), r.note);
                }
                return all;
            } finally {
                pool.shutdownNow();
            }
        }

        /**
         * Why a test failed, in one line: the first error line of stderr (with the lines that complete it when it
         * ends with ':', as assert's messages do), else common's "Mismatched ... function calls" line on stdout.
         */
        static String why(Run r) {
            if (r.timedOut()) return "timed out";
            String[] lines = Outputs.stderrHead(r.stderr()).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) continue;
                StringBuilder b = new StringBuilder(lines[i].strip());
                for (int k = i + 1; k < lines.length && k <= i + 4 && b.charAt(b.length() - 1) == ':'; k++) {
                    String more = lines[k].strip();
                    if (!more.isEmpty() && !more.equals("+ actual - expected")) b.append(' ').append(more);
                }
                return b.toString();
            }
            for (String line : r.stdout().split("\n")) {
                if (line.startsWith("Mismatched ")) return line;
            }
            return "exit code " + r.status();
        }

        static String verdict(Run r) {
            if (r == null) return "-";
            if (r.passed()) return "pass";
            return r.timedOut() ? "FAIL(timeout)" : "FAIL(" + r.status() + ")";
        }

        static List<Path> testsIn(Path dir) throws IOException {
            try (Stream<Path> files = Files.list(dir)) {
                return new ArrayList<>(files.filter(p -> {
                    String n = p.getFileName().toString();
                    return Files.isRegularFile(p) && n.startsWith("test-") && (n.endsWith(".js") || n.endsWith(".mjs"));
                }).sorted().toList());
            }
        }
    }

    // ---- the comparison mode

    static List<Result> compare(Runner runner, List<Path> inputs, boolean record, Long timeout, PrintStream out,
                                PrintStream err) throws IOException {
        List<Path> scripts = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) scripts.addAll(scriptsIn(in));
            else if (Files.isRegularFile(in)) scripts.add(in);
            else {
                err.println("wtjs conform: no such file or folder: " + in);
                return null;
            }
        }
        if (scripts.isEmpty()) {
            err.println("wtjs conform: no scripts found");
            return null;
        }
        if (record && !runner.hasNode()) {
            err.println("wtjs conform: --record needs node (on PATH or --node PATH)");
            return null;
        }
        Path base = commonBase(inputs);
        int width = scripts.stream().mapToInt(p -> base.relativize(p).toString().length()).max().orElse(0);
        Table table = new Table(out, width + (scripts.stream().anyMatch(p -> Files.exists(sibling(p, ".wtjs.json")))
                ? " [wtjs.json]".length() : 0), new String[] {"script", "stdout", "stderr error line", "exit node/wtjs", ""});
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "conform");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<Result>>> futures = new ArrayList<>();
            for (Path s : scripts) futures.add(pool.submit(() -> compareOne(runner, s, record, timeout)));
            List<Result> all = new ArrayList<>();
            for (Future<List<Result>> f : futures) {
                for (Result r : get(f)) {
                    all.add(r);
                    String name = base.relativize(r.row.script).toString() + r.row.label;
                    String exit = (r.node == null ? "-" : r.node.statusText()) + "/"
                            + (r.wtjs == null ? "-" : r.wtjs.statusText());
                    table.row(name, r.stdoutSame ? "same" : "DIFFERS", r.errSame ? "same" : "DIFFERS", exit,
                            (r.pass ? "ok" : "FAIL") + (r.note.isEmpty() ? "" : "  " + r.note));
                }
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    static List<Result> compareOne(Runner runner, Path script, boolean record, Long timeout) throws IOException {
        Path nodeRec = sibling(script, ".node.json");
        Path wtjsRec = sibling(script, ".wtjs.json");
        Map<String, Object> old = Files.exists(nodeRec) ? readMap(nodeRec) : Map.of();
        List<String> args = strings(old.get("args"));
        long t = old.get("timeoutMs") instanceof Number n ? n.longValue()
                : timeout != null ? timeout : DEFAULT_TIMEOUT_MS;
        Expected nodeExp;
        if (runner.hasNode()) {
            Run r = runner.runNode(script, args, t);
            if (record) writeRecord(nodeRec, old, runner.nodeVersion(), args, r);
            nodeExp = new Expected("node", r, record || old.isEmpty() ? null : fromRecord(old));
        } else if (!old.isEmpty()) {
            nodeExp = new Expected("record", fromRecord(old));
        } else {
            nodeExp = null;
        }
        List<Result> results = new ArrayList<>();
        if (Files.exists(wtjsRec)) {
            Map<String, Object> w = readMap(wtjsRec);
            Row row = new Row(script, " [wtjs.json]", false, new Expected("wtjs.json", fromRecord(w)));
            results.add(check(runner, row, args, t, nodeExp == null ? null : nodeExp.run));
            if (nodeExp != null) {
                results.add(check(runner, new Row(script, " [ignore]", true, nodeExp), args, t, nodeExp.run));
            }
        } else {
            Row row = new Row(script, "", false, nodeExp);
            results.add(check(runner, row, args, t, nodeExp == null ? null : nodeExp.run));
        }
        return results;
    }

    /** Where two outputs part: the first line that differs, as each has it (a rare failure says what it saw). */
    static String firstDifference(String source, String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        int i = 0;
        while (i < a.length && i < b.length && a[i].equals(b[i])) i++;
        return "stdout line " + (i + 1) + ": " + source + " " + (i < a.length ? "'" + a[i] + "'" : "(end)") + " | wtjs "
                + (i < b.length ? "'" + b[i] + "'" : "(end)");
    }

    /** Whether wtjs's run {@code w} shows what {@code e} does: stdout, the first error line and the exit code. */
    static boolean same(Run e, Run w) {
        return e.stdout().equals(w.stdout()) && Outputs.firstErrorLine(e.stderr()).equals(Outputs.firstErrorLine(w.stderr()))
                && e.status() == w.status() && !e.timedOut() && !w.timedOut();
    }

    static Result check(Runner runner, Row row, List<String> args, long timeoutMs, Run node) throws IOException {
        Run w = runner.runWtjs(row.script, args, timeoutMs, row.ignoreMode);
        if (row.expected == null) {
            return new Result(row, w, null, false, false, false, "no node and no NAME.node.json record");
        }
        Run e = row.expected.run;
        Run rec = row.expected.recorded;
        String note = row.expected.source.equals("node") ? "" : "vs " + row.expected.source;
        if (!same(e, w) && rec != null && same(rec, w)) {
            e = rec;
            note = "as node's record (node's own run here differed: node varies)";
        }
        boolean stdoutSame = e.stdout().equals(w.stdout());
        String eLine = Outputs.firstErrorLine(e.stderr());
        String wLine = Outputs.firstErrorLine(w.stderr());
        boolean errSame = eLine.equals(wLine);
        boolean pass = same(e, w);
        if (w.timedOut()) note = join(note, "wtjs timed out after " + timeoutMs + " ms");
        if (e.timedOut()) note = join(note, "node timed out after " + timeoutMs + " ms");
        if (!errSame) {
            note = join(note, row.expected.source + ": " + orNone(eLine) + " | wtjs: " + orNone(wLine));
        }
        if (!stdoutSame) note = join(note, firstDifference(row.expected.source, e.stdout(), w.stdout()));
        Run shownNode = row.expected.source.equals("wtjs.json") ? node : e;
        return new Result(row, w, shownNode == null ? e : shownNode, pass, stdoutSame, errSame, note);
    }

    static String orNone(String s) {
        return s.isEmpty() ? "(none)" : s;
    }

    static String join(String a, String b) {
        return a.isEmpty() ? b : a + "; " + b;
    }

    /** Every script with a NAME.node.json record under dir, or, when none has one, each *.js / *.mjs in it. */
    static List<Path> scriptsIn(Path dir) throws IOException {
        List<Path> recorded = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path rec : files.filter(p -> p.getFileName().toString().endsWith(".node.json")).sorted().toList()) {
                String base = rec.toString().substring(0, rec.toString().length() - ".node.json".length());
                for (String ext : new String[] {".js", ".mjs", ".cjs"}) {
                    Path s = Path.of(base + ext);
                    if (Files.isRegularFile(s)) {
                        recorded.add(s);
                        break;
                    }
                }
            }
        }
        if (!recorded.isEmpty()) return recorded;
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return Files.isRegularFile(p) && !n.startsWith("_") && (n.endsWith(".js") || n.endsWith(".mjs"));
            }).sorted().toList();
        }
    }

    static Path sibling(Path script, String suffix) {
        String s = script.toString();
        int dot = s.lastIndexOf('.');
        return Path.of(s.substring(0, dot) + suffix);
    }

    /** The folder names in the table are relative to: the common parent of the inputs. */
    static Path commonBase(List<Path> inputs) {
        Path base = null;
        for (Path in : inputs) {
            Path p = Files.isDirectory(in) ? in : in.getParent();
            if (base == null) base = p;
            while (!p.startsWith(base)) base = base.getParent();
        }
        return base;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> readMap(Path p) throws IOException {
        return (Map<String, Object>) Json.parse(Files.readString(p, StandardCharsets.UTF_8));
    }

    static List<String> strings(Object o) {
        List<String> l = new ArrayList<>();
        if (o instanceof List<?> list) for (Object x : list) l.add(String.valueOf(x));
        return l;
    }

    static Run fromRecord(Map<String, Object> m) {
        Object s = m.get("status");
        return new Run(String.valueOf(m.getOrDefault("stdout", "")), String.valueOf(m.getOrDefault("stderr", "")),
                s instanceof Number n ? n.intValue() : -1, false);
    }

    /** Writes NAME.node.json as tools/record-fixtures does (keeping a previous record's args and timeoutMs). */
    static void writeRecord(Path rec, Map<String, Object> old, String version, List<String> args, Run r)
            throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("node", version);
        m.put("args", new ArrayList<Object>(args));
        if (old.get("timeoutMs") != null) m.put("timeoutMs", old.get("timeoutMs"));
        m.put("status", r.timedOut() ? -1 : r.status());
        m.put("stdout", r.stdout());
        m.put("stderr", r.stderr());
        Files.writeString(rec, Json.write(m) + "\n", StandardCharsets.UTF_8);
    }

    static void writeJson(Path file, List<Result> results, long passed, long failed, boolean nodeTests)
            throws IOException {
        List<Object> list = new ArrayList<>();
        for (Result r : results) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("script", r.row.script.toString());
            if (!r.row.label.isEmpty()) m.put("variant", r.row.label.strip());
            m.put("pass", r.pass);
            if (nodeTests) {
                m.put("nodePass", r.node == null ? null : r.node.passed());
                m.put("wtjsPass", r.wtjs.passed());
            } else {
                m.put("against", r.row.expected == null ? null : r.row.expected.source);
                m.put("stdoutSame", r.stdoutSame);
                m.put("stderrErrorLineSame", r.errSame);
            }
            if (!r.note.isEmpty()) m.put("note", r.note);
            if (r.node != null) m.put("node", runJson(r.node));
            if (r.wtjs != null) m.put("wtjs", runJson(r.wtjs));
            list.add(m);
        }
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("mode", nodeTests ? "node-tests" : "compare");
        top.put("passed", passed);
        top.put("failed", failed);
        top.put("results", list);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.writeString(file, Json.write(top) + "\n", StandardCharsets.UTF_8);
    }

    static Map<String, Object> runJson(Run r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", r.status());
        m.put("timedOut", r.timedOut());
        m.put("firstErrorLine", Outputs.firstErrorLine(r.stderr()));
        m.put("stdout", r.stdout());
        m.put("stderr", r.stderr());
        return m;
    }

    /** A plain-text table printed row by row: column widths fixed from the header and grown as needed. */
    static final class Table {
        private final PrintStream out;
        private final int[] widths;

        Table(PrintStream out, int firstWidth, String[] header) {
            this.out = out;
            this.widths = new int[header.length];
            for (int i = 0; i < header.length; i++) widths[i] = Math.max(header[i].length(), i == 0 ? firstWidth : 6);
            row(header);
        }

        void row(String... cells) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < cells.length; i++) {
                String c = cells[i];
                if (i == cells.length - 1) {
                    b.append(c);
                } else {
                    b.append(c);
                    b.append(" ".repeat(Math.max(1, widths[i] - c.length() + 2)));
                }
            }
            out.println(b.toString().stripTrailing());
            out.flush();
        }
    }
}
