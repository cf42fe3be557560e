package dev.wtjs.api;

import dev.wtjs.JsError;
import dev.wtjs.JsWorker;
import dev.wtjs.JsWorkerPool;
import dev.wtjs.WorkerSpec;
import dev.wtjs.WtjsRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API's smaller edges: closed runtimes, null specs, request errors and time limits, pool exits, start latency. */
class EdgesTest {
    @TempDir
    Path dir;

    @Test
    void runningAfterCloseThrows() throws Exception {
        Path main = Files.writeString(dir.resolve("main.js"), "process.exit(0)");
        WtjsRuntime rt = Support.runtime().build();
        rt.close();
        assertThrows(IllegalStateException.class, () -> rt.eval("1"));
        assertThrows(IllegalStateException.class, () -> rt.print("1"));
        assertThrows(IllegalStateException.class, () -> rt.runMain(main));
        assertThrows(IllegalStateException.class, () -> rt.startWorker(WorkerSpec.source("1")));
    }

    @Test
    void nullScriptsAreRefused() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> WorkerSpec.file(null));
        assertTrue(e.getMessage().contains("script path"), e.getMessage());
        e = assertThrows(NullPointerException.class, () -> WorkerSpec.source(null));
        assertTrue(e.getMessage().contains("source code"), e.getMessage());
    }

    @Test
    void aRequestsErrorKeepsItsProperties() throws Exception {
        try (WtjsRuntime rt = Support.runtime().build()) {
            JsWorker w = rt.startWorker(WorkerSpec.source(String.join("\n",
                    "require('wtjs/plugin').serve((r) => {",
                    "  if (r === 'plain') { const e = new RangeError('nope'); e.status = 404; e.details = { a: [1] };",
                    "    e.code = 'E_NOPE'; throw e; }",
                    "  const e = new Error('odd'); e.status = 500; e.fn = () => 1; throw e;",
                    "});")));
            ExecutionException x = assertThrows(ExecutionException.class, () -> w.request("plain").get(60, TimeUnit.SECONDS));
            JsError e = assertInstanceOf(JsError.class, x.getCause());
            assertEquals("RangeError", e.name());
            assertEquals("E_NOPE", e.code());
            assertEquals(404, e.properties().get("status"));
            assertEquals(Map.of("a", java.util.List.of(1)), e.properties().get("details"));
            // a property that cannot be cloned (a function): the error still arrives, without its extra properties
            x = assertThrows(ExecutionException.class, () -> w.request("odd").get(60, TimeUnit.SECONDS));
            e = assertInstanceOf(JsError.class, x.getCause());
            assertEquals("odd", e.getMessage());
        }
    }

    @Test
    void aRequestCanHaveATimeLimit() throws Exception {
        try (WtjsRuntime rt = Support.runtime().build()) {
            JsWorker w = rt.startWorker(WorkerSpec.source(
                    "require('wtjs/plugin').serve((r) => r === 'slow' ? new Promise((ok) => setTimeout(ok, 1500, r)) : r)"));
            assertEquals("fast", w.request("fast", Duration.ofSeconds(60)).get(60, TimeUnit.SECONDS));
            CompletableFuture<Object> slow = w.request("slow", Duration.ofMillis(200));
            ExecutionException x = assertThrows(ExecutionException.class, () -> slow.get(60, TimeUnit.SECONDS));
            assertInstanceOf(TimeoutException.class, x.getCause());
            assertEquals(0, w.pendingRequests());
            // the late reply is dropped, not handed to the message listeners
            Support.Inbox inbox = new Support.Inbox(w);
            Thread.sleep(2000);
            w.postMessage("ping");
            assertTrue(inbox.queue.isEmpty(), inbox.queue::toString);
        }
    }

    @Test
    void aPoolReportsItsWorkersExits() throws Exception {
        try (WtjsRuntime rt = Support.runtime().build()) {
            JsWorkerPool pool = rt.newPool(WorkerSpec.source(
                    "require('wtjs/plugin').serve((r) => { if (r === 'die') process.exit(5); return r; })"), 1);
            JsWorker first = pool.workers().get(0);
            CompletableFuture<Object[]> exit = new CompletableFuture<>();
            pool.onExit((w, code) -> exit.complete(new Object[] {w, code}));
            pool.request("die");
            Object[] got = exit.get(60, TimeUnit.SECONDS);
            assertSame(first, got[0]);
            assertEquals(5, got[1]);
            assertEquals(1, pool.size());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (pool.replacedCount() < 1 && System.nanoTime() < deadline) Thread.sleep(20);
            assertEquals(1, pool.replacedCount());
            assertEquals("back", pool.request("back").get(60, TimeUnit.SECONDS));
            pool.close();
        }
    }

    @Test
    void aMessagePostedRightAfterStartWorkerWaitsForTheWorker() throws Exception {
        // (that startWorker returns before the worker runs, without timing it: StartTest)
        try (WtjsRuntime rt = Support.runtime().build()) {
            JsWorker w = rt.startWorker(WorkerSpec.source(
                    "const t = Date.now(); while (Date.now() - t < 2000) {} require('worker_threads').parentPort.postMessage('up')"));
            w.postMessage("queued before the worker runs");
            assertEquals("up", new Support.Inbox(w).next());
            assertTrue(w.isOnline());
        }
    }

    @Test
    void theDocsQuickStartWithSandboxAndLimitsAnswers() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Files.writeString(plugins.resolve("score.js"), "require('wtjs/plugin').serve((r) => ({ length: r.text.length,"
                + " mode: process.env.PLUGIN_MODE, home: process.env.HOME ?? null }))");
        try (WtjsRuntime rt = Support.runtime()
                .fileAccess(dev.wtjs.FileAccess.readOnly(plugins))
                .env(Map.of("PLUGIN_MODE", "strict"))
                .build()) {
            JsWorker w = rt.startWorker(WorkerSpec.file(plugins.resolve("score.js"))
                    .maxOldGenerationSizeMb(256)
                    .cpuTimeLimit(Duration.ofSeconds(30)));
            Object reply = w.request(Map.of("text", "hello"), Duration.ofSeconds(60)).get(60, TimeUnit.SECONDS);
            assertEquals("{length=5, mode=strict, home=null}", String.valueOf(reply));
        }
    }

    @Test
    void theDocsQuickStartAnswers() throws Exception {
        try (WtjsRuntime rt = Support.runtime().build()) {
            JsWorker w = rt.startWorker(WorkerSpec.source(
                    "require('wtjs/plugin').serve((r) => ({ sum: r.a + r.b }))"));
            assertEquals("{sum=3}", String.valueOf(w.request(Map.of("a", 1, "b", 2)).get(60, TimeUnit.SECONDS)));
        }
    }
}
