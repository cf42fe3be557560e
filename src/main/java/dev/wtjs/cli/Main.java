package dev.wtjs.cli;

import dev.wtjs.FileAccess;
import dev.wtjs.PostAfterExit;
import dev.wtjs.WtjsRuntime;

import java.nio.file.Path;
import java.util.Arrays;

/** {@code wtjs [--post-after-exit=throw|ignore] (script.js | -e CODE) [args...]}: runs a script as node does. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("conform")) {
            System.exit(Conform.main(Arrays.copyOfRange(args, 1, args.length)));
        }
        PostAfterExit mode = PostAfterExit.THROW;
        String eval = null;
        int i = 0;
        try {
            for (; i < args.length; i++) {
                String a = args[i];
                if (a.startsWith("--post-after-exit=")) {
                    mode = PostAfterExit.parse(a.substring("--post-after-exit=".length()));
                } else if (a.equals("-e") || a.equals("--eval")) {
                    if (++i >= args.length) throw new IllegalArgumentException(a + " requires an argument");
                    eval = args[i];
                } else if (a.equals("--")) {
                    i++;
                    break;
                } else if (a.startsWith("-") && !a.equals("-")) {
                    throw new IllegalArgumentException("bad option: " + a);
                } else {
                    break;
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("wtjs: " + e.getMessage());
            System.exit(9);
        }
        if (eval == null && i >= args.length) {
            System.err.println("usage: wtjs [--post-after-exit=throw|ignore] (script.js | -e CODE) [args...]");
            System.exit(9);
        }
        int code;
        try (WtjsRuntime rt = WtjsRuntime.builder().postAfterExit(mode).fileAccess(FileAccess.full()).build()) {
            if (!rt.isOptimizing() && System.getenv("WTJS_QUIET_INTERPRETER") == null) {
                System.err.println("wtjs: GraalJS runs in its interpreter here (no matching JVMCI compiler); "
                        + "expect it to be slow. Use a JDK 21+ with JVMCI through bin/wtjs.");
            }
            if (eval != null) {
                code = rt.eval(eval, Arrays.copyOfRange(args, i, args.length));
            } else {
                code = rt.runMain(Path.of(args[i]), Arrays.copyOfRange(args, i + 1, args.length));
            }
        }
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }
}
