package dev.wtjs.api;

import dev.wtjs.JsError;
import dev.wtjs.JsWorker;
import dev.wtjs.JsWorkerPool;
import dev.wtjs.PostAfterExit;
import dev.wtjs.WorkerNotRunningException;
import dev.wtjs.WorkerSpec;
import dev.wtjs.WtjsRuntime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exit codes, errors, terminate, post after exit, requests and the pool. */
class LifecycleTest {
    static WtjsRuntime rt;

    @BeforeAll
    static void start() {
        rt = Support.runtime().build();
    }

    @AfterAll
    static void stop() {
        rt.close();
    }

    private static int exit(JsWorker w) throws Exception {
        return w.exitCode().get(60, TimeUnit.SECONDS);
    }

    @Test
    void exitCodes() throws Exception {
        JsWorker done = rt.startWorker(WorkerSpec.source("1 + 1"));
        JsWorker exit3 = rt.startWorker(WorkerSpec.source("process.exit(3)"));
        JsWorker exitCode = rt.startWorker(WorkerSpec.source("process.exitCode = 4"));
        assertEquals(0, exit(done));
        assertEquals(3, exit(exit3));
        assertEquals(4, exit(exitCode));
        assertFalse(exit3.isRunning());
        CompletableFuture<Integer> heard = new CompletableFuture<>();
        exit3.onExit(heard::complete); // added late: replayed
        assertEquals(3, heard.get(10, TimeUnit.SECONDS));
    }

    /** A cause travels with the error: an error cause as a JsError, one that cannot be cloned as node sends it. */
    @Test
    void anUncaughtErrorKeepsItsCause() throws Exception {
        JsWorker w = rt.startWorker(WorkerSpec.source("setTimeout(() => { throw new Error('outer', "
                + "{ cause: new RangeError('inner', { cause: Promise.resolve(5) }) }); })"));
        CompletableFuture<JsError> err = new CompletableFuture<>();
        w.onError(err::complete);
        assertEquals(1, exit(w));
        JsError e = err.get(10, TimeUnit.SECONDS);
        assertEquals("outer", e.getMessage());
        JsError cause = assertInstanceOf(JsError.class, e.properties().get("cause"));
        assertEquals("RangeError", cause.name());
        assertEquals("inner", cause.getMessage());
        assertEquals("Promise { 5 }", cause.properties().get("cause"));
    }

    @Test
    void anUncaughtErrorWithAnUnclonablePropertyKeepsItsMessageStackAndCause() throws Exception {
        // node sends such an error as V8's serializer clones one: the extra property is gone, the cause stays
        JsWorker w = rt.startWorker(WorkerSpec.source("setTimeout(() => { throw Object.assign(new TypeError('m', "
                + "{ cause: new RangeError('inner') }), { extra: [() => {}], code: 'E_X' }); })"));
        CompletableFuture<JsError> err = new CompletableFuture<>();
        w.onError(err::complete);
        assertEquals(1, exit(w));
        JsError e = err.get(10, TimeUnit.SECONDS);
        assertEquals("TypeError", e.name());
        assertEquals("m", e.getMessage());
        assertEquals(null, e.code());
        assertFalse(e.properties().containsKey("extra"));
        JsError cause = assertInstanceOf(JsError.class, e.properties().get("cause"));
        assertEquals("RangeError", cause.name());
        assertEquals("inner", cause.getMessage());
    }

    @Test
    void uncaughtErrorsReachJavaThenExitOne() throws Exception {
        JsWorker w = rt.startWorker(WorkerSpec.source(
                "throw Object.assign(new TypeError('bad thing'), { code: 'E_BAD', detail: 7 })").name("thrower"));
        CompletableFuture<JsError> err = new CompletableFuture<>();
        w.onError(err::complete);
        assertEquals(1, exit(w));
        JsError e = err.get(10, TimeUnit.SECONDS);
        assertEquals("TypeError", e.name());
        assertEquals("bad thing", e.getMessage());
        assertEquals("E_BAD", e.code());
        // (as node's eval, the stack of an error escaping the source at once starts with the line that threw)
        assertTrue(e.jsStack().startsWith("[worker eval]:1\nthrow Object.assign(new TypeError('bad thing')"), e.jsStack());
        assertTrue(e.jsStack().contains("\n^\n\nTypeError: bad thing\n"), e.jsStack());
        assertEquals("TypeError [E_BAD]: bad thing", e.toString());
        assertEquals(List.of(e), w.errors());
        assertEquals("thrower", w.name());
    }

    @Test
    void terminateStopsABusyWorker() throws Exception {
        JsWorker w = rt.startWorker(WorkerSpec.source(
                "require('worker_threads').parentPort.postMessage('spinning'); while (true) {}"));
        Support.Inbox in = new Support.Inbox(w);
        assertEquals("spinning", in.next());
        assertTrue(w.isRunning());
        assertEquals(1, w.terminate().get(30, TimeUnit.SECONDS));
        assertFalse(w.isRunning());
    }

