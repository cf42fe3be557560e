package dev.wtjs.api;

import dev.wtjs.JsWorker;
import dev.wtjs.WorkerNotRunningException;
import dev.wtjs.WorkerSpec;
import dev.wtjs.WtjsRuntime;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A Java listener that throws is reported once and stops nothing: later messages, replies and the exit go on. */
class ListenerIsolationTest {
    private static final String CHATTY = String.join("\n",
            "const { parentPort } = require('worker_threads');",
            "parentPort.postMessage('a'); parentPort.postMessage('b');",
            "require('wtjs/plugin').serve((x) => x * 2);",
            "parentPort.on('message', (m) => { if (m === 'bye') { parentPort.postMessage('last'); process.exit(3); } });");

    @Test
    void aThrowingMessageListenerStopsNeitherMessagesNorRepliesNorTheExit() throws Exception {
        List<Throwable> reported = new CopyOnWriteArrayList<>();
        List<Object> seen = new CopyOnWriteArrayList<>();
        CompletableFuture<Integer> exitHeard = new CompletableFuture<>();
        try (WtjsRuntime rt = Support.runtime().listenerErrors((w, t) -> reported.add(t)).build()) {
            JsWorker w = rt.startWorker(WorkerSpec.source(CHATTY));
            w.onMessage(m -> {
                throw new IllegalStateException("boom on " + m);
            });
            w.onMessage(seen::add);
            w.onExit(code -> {
                exitHeard.complete(code);
                throw new IllegalStateException("boom on exit");
            });
            assertEquals(42, w.request(21).get(60, TimeUnit.SECONDS));
            w.postMessage("bye");
            assertEquals(3, w.exitCode().get(60, TimeUnit.SECONDS));
            assertEquals(3, exitHeard.get(10, TimeUnit.SECONDS));
            assertFalse(w.isRunning());
            assertEquals(List.of("a", "b", "last"), seen);
            // each throw reported once: three messages, one exit
            assertEquals(4, reported.size(), reported::toString);
            assertTrue(reported.get(0).getMessage().startsWith("boom on "));
            assertEquals("boom on exit", reported.get(3).getMessage());
            assertThrows(WorkerNotRunningException.class, () -> w.postMessage("after"));
            assertEquals(3, w.terminate().get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void aListenerThrowingWhileTheExitIsHandledLosesNothing() throws Exception {
        List<Throwable> reported = new CopyOnWriteArrayList<>();
        try (WtjsRuntime rt = Support.runtime().listenerErrors((w, t) -> reported.add(t)).build()) {
            JsWorker w = rt.startWorker(WorkerSpec.source(
                    "const { parentPort } = require('worker_threads');"
                            + "parentPort.on('message', () => { parentPort.postMessage(1); parentPort.postMessage(2);"
                            + " setTimeout(() => {}, 100000); });"));
            w.onMessage(m -> {
                throw new IllegalStateException("boom " + m);
            });
            CompletableFuture<Object> pending = w.request("never answered");
            CompletableFuture<Integer> exitHeard = new CompletableFuture<>();
            w.onExit(exitHeard::complete);
            // the messages arrive (each listener call throws); terminating then makes the exit drain throw too
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (reported.size() < 2 && System.nanoTime() < deadline) Thread.sleep(20);
            assertEquals(1, w.terminate().get(60, TimeUnit.SECONDS));
            assertEquals(1, exitHeard.get(10, TimeUnit.SECONDS));
            assertFalse(w.isRunning());
            Exception e = assertThrows(Exception.class, () -> pending.get(10, TimeUnit.SECONDS));
            assertTrue(e.getCause() instanceof WorkerNotRunningException, e::toString);
            assertThrows(WorkerNotRunningException.class, () -> w.postMessage("dropped?"));
            assertEquals(2, reported.size(), reported::toString);
        }
    }

    @Test
    void byDefaultAThrowIsPrintedOnceWithItsStackToTheRuntimesStderr() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (WtjsRuntime rt = Support.runtime().stderr(err).build()) {
            JsWorker w = rt.startWorker(WorkerSpec.source(
                    "require('worker_threads').parentPort.postMessage('x'); process.exit(0)"));
            w.onMessage(m -> {
                throw new IllegalArgumentException("listener bug " + m);
            });
            assertEquals(0, w.exitCode().get(60, TimeUnit.SECONDS));
        }
        String printed = err.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("wtjs: a Java listener of JsWorker["), printed);
        assertEquals(1, printed.split("listener bug x", -1).length - 1, printed);
        assertTrue(printed.contains("\tat dev.wtjs.api.ListenerIsolationTest"), printed);
    }

    @Test
    void nullListenersAreRefusedAtRegistration() throws Exception {
        try (WtjsRuntime rt = Support.runtime().build()) {
            JsWorker w = rt.startWorker(WorkerSpec.source("require('worker_threads').parentPort.postMessage('hi')"));
            NullPointerException e = assertThrows(NullPointerException.class, () -> w.onMessage(null));
            assertEquals("the listener must not be null", e.getMessage());
            assertThrows(NullPointerException.class, () -> w.onError(null));
            assertThrows(NullPointerException.class, () -> w.onExit(null));
            assertEquals("hi", new Support.Inbox(w).next());
            assertEquals(0, w.exitCode().get(60, TimeUnit.SECONDS));
        }
    }

    @Test
    void aThrowingHandlerFallsBackToPrintingAndDeliveryGoesOn() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<Object> seen = new CopyOnWriteArrayList<>();
        try (WtjsRuntime rt = Support.runtime().stderr(err).listenerErrors((w, t) -> {
            throw new IllegalStateException("handler bug");
        }).build()) {
            JsWorker w = rt.startWorker(WorkerSpec.source(
                    "const { parentPort } = require('worker_threads'); parentPort.postMessage(1); parentPort.postMessage(2)"));
            w.onMessage(m -> {
                throw new IllegalArgumentException("listener bug " + m);
            });
            w.onMessage(seen::add);
            assertEquals(0, w.exitCode().get(60, TimeUnit.SECONDS));
        }
        assertEquals(List.of(1, 2), seen);
        String printed = err.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("listener bug 1") && printed.contains("listener bug 2"), printed);
        assertTrue(printed.contains("Suppressed: java.lang.IllegalStateException: handler bug"), printed);
    }
}
