package dev.wtjs.api;

import dev.wtjs.JsError;
import dev.wtjs.JsWorker;
import dev.wtjs.WorkerSpec;
import dev.wtjs.WtjsRuntime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A plugin that goes past a resource limit ends alone, with an error that names the limit, and the runtime keeps
 * working: a heap limit (node's {@code ERR_WORKER_OUT_OF_MEMORY}), a CPU time limit, a thread that cannot be made
 * (node's {@code ERR_WORKER_INIT_FAILED}).
 */
class ContainmentTest {
    private static final String ECHO = "require('wtjs/plugin').serve((r) => r * 2);";
    private static final String HOG = "const kept = []; for (;;) kept.push(new Array(1e5).fill({ n: kept.length }));";

    static WtjsRuntime rt;

    @BeforeAll
    static void start() {
        rt = Support.runtime().build();
    }

    @AfterAll
    static void stop() {
        rt.close();
    }

    /** Starts {@code spec}, recording its errors (the listener is added before anything can happen). */
    private static JsWorker started(WorkerSpec spec, List<JsError> errors) {
        return rt.startWorker(spec).onError(errors::add);
    }

    @Test
    void aPluginPastItsHeapLimitEndsAloneWithNodesError() throws Exception {
        JsWorker sibling = rt.startWorker(WorkerSpec.source(ECHO));
        assertEquals(2, sibling.request(1).get(120, TimeUnit.SECONDS));
        List<JsError> errors = new CopyOnWriteArrayList<>();
        JsWorker hog = started(WorkerSpec.source(HOG).maxOldGenerationSizeMb(16), errors);
        assertEquals(1, hog.exitCode().get(120, TimeUnit.SECONDS));
        assertEquals(1, errors.size(), errors.toString());
        JsError e = errors.get(0);
        assertEquals("ERR_WORKER_OUT_OF_MEMORY", e.code());
        assertEquals("Error [ERR_WORKER_OUT_OF_MEMORY]: Worker terminated due to reaching memory limit: "
                + "JS heap out of memory", e.toString());
        assertEquals(List.of(e), hog.errors());
        // the sibling still answers, and new workers start
        assertEquals(42, sibling.request(21).get(60, TimeUnit.SECONDS));
        assertEquals(8, rt.startWorker(WorkerSpec.source(ECHO)).request(4).get(120, TimeUnit.SECONDS));
        assertEquals(1, sibling.terminate().get(60, TimeUnit.SECONDS));
    }

    @Test
    void aWorkerWithinItsHeapLimitKeepsRunning() throws Exception {
        // it allocates far more than its limit in all, but holds little: garbage is not charged
        JsWorker w = rt.startWorker(WorkerSpec.source(String.join("\n",
                "require('wtjs/plugin').serve((n) => {",
                "  let sum = 0;",
                "  for (let i = 0; i < n; i++) sum += new Array(1e5).fill(i).length;",
                "  return sum;",
                "});")).maxOldGenerationSizeMb(16));
        List<JsError> errors = new CopyOnWriteArrayList<>();
        w.onError(errors::add);
        for (int round = 0; round < 3; round++) {
            assertEquals(100 * 100_000, w.request(100).get(120, TimeUnit.SECONDS)); // ~80 MB each round
        }
        assertEquals(List.of(), errors);
        assertEquals(1, w.terminate().get(60, TimeUnit.SECONDS));
    }

    @Test
    void aWorkerPastItsCpuTimeLimitIsEnded() throws Exception {
        List<JsError> errors = new CopyOnWriteArrayList<>();
        JsWorker spin = started(WorkerSpec.source("for (;;) {}").cpuTimeLimit(Duration.ofMillis(300)), errors);
        assertEquals(1, spin.exitCode().get(120, TimeUnit.SECONDS));
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("ERR_WTJS_CPU_TIME_LIMIT", errors.get(0).code());
        assertEquals("Worker terminated due to reaching its CPU time limit of 300 ms", errors.get(0).getMessage());
        // an idle worker uses no CPU time: its limit is not reached
        JsWorker idle = rt.startWorker(WorkerSpec.source(ECHO).cpuTimeLimit(Duration.ofSeconds(30)));
        assertEquals(6, idle.request(3).get(120, TimeUnit.SECONDS));
        assertEquals(1, idle.terminate().get(60, TimeUnit.SECONDS));
        assertThrows(IllegalArgumentException.class, () -> WorkerSpec.source("1").cpuTimeLimit(Duration.ofMillis(-1)));
    }

    @Test
    void aThreadThatCannotBeMadeIsNodesInitFailure() throws Exception {
        JsError e = assertThrows(JsError.class, () -> rt.startWorker(WorkerSpec.source("1").stackSizeMb(1e9)));
        assertEquals("ERR_WORKER_INIT_FAILED", e.code());
        assertEquals("EAGAIN", e.getMessage());
        assertEquals(4, rt.startWorker(WorkerSpec.source(ECHO)).request(2).get(120, TimeUnit.SECONDS));
    }
}
