package dev.wtjs.bench;

import org.graalvm.polyglot.Context;

/**
 * The start-up floor bench/startup measures wtjs against: a bare GraalJS context printing one line, started by the
 * launcher with wtjs's own JDK and JVM flags ({@code WTJS_MAIN=dev.wtjs.bench.Floor bin/wtjs}).
 */
public final class Floor {
    private Floor() {
    }

    public static void main(String[] args) {
        try (Context c = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build()) {
            c.eval("js", "print('floor')");
        }
    }
}
