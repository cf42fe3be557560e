package dev.wtjs.bench;

import org.graalvm.polyglot.Context;

import java.time.Duration;
import java.time.Instant;

/**
 * The floor of bench/embed-start: a bare GraalJS context (no wtjs) evaluating one expression in a fresh JVM; prints
 * {@code RESULT <ms>} once the result is back, ms since the process started, as {@link EmbedFirstReply} does.
 */
public final class BareFirstResult {
    private BareFirstResult() {
    }

    public static void main(String[] args) {
        try (Context c = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build()) {
            int result = c.eval("js", "41 + 1").asInt();
            report(result, !c.getEngine().getImplementationName().toLowerCase().contains("interpret"));
        }
    }

    /** Prints the time from the process's start to now, the result, and whether GraalJS compiles here. */
    static void report(Object result, boolean optimizing) {
        Instant start = ProcessHandle.current().info().startInstant().orElseThrow();
        long ms = Duration.between(start, Instant.now()).toMillis();
        System.out.println("RESULT " + ms + " result=" + result + " " + (optimizing ? "jit" : "interpreter"));
        System.out.flush();
    }
}