    @Test
    void postingToAnExitedWorkerThrowsInThrowModeAndIsDroppedInIgnoreMode() throws Exception {
        JsWorker w = rt.startWorker(WorkerSpec.source(""));
        assertEquals(0, exit(w));
        WorkerNotRunningException e = assertThrows(WorkerNotRunningException.class, () -> w.postMessage("late"));
        assertEquals("ERR_WORKER_NOT_RUNNING", e.code());
        assertEquals("Worker instance not running", e.getMessage());
        ExecutionException failed = assertThrows(ExecutionException.class, () -> w.request(1).get(10, TimeUnit.SECONDS));
        assertInstanceOf(WorkerNotRunningException.class, failed.getCause());

        try (WtjsRuntime ignore = Support.runtime().postAfterExit(PostAfterExit.IGNORE).build()) {
            JsWorker w2 = ignore.startWorker(WorkerSpec.source(""));
            assertEquals(0, exit(w2));
            w2.postMessage("dropped, as node drops it");
        }
    }

    @Test
    void messagesWaitForTheFirstListener() throws Exception {
        JsWorker w = rt.startWorker(WorkerSpec.source(
                "const { parentPort } = require('worker_threads'); parentPort.postMessage('early');"
                + "parentPort.postMessage('second');"));
        assertEquals(0, exit(w));
        // The worker is gone and the listener comes late: node would have lost these; the handle keeps them only
        // while the worker runs, so start listening before it can post. Here: a live worker.
        JsWorker live = rt.startWorker(WorkerSpec.source(
                "const { parentPort } = require('worker_threads'); parentPort.postMessage('early');"
                + "parentPort.once('message', () => process.exit(0));"));
        Thread.sleep(200);
        Support.Inbox in = new Support.Inbox(live);
        assertEquals("early", in.next());
        live.postMessage("go");
        assertEquals(0, exit(live));
    }

    private static final String PLUGIN = String.join("\n",
            "const { serve } = require('wtjs/plugin');",
            "const { workerData } = require('worker_threads');",
            "serve(async (req) => {",
            "  if (req.crash) setImmediate(() => { throw new Error('crashed on purpose'); });",
            "  if (req.fail) throw Object.assign(new RangeError('nope'), { code: 'E_NOPE' });",
            "  await new Promise((r) => setTimeout(r, req.delay || 0));",
            "  return { sum: req.a + req.b, by: workerData.tag };",
            "});");

    @Test
    void requestsGetTheirRepliesAndFailures() throws Exception {
        JsWorker w = rt.startWorker(WorkerSpec.source(PLUGIN).workerData(Map.of("tag", "solo")));
        CompletableFuture<Object> slow = w.request(Map.of("a", 1, "b", 2, "delay", 200));
        CompletableFuture<Object> fast = w.request(Map.of("a", 10, "b", 20));
        assertEquals(Map.of("sum", 30, "by", "solo"), fast.get(60, TimeUnit.SECONDS));
        assertEquals(Map.of("sum", 3, "by", "solo"), slow.get(60, TimeUnit.SECONDS));
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> w.request(Map.of("fail", true)).get(60, TimeUnit.SECONDS));
        JsError err = assertInstanceOf(JsError.class, e.getCause());
        assertEquals("RangeError", err.name());
        assertEquals("nope", err.getMessage());
        assertEquals("E_NOPE", err.code());
        assertEquals(0, w.pendingRequests());
        w.terminate().get(30, TimeUnit.SECONDS);
    }

    @Test
    void thePoolReplacesACrashedWorker() throws Exception {
        try (JsWorkerPool pool = rt.newPool(WorkerSpec.source(PLUGIN).workerData(Map.of("tag", "pool")), 2)) {
            CompletableFuture<JsError> crash = new CompletableFuture<>();
            pool.onError(crash::complete);
            assertEquals(Map.of("sum", 2, "by", "pool"), pool.request(Map.of("a", 1, "b", 1)).get(60, TimeUnit.SECONDS));
            ExecutionException lost = assertThrows(ExecutionException.class,
                    () -> pool.request(Map.of("crash", true, "a", 0, "b", 0, "delay", 5000)).get(60, TimeUnit.SECONDS));
            assertInstanceOf(WorkerNotRunningException.class, lost.getCause());
            assertEquals("crashed on purpose", crash.get(10, TimeUnit.SECONDS).getMessage());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (pool.replacedCount() < 1 && System.nanoTime() < deadline) Thread.sleep(20);
            assertEquals(1, pool.replacedCount());
            for (int i = 0; i < 4; i++) {
                assertEquals(Map.of("sum", i + 1, "by", "pool"),
                        pool.request(Map.of("a", i, "b", 1)).get(60, TimeUnit.SECONDS));
            }
            assertTrue(pool.workers().stream().allMatch(JsWorker::isRunning));
        }
    }

    @Test
    void theWorkerLimitIsEnforced() throws Exception {
        try (WtjsRuntime limited = Support.runtime().maxWorkers(1).build()) {
            JsWorker w = limited.startWorker(WorkerSpec.source("setTimeout(() => {}, 60000)"));
            assertThrows(IllegalStateException.class, () -> limited.startWorker(WorkerSpec.source("")));
            w.terminate().get(30, TimeUnit.SECONDS);
        }
    }
}
