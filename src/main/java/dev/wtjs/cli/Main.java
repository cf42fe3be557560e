package dev.wtjs.cli;

import dev.wtjs.FileAccess;
import dev.wtjs.WtjsRuntime;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.function.Consumer;
import org.graalvm.polyglot.Engine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/** {@code wtjs [options] (script.js | -e CODE | -p CODE | -) [args...]}: runs a script as node does. */
public final class Main {
    /** The node release wtjs follows: what {@code -v} prints (process.version says the same). */
    static final String NODE_VERSION = "v24.22.3";

    private static final String HELP = """
            Usage: wtjs [options] [script.js | -e "code" | -p "code" | -] [arguments]
                   wtjs conform [options] paths...

            Runs a script as node 24 would, on GraalJS. With no script and a piped standard input, runs the code
            read from it.

            Options:
              -e, --eval CODE              run CODE
              -p, --print CODE             run CODE and print its value at exit
              -                            read the script from standard input
              -r, --require MODULE         load MODULE before the script
              --post-after-exit=MODE       throw (default) or ignore: what postMessage to an exited worker does
              --max-old-space-size=MB      the JVM's heap size (one heap for all workers)
              --no-warnings                print no process warnings
              --no-deprecation             print no deprecation warnings
              --expose-gc                  a global gc() that asks the JVM for a collection
              -v, --version                print node's version that wtjs follows
              -h, --help                   print this text
            Other node and V8 options are accepted and appear in process.execArgv.

            Daemon: --no-daemon (first option) or WTJS_DAEMON=0/1; wtjs daemon status|stop|start (see README.md).
            Environment: WTJS_JAVA_OPTS, WTJS_DEBUG, WTJS_TRACE_START, WTJS_DAEMON_IDLE (see README.md).
            """;

    private Main() {
    }

    /**
     * Where one run's process facts come from: this JVM's own (the launcher's in-process path), or a client's (a
     * run of the daemon, which sets every field).
     */
    public static final class Io {
        public InputStream in = System.in;
        // The descriptors themselves, unbuffered: a write into a closed pipe is then EPIPE, as in node.
        public OutputStream out = new FileOutputStream(FileDescriptor.out);
        public OutputStream err = new FileOutputStream(FileDescriptor.err);
        /** null: this process's environment. */
        public Map<String, String> env;
        /** null: this process's working directory. */
        public Path cwd;
        /** null: an engine of the run's own. */
        public Engine engine;
        public boolean stdinIsTty = Boolean.getBoolean("wtjs.stdinIsTty");
        /** null: what this process's descriptors are. */
        public String[] fdKinds;
        public int columns;
        public long pid;
        public long ppid;
        /** Makes the run's runtime from its builder (the daemon binds a standby to it); null: {@code build()}. */
        public java.util.function.Function<WtjsRuntime.Builder, WtjsRuntime> runtimeFor;
        /** Hears of the run's runtime once it is made (the daemon ends it on a signal). */
        public Consumer<WtjsRuntime> onRuntime = rt -> { };
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("conform")) {
            System.exit(Conform.main(Arrays.copyOfRange(args, 1, args.length)));
        }
        int code = run(args, new Io());
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }

    /** A builder with what the command line grants a script (what node's scripts may do). */
    public static WtjsRuntime.Builder cliBuilder() {
        return WtjsRuntime.builder().fileAccess(FileAccess.full()).interpreterWarning(false).hostEnvironment()
                .hostIdentity().allowNetwork().allowChildProcesses().returnHeapWhenIdle(true);
    }

    /** Runs one command line as node would, with the process facts of {@code io}; returns the exit code. */
    public static int run(String[] args, Io io) {
        PrintStream out = new PrintStream(io.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(io.err, true, StandardCharsets.UTF_8);
        CommandLine cl;
        try {
            cl = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("wtjs: " + e.getMessage());
            return 9;
        }
        switch (cl.action) {
            case VERSION -> {
                out.println(NODE_VERSION);
                return 0;
            }
            case HELP -> {
                out.print(HELP);
                out.flush();
                return 0;
            }
            default -> { }
        }
        String stdinCode = null;
        if (cl.action == CommandLine.Action.STDIN) {
            if (cl.target == null && io.stdinIsTty) {
                err.println("wtjs: no script given (wtjs has no REPL); try wtjs --help");
                return 9;
            }
            try {
                stdinCode = new String(io.in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("wtjs: cannot read standard input: " + e.getMessage());
                return 9;
            }
        }
        for (String note : cl.notes) err.println(note);
        if ("-".equals(cl.target)) cl.scriptArgs.add(0, "-"); // node: process.argv[1] is '-'
        String[] scriptArgs = cl.scriptArgs.toArray(new String[0]);
        WtjsRuntime.Builder b = cliBuilder().postAfterExit(cl.postAfterExit).execArgv(cl.execArgv).stdout(io.out).stderr(io.err)
                .stdin(io.in).columns(io.columns).processIds(io.pid, io.ppid);
        if (io.env != null) b.env(io.env);
        if (io.cwd != null) b.cwd(io.cwd);
        if (io.engine != null) b.engine(io.engine);
        if (io.fdKinds != null) b.stdioKinds(io.fdKinds[0], io.fdKinds[1], io.fdKinds[2]);
        try (WtjsRuntime rt = io.runtimeFor != null ? io.runtimeFor.apply(b) : b.build()) {
            io.onRuntime.accept(rt);
            if (!rt.isOptimizing() && System.getenv("WTJS_QUIET_INTERPRETER") == null) {
                err.println("wtjs: GraalJS runs in its interpreter here (no matching JVMCI compiler); "
                        + "expect it to be slow. Use a JDK 21+ with JVMCI through bin/wtjs.");
            }
            return switch (cl.action) {
                case EVAL -> rt.eval(cl.target, scriptArgs);
                case PRINT -> rt.print(cl.target, scriptArgs);
                case STDIN -> rt.evalStdin(stdinCode, scriptArgs);
                default -> rt.runMain(Path.of(cl.target), scriptArgs);
            };
        }
    }
}
