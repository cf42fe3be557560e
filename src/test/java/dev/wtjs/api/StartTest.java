package dev.wtjs.api;

import dev.wtjs.JsWorker;
import dev.wtjs.WorkerSpec;
import dev.wtjs.WtjsRuntime;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code startWorker} never waits for a worker's start: not for its thread, not for a spare still starting. */
class StartTest {
    private static final String SERVE = "require('wtjs/plugin').serve((n) => n + 1)";

    @Test
    void startWorkerNeverWaitsForASpareThatIsStillStarting() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        // the runtime's spare agents (threads named wtjs-spare) are held before they make their context
        ThreadFactory holdSpares = body -> new Thread(() -> {
            if (Thread.currentThread().getName().equals("wtjs-spare")) {
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    return;
                }
            }
            body.run();
        });
        try (WtjsRuntime rt = Support.runtime().threadFactory(holdSpares).build()) {
            try {
                JsWorker first = rt.startWorker(WorkerSpec.source(SERVE));
                assertEquals(2, first.request(1).get(60, TimeUnit.SECONDS));
                assertTrue(spareAlive(), "a worker of the host is online: a spare waits for the next one");

                // (before: startWorker waited in the caller's thread for the spare to make its context)
                CompletableFuture<JsWorker> started = CompletableFuture.supplyAsync(
                        () -> rt.startWorker(WorkerSpec.source(SERVE)));
                JsWorker second = started.get(60, TimeUnit.SECONDS);
                assertFalse(second.isOnline(), "the spare it became is still held");
                assertTrue(second.isRunning());
                CompletableFuture<Object> reply = second.request(2);
                gate.countDown();
                assertEquals(3, reply.get(60, TimeUnit.SECONDS));
                assertTrue(second.isOnline());
                assertEquals(1, second.terminate().get(60, TimeUnit.SECONDS));
            } finally {
                gate.countDown();
            }
        }
    }

    private static boolean spareAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("wtjs-spare") && t.isAlive());
    }
}
