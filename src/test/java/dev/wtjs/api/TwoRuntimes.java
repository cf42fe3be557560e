package dev.wtjs.api;

import dev.wtjs.WtjsRuntime;

/** For InterpreterWarningTest, in a JVM of its own: two runtimes, each running a script; prints isOptimizing(). */
public final class TwoRuntimes {
    private TwoRuntimes() {
    }

    public static void main(String[] args) {
        for (int i = 0; i < 2; i++) {
            try (WtjsRuntime rt = WtjsRuntime.builder().build()) {
                if (rt.eval("if (1 + 1 !== 2) process.exit(3)") != 0) throw new AssertionError("eval failed");
                System.out.println("optimizing=" + rt.isOptimizing());
            }
        }
    }
}
