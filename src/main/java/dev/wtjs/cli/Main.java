package dev.wtjs.cli;

import dev.wtjs.FileAccess;
import dev.wtjs.WtjsRuntime;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
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

            Environment: WTJS_JAVA_OPTS, WTJS_DEBUG, WTJS_TRACE_START (see README.md).
            """;

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("conform")) {
            System.exit(Conform.main(Arrays.copyOfRange(args, 1, args.length)));
        }
        CommandLine cl;
        try {
            cl = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("wtjs: " + e.getMessage());
            System.exit(9);
            return;
        }
        switch (cl.action) {
            case VERSION -> {
                System.out.println(NODE_VERSION);
                System.exit(0);
            }
            case HELP -> {
                System.out.print(HELP);
                System.exit(0);
            }
            default -> { }
        }
        String stdinCode = null;
        if (cl.action == CommandLine.Action.STDIN) {
            if (cl.target == null && Boolean.getBoolean("wtjs.stdinIsTty")) {
                System.err.println("wtjs: no script given (wtjs has no REPL); try wtjs --help");
                System.exit(9);
            }
            try {
                stdinCode = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                System.err.println("wtjs: cannot read standard input: " + e.getMessage());
                System.exit(9);
            }
        }
        for (String note : cl.notes) System.err.println(note);
        if ("-".equals(cl.target)) cl.scriptArgs.add(0, "-"); // node: process.argv[1] is '-'
        String[] scriptArgs = cl.scriptArgs.toArray(new String[0]);
        int code;
        try (WtjsRuntime rt = WtjsRuntime.builder().postAfterExit(cl.postAfterExit).fileAccess(FileAccess.full())
                .hostEnvironment().hostIdentity().allowChildProcesses()
                // The descriptors themselves, unbuffered: a write into a closed pipe is then EPIPE, as in node.
                .stdout(new FileOutputStream(FileDescriptor.out)).stderr(new FileOutputStream(FileDescriptor.err))
                .execArgv(cl.execArgv).build()) {
            if (!rt.isOptimizing() && System.getenv("WTJS_QUIET_INTERPRETER") == null) {
                System.err.println("wtjs: GraalJS runs in its interpreter here (no matching JVMCI compiler); "
                        + "expect it to be slow. Use a JDK 21+ with JVMCI through bin/wtjs.");
            }
            code = switch (cl.action) {
                case EVAL -> rt.eval(cl.target, scriptArgs);
                case PRINT -> rt.print(cl.target, scriptArgs);
                case STDIN -> rt.evalStdin(stdinCode, scriptArgs);
                default -> rt.runMain(Path.of(cl.target), scriptArgs);
            };
        }
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }
}
