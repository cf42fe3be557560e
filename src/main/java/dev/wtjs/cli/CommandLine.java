package dev.wtjs.cli;

import dev.wtjs.PostAfterExit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * node's command line as wtjs reads it: options, then the entry point (a script file, {@code -e}/{@code -p} code,
 * or {@code -} for standard input), then the script's own arguments. Options node knows are accepted and land in
 * {@code process.execArgv}; those that mean something on GraalJS are honoured (see the README's CLI section), the
 * few whose absence a user would notice get a one-line note, and an option node does not know is refused as node
 * refuses it ({@code bad option}, exit 9).
 */
final class CommandLine {
    enum Action { FILE, EVAL, PRINT, STDIN, VERSION, HELP, NONE }

    Action action = Action.NONE;
    /** The script path, or the code for EVAL/PRINT. */
    String target;
    final List<String> scriptArgs = new ArrayList<>();
    final List<String> execArgv = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    PostAfterExit postAfterExit = PostAfterExit.THROW;

    /** Options followed by a separate value ({@code -r mod}); the others carry theirs after '='. */
    private static final Set<String> WITH_VALUE = Set.of("-r", "--require", "--import", "--loader",
            "--experimental-loader", "-C", "--conditions", "--input-type", "--env-file", "--env-file-if-exists",
            "--title", "--inspect-port", "--debug-port", "--redirect-warnings", "--disable-warning",
            "--icu-data-dir", "--openssl-config", "--diagnostic-dir", "--report-dir", "--report-directory",
            "--report-filename", "--report-signal", "--dns-result-order", "--watch-path", "--secure-heap",
            "--secure-heap-min", "--unhandled-rejections", "--stack-trace-limit", "--max-http-header-size");
    /** Prefixes of node's and V8's options that wtjs accepts. */
    private static final List<String> KNOWN = List.of("--experimental-", "--no-experimental-", "--harmony",
            "--no-harmony", "--trace-", "--no-trace-", "--inspect", "--debug", "--max-", "--stack-size",
            "--stack-trace-limit", "--expose-", "--allow-", "--enable-", "--disable-", "--unhandled-rejections",
            "--title", "--pending-deprecation", "--throw-deprecation", "--no-deprecation", "--no-warnings",
            "--preserve-symlinks", "--abort-on-uncaught-exception", "--frozen-intrinsics", "--jitless",
            "--cpu-prof", "--heap-prof", "--prof", "--zero-fill-buffers", "--use-strict", "--report-",
            "--force-", "--insecure-http-parser", "--openssl-", "--use-openssl-ca", "--use-bundled-ca",
            "--tls-", "--icu-data-dir", "--input-type", "--env-file", "--conditions", "--import", "--require",
            "--loader", "--watch", "--test", "--permission", "--dns-result-order", "--no-addons", "--addons",
            "--global-search-paths", "--no-global-search-paths", "--network-family-autoselection",
            "--no-network-family-autoselection", "--secure-heap", "--interpreted-frames-native-stack",
            "--perf-", "--redirect-warnings", "--diagnostic-dir", "--disable-proto", "--node-memory-debug",
            "--async-context-frame", "--no-async-context-frame", "--deprecation", "--warnings",
            "--verify-base-objects", "--huge-max-old-generation-size", "--no-force-async-hooks-checks",
            "--track-heap-objects", "--v8-pool-size", "--icu-", "--napi-modules", "--no-node-snapshot",
            "--snapshot-blob", "--trace", "--gc-", "--single-threaded", "--no-opt", "--opt", "--predictable",
            "--max-semi-space-size", "--min-semi-space-size", "--report-on-", "--localstorage-file");
    /** Options accepted but without effect on GraalJS that a user would miss: each gets a one-line note. */
    private static final List<String> NOTED = List.of("--inspect", "--debug", "--cpu-prof", "--heap-prof",
            "--prof", "--watch", "--test", "--permission", "--jitless", "--stack-size", "--trace-gc");

    static CommandLine parse(String[] args) {
        CommandLine c = new CommandLine();
        int i = 0;
        for (; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                i++;
                break;
            }
            if (!a.startsWith("-") || a.equals("-")) break;
            if (a.startsWith("--post-after-exit=")) {
                c.postAfterExit = PostAfterExit.parse(a.substring("--post-after-exit=".length()));
                continue;
            }
            switch (a) {
                case "-v", "--version" -> {
                    c.action = Action.VERSION;
                    return c;
                }
                case "-h", "--help" -> {
                    c.action = Action.HELP;
                    return c;
                }
                case "-e", "--eval", "-p", "--print", "-pe", "-ep" -> {
                    if (i + 1 >= args.length) throw new IllegalArgumentException(a + " requires an argument");
                    boolean print = a.contains("p");
                    c.action = print ? Action.PRINT : Action.EVAL;
                    c.target = args[++i];
                    c.execArgv.add(a);
                    c.execArgv.add(c.target);
                    continue;
                }
                case "-i", "--interactive" -> throw new IllegalArgumentException(
                        a + ": wtjs has no REPL; give it a script, -e code, or - for standard input");
                case "-c", "--check" -> throw new IllegalArgumentException(a + " is not supported by wtjs");
                default -> { }
            }
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (!isKnown(name)) throw new IllegalArgumentException("bad option: " + a);
            c.execArgv.add(a);
            if (WITH_VALUE.contains(name) && !a.contains("=")) {
                if (i + 1 >= args.length) throw new IllegalArgumentException(a + " requires an argument");
                c.execArgv.add(args[++i]);
            }
            for (String n : NOTED) {
                if (name.startsWith(n)) {
                    c.notes.add("wtjs: " + name + " has no effect here (GraalJS, not V8)");
                    break;
                }
            }
        }
        if (c.action == Action.NONE && i < args.length) {
            c.action = args[i].equals("-") ? Action.STDIN : Action.FILE;
            c.target = args[i++];
        } else if (c.action == Action.NONE) {
            c.action = Action.STDIN; // node reads the script from a piped standard input; the CLI checks for a TTY
        }
        for (; i < args.length; i++) c.scriptArgs.add(args[i]);
        return c;
    }

    private static boolean isKnown(String name) {
        if (name.equals("-r") || name.equals("-C")) return true;
        for (String k : KNOWN) {
            if (name.startsWith(k)) return true;
        }
        return false;
    }
}
