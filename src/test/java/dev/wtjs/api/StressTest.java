package dev.wtjs.api;

import dev.wtjs.WtjsRuntime;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stress suite: the scripts in {@code src/test/resources/dev/wtjs/stress/} (each also runs under node, e.g.
 * {@code node messages.js 100000}, and prints the same lines) run as main scripts of a runtime, with counts bounded
 * for CI, where GraalJS runs in the JDK 17 interpreter (300 workers of churn, 1e4 messages each way, 50 workers
 * throwing, 64 waiters, storms of 25 terminates, 100 deep round trips). {@code -Dwtjs.stress=long} (or
 * {@code tools/stress}) runs the long mode: 1e6 messages, storms of 500, ten times the other counts.
 * Nested terminate is {@link SubtreeTest}'s.
 */
class StressTest {
    private static final boolean LONG = "long".equals(System.getProperty("wtjs.stress"));

    private static int count(int ci) {
        return count(ci, ci * 10);
    }

    private static int count(int ci, int longMode) {
        return LONG ? longMode : ci;
    }

    /** Runs a stress script with {@code arg}; returns its stdout lines, sorted (its threads finish in any order). */
    private static List<String> run(String script, int arg) throws URISyntaxException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path file = Path.of(StressTest.class.getResource("/dev/wtjs/stress/" + script).toURI());
        int code;
        try (WtjsRuntime rt = Support.runtime().stdout(out).stderr(err).build()) {
            code = rt.runMain(file, String.valueOf(arg));
        }
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, script + " failed: " + stderr);
        assertEquals("", stderr, script);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        return List.of(lines);
    }

    @Test
    void orderedMessagesMainWorkerAndWorkerWorker() throws Exception {
        int n = count(10_000, 1_000_000);
        assertEquals(List.of("main<->worker: " + n + " in order, exit 0", "worker->worker: " + n + " in order"),
                run("messages.js", n));
    }

    @Test
    void uncaughtErrorsInFiftyWorkersAndErrorsThrownByErrorHandlers() throws Exception {
        int w = count(50);
        assertEquals(List.of("errors: " + w + " exits: " + w + " thrown by handlers: " + w / 2),
                run("errors.js", w));
    }

    @Test
    void terminateStorms() throws Exception {
        int w = count(25, 500);
        assertEquals(List.of("just started workers terminated: " + w + " ok", "spinning workers terminated: " + w + " ok"),
                run("terminate-storm.js", w));
    }

    @Test
    void sixtyFourWaitersAllWokenByNotify() throws Exception {
        assertEquals(List.of("woken: 64 of 64"), run("waiters.js", 64));
    }

    @Test
    void deepObjectsAcrossJitWarmUp() throws Exception {
        int rounds = count(100, 3000); // (mvn test runs on the JDK 17 interpreter: the long mode warms up the JIT)
        assertEquals(List.of("deep round trips: " + rounds + " wrong: 0"), run("deep.js", rounds));
    }

    /** 300 workers started and exited (3,000 in the long mode): the live heap after a full collection stays flat. */
    @Test
    void churnKeepsTheLiveHeapFlat() throws Exception {
        int warm = 50;
        int more = count(250, 2950);
        assertEquals(List.of("workers started and exited: " + warm), run("churn.js", warm));
        long before = liveHeap();
        assertEquals(List.of("workers started and exited: " + more), run("churn.js", more));
        long after = liveHeap();
        System.out.printf("StressTest: live heap %d MB after %d workers, %d MB after %d more%n",
                before >> 20, warm, after >> 20, more);
        assertTrue(after - before < 48L << 20, "the live heap grew from " + (before >> 20) + " MB to "
                + (after >> 20) + " MB over " + more + " workers that exited");
    }

    private static long liveHeap() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
