package dev.wtjs.cli.conform;

import dev.wtjs.PostAfterExit;
import dev.wtjs.WtjsRuntime;
import dev.wtjs.internal.conform.Outputs;
import org.graalvm.polyglot.Engine;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one script under node or wtjs with the script's folder as working directory and a timeout (a run that
 * outlives it is killed with its child processes and counts as timed out). wtjs runs as a child process of the
 * launcher ({@code wtjs.execPath}, through its daemon), so each script is isolated; with {@code inProcess}, with
 * the daemon off ({@code wtjs.conform.daemon=0}) or without a launcher it runs in this JVM through {@link
 * WtjsRuntime} on one shared engine. Outputs come back with the script's folder and
 * the wtjs root replaced by {@code <dir>} and {@code <root>}, as in the fixture records.
 */
public final class Runner implements AutoCloseable {
    /** One run's normalized stdout and stderr, exit status (-1 when killed) and whether it timed out. */
    public record Run(String stdout, String stderr, int status, boolean timedOut) {
        public String statusText() {
            return timedOut ? "timeout" : String.valueOf(status);
        }

        public boolean passed() {
            return status == 0 && !timedOut;
        }

        public String firstErrorLine() {
            return timedOut ? "timed out" : Outputs.firstErrorLine(stderr);
        }
    }

    private final String node;
    private final String launcher;
    private final Path root;
    private Engine engine;
    private String nodeVersion;

    public Runner(String node, boolean inProcess, Path root) {
        this.node = node;
        String exec = System.getProperty("wtjs.execPath");
        // bin/wtjs says whether its daemon is on (wtjs.conform.daemon): through it, one launcher run per script is
        // faster than this JVM; without it, a JVM per script is minutes slower than one shared engine here
        boolean viaDaemon = !"0".equals(System.getProperty("wtjs.conform.daemon"));
        this.launcher = inProcess || !viaDaemon || exec == null || !Files.isExecutable(Path.of(exec)) ? null : exec;
        this.root = root;
    }

    /** The wtjs checkout: the launcher's bin/.., else the working directory. */
    public static Path wtjsRoot() {
        String exec = System.getProperty("wtjs.execPath");
        if (exec != null) {
            Path p = Path.of(exec).toAbsolutePath().normalize().getParent();
            if (p != null && p.getParent() != null) return p.getParent();
        }
        return Path.of("").toAbsolutePath();
    }

    /** The node executable to use: {@code spec} if it is a path to an executable, else {@code spec} on PATH. */
    public static String findNode(String spec) {
        // (absolute: node runs in each script's folder)
        if (spec.contains(File.separator)) {
            return Files.isExecutable(Path.of(spec)) ? Path.of(spec).toAbsolutePath().toString() : null;
        }
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String d : path.split(File.pathSeparator)) {
            if (d.isEmpty()) continue;
            Path p = Path.of(d, spec);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) return p.toString();
        }
        return null;
    }

    public boolean hasNode() {
        return node != null;
    }

    public Path root() {
        return root;
    }

    public synchronized String nodeVersion() throws IOException {
        if (nodeVersion == null) {
            Run r = exec(List.of(node, "--version"), Path.of("").toAbsolutePath(), 10000, Map.of());
            nodeVersion = r.stdout().strip();
        }
        return nodeVersion;
    }

    public Run runNode(Path script, List<String> args, long timeoutMs) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(node, script.getFileName().toString()));
        cmd.addAll(args);
        return exec(cmd, script.getParent(), timeoutMs, Map.of());
    }

    private boolean daemonStarted;

    public Run runWtjs(Path script, List<String> args, long timeoutMs, boolean ignoreMode) throws IOException {
        if (launcher == null) return inProcess(script, args, timeoutMs, ignoreMode);
        startDaemon();
        List<String> cmd = new ArrayList<>(List.of(launcher));
        if (ignoreMode) cmd.add("--post-after-exit=ignore");
        cmd.add(script.getFileName().toString());
        cmd.addAll(args);
        return exec(cmd, script.getParent(), timeoutMs, Map.of());
    }

    /**
     * Has the daemon listen before the first fixture: a first run without it would go in-process and start the
     * daemon after it, while the next fixtures ran in-process too. (When it cannot start, runs go in-process.)
     */
    private synchronized void startDaemon() throws IOException {
        if (daemonStarted) return;
        daemonStarted = true;
        exec(List.of(launcher, "daemon", "start"), root, 150_000, Map.of());
    }

    private Run exec(List<String> cmd, Path cwd, long timeoutMs, Map<String, String> env) throws IOException {
        Path out = Files.createTempFile("wtjs-conform", ".out");
        Path err = Files.createTempFile("wtjs-conform", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().remove("NODE_NO_WARNINGS");
            pb.environment().putAll(env);
            Process p = pb.start();
            boolean done;
            try {
                done = p.waitFor(timeoutMs, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                done = false;
            }
            if (!done) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                try {
                    p.waitFor(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return normalized(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err,
                    StandardCharsets.UTF_8), done ? p.exitValue() : -1, !done, cwd);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private Run inProcess(Path script, List<String> args, long timeoutMs, boolean ignoreMode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        WtjsRuntime rt = WtjsRuntime.builder().interpreterWarning(false).fileAccess(dev.wtjs.FileAccess.full()).hostEnvironment().hostIdentity().allowNetwork().allowChildProcesses().engine(engine()).stdout(out).stderr(err).cwd(script.getParent())
                .postAfterExit(ignoreMode ? PostAfterExit.IGNORE : PostAfterExit.THROW).build();
        ExecutorService ex = Executors.newSingleThreadExecutor(r -> new Thread(r, "conform-in-process"));
        int status = -1;
        boolean timedOut = false;
        try {
            Future<Integer> f = ex.submit(() -> rt.runMain(script, args.toArray(new String[0])));
            try {
                status = f.get(timeoutMs, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                timedOut = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                timedOut = true;
            } catch (java.util.concurrent.ExecutionException e) {
                err.writeBytes(("wtjs conform: " + e.getCause() + "\n").getBytes(StandardCharsets.UTF_8));
                status = 70;
            }
        } finally {
            rt.close();
            ex.shutdownNow();
        }
        return normalized(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status,
                timedOut, script.getParent());
    }

    /**
     * Grants the file access the CLI grants ({@code FileAccess.full()}), as {@code node} would have it, where the
     * builder has that setting (looked up reflectively, so this class builds with or without it).
     */
    private static WtjsRuntime.Builder grantFiles(WtjsRuntime.Builder b) {
        try {
            Class<?> fa = Class.forName("dev.wtjs.FileAccess");
            Object full = fa.getMethod("full").invoke(null);
            return (WtjsRuntime.Builder) WtjsRuntime.Builder.class.getMethod("fileAccess", fa).invoke(b, full);
        } catch (ReflectiveOperationException e) {
            return b;
        }
    }

    private synchronized Engine engine() {
        if (engine == null) engine = WtjsRuntime.newSharedEngine();
        return engine;
    }

    private Run normalized(String out, String err, int status, boolean timedOut, Path dir) {
        String d = dir.toString();
        String r = root.toString();
        return new Run(Outputs.placeholders(out, d, r), Outputs.placeholders(err, d, r), status, timedOut);
    }

    @Override
    public synchronized void close() {
        if (engine != null) engine.close();
    }
}
