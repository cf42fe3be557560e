package dev.wtjs.api;

import dev.wtjs.JsWorker;
import dev.wtjs.WorkerSpec;
import dev.wtjs.WtjsRuntime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A worker owns the workers it started: however it ends (terminate, process.exit, an uncaught error, the runtime's
 * close, the main script's end), they end first, spinning or blocked in Atomics.wait, and so do theirs. Each test
 * builds a tree under a worker started from Java, ends its root, and checks that the tree's workers stop counting
 * and that the runtime's threads come back to what they were.
 */
public class SubtreeTest {
    /** Ticks of the tree's workers, by level; index 0 is the worker that ticks once and then waits. */
    private static final AtomicLongArray TICKS = new AtomicLongArray(8);
    private static final long BOUND_MS = 30_000;

    /** Called by the workers (Java.type). */
    public static void tick(int level) {
        TICKS.incrementAndGet(level);
    }

    /** A level of the tree: starts the next level (if any), then spins calling tick, or ticks once and waits. */
    private static final String LEVEL = """
            const probe = Java.type('dev.wtjs.api.SubtreeTest');
            const { Worker, workerData: d } = require('worker_threads');
            if (!d.wait && d.level + 1 < d.depth) {
              new Worker(d.src, { eval: true, workerData: { ...d, level: d.level + 1 } });
            }
            if (d.wait) {
              probe.tick(0);
              Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
              probe.tick(0);
            } else {
              for (;;) probe.tick(d.level);
            }
            """;

    /** The root, started from Java: a spinning chain below it and one waiting worker; ends on request. */
    private static String root(int depth) {
        return "const { Worker, parentPort } = require('worker_threads');\n"
                + "const src = " + jsString(LEVEL) + ";\n"
                + "for (const wait of [false, true]) {\n"
                + "  new Worker(src, { eval: true, workerData: { src, level: 1, depth: " + depth + ", wait } });\n"
                + "}\n"
                + "parentPort.on('message', (how) => {\n"
                + "  if (how === 'exit') process.exit(3);\n"
                + "  if (how === 'throw') throw new Error('root fails');\n"
                + "});\n";
    }

    private static String jsString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
    }

    static WtjsRuntime rt;

    @BeforeAll
    static void start() throws Exception {
        rt = runtime();
        // the first worker starts the runtime's spare agent and its events thread: part of the baseline
        assertEquals(0, rt.startWorker(WorkerSpec.source("1")).exitCode().get(60, TimeUnit.SECONDS));
    }

    @AfterAll
    static void stop() {
        rt.close();
    }

    private static WtjsRuntime runtime() {
        return WtjsRuntime.builder().allowHostClassLookup(SubtreeTest.class.getName()::equals).build();
    }

    @BeforeEach
    void resetTicks() {
        for (int i = 0; i < TICKS.length(); i++) TICKS.set(i, 0);
    }

    @Test
    void terminatedParentEndsItsWorkers() throws Exception {
        endsWithItsTree(2, w -> assertEquals(1, w.terminate().get(60, TimeUnit.SECONDS)), 1);
    }

    @Test
    void processExitEndsItsWorkers() throws Exception {
        endsWithItsTree(2, w -> w.postMessage("exit"), 3);
    }

    @Test
    void uncaughtErrorEndsItsWorkers() throws Exception {
        endsWithItsTree(2, w -> w.postMessage("throw"), 1);
    }

    @Test
    void fourDeepRootTerminatedEndsAllBelow() throws Exception {
        endsWithItsTree(4, w -> assertEquals(1, w.terminate().get(60, TimeUnit.SECONDS)), 1);
    }

    @Test
    void twentyParentsTerminatedAtOnce() throws Exception {
        int before = wtjsThreads();
        int jvmBefore = Thread.getAllStackTraces().size();
        List<JsWorker> roots = new ArrayList<>();
        for (int i = 0; i < 20; i++) roots.add(rt.startWorker(WorkerSpec.source(root(2))));
        awaitTicks(20, 2);
        for (JsWorker w : roots) w.terminate();
        for (JsWorker w : roots) assertEquals(1, w.exitCode().get(60, TimeUnit.SECONDS));
        assertStopped();
        awaitThreads(before);
        System.out.printf("SubtreeTest: 20 parents + 40 workers terminated; JVM threads %d before, %d after%n",
                jvmBefore, Thread.getAllStackTraces().size());
    }

    @Test
    void runtimeCloseEndsEveryLevel() throws Exception {
        int before = wtjsThreads();
        WtjsRuntime own = runtime();
        JsWorker w = own.startWorker(WorkerSpec.source(root(3)));
        awaitTicks(1, 3);
        own.close();
        assertTrue(w.exitCode().isDone(), "the root's exit was delivered before close() returned");
        assertStopped();
        awaitThreads(before);
    }

    @Test
    void mainScriptEndEndsUnrefdWorkersAndTheirs() throws Exception {
        int before = wtjsThreads();
        // the main script waits for the tree to tick, then lets its loop end with the (unref'd) workers alive
        String main = "const { Worker } = require('worker_threads');\n"
                + "const probe = Java.type('dev.wtjs.api.SubtreeTest');\n"
                + "const src = " + jsString(LEVEL) + ";\n"
                + "const w = new Worker(src, { eval: true, workerData: { src, level: 1, depth: 3, wait: false } });\n"
                + "const poll = setInterval(() => {\n"
                + "  if (probe.ticksAt(1) > 0 && probe.ticksAt(2) > 0) { clearInterval(poll); w.unref(); }\n"
                + "}, 10);\n";
        assertEquals(0, rt.eval(main));
        assertStopped();
        awaitThreads(before);
    }

    /** Read by the main script of {@link #mainScriptEndEndsUnrefdWorkersAndTheirs}. */
    public static long ticksAt(int level) {
        return TICKS.get(level);
    }

    private interface Ending {
        void end(JsWorker root) throws Exception;
    }

    private static void endsWithItsTree(int depth, Ending how, int code) throws Exception {
        int before = wtjsThreads();
        JsWorker w = rt.startWorker(WorkerSpec.source(root(depth)));
        awaitTicks(1, depth);
        how.end(w);
        assertEquals(code, w.exitCode().get(60, TimeUnit.SECONDS));
        assertStopped();
        awaitThreads(before);
    }

    /** Until every spinning level (1..depth-1) ticked and {@code waiting} workers went into Atomics.wait. */
    private static void awaitTicks(int waiting, int depth) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            boolean all = TICKS.get(0) >= waiting;
            for (int level = 1; level < depth; level++) all &= TICKS.get(level) > 0;
            if (all) return;
            if (System.nanoTime() > deadline) fail("the tree did not start: " + TICKS);
            Thread.sleep(20);
        }
    }

    /** Nothing ticks any more: the spinning workers stopped, and the waiting ones never woke. */
    private static void assertStopped() throws InterruptedException {
        long waited = TICKS.get(0);
        String then = TICKS.toString();
        Thread.sleep(300);
        assertEquals(then, TICKS.toString(), "a worker of the tree still runs");
        assertEquals(waited, TICKS.get(0));
    }

    private static int wtjsThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("wtjs-")).count();
    }

    /** The runtime's threads come back to their count before the test, within a bound. */
    private static void awaitThreads(int before) throws InterruptedException {
        long deadline = System.currentTimeMillis() + BOUND_MS;
        while (wtjsThreads() > before) {
            if (System.currentTimeMillis() > deadline) {
                fail("wtjs threads: " + before + " before, " + wtjsThreads() + " after " + BOUND_MS + " ms: "
                        + Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                        .filter(n -> n.startsWith("wtjs-")).sorted().toList());
            }
            Thread.sleep(20);
        }
    }
}
