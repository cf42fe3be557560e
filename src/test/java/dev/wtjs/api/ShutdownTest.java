package dev.wtjs.api;

import dev.wtjs.JsWorker;
import dev.wtjs.WorkerSpec;
import dev.wtjs.WtjsRuntime;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** close() with 50 live workers leaves no thread of the runtime behind. */
class ShutdownTest {
    @Test
    void closeWithFiftyLiveWorkersLeavesNoWtjsThread() throws Exception {
        List<JsWorker> workers = new ArrayList<>();
        CountDownLatch up = new CountDownLatch(50);
        List<Integer> exits = new java.util.concurrent.CopyOnWriteArrayList<>();
        WtjsRuntime rt = Support.runtime().build();
        for (int i = 0; i < 50; i++) {
            JsWorker w = rt.startWorker(WorkerSpec.source(
                    "require('worker_threads').parentPort.postMessage('up'); setInterval(() => {}, 1000);"));
            w.onMessage(m -> up.countDown());
            w.onExit(exits::add);
            workers.add(w);
        }
        assertTrue(up.await(120, TimeUnit.SECONDS), "workers online: " + (50 - up.getCount()));
        assertTrue(workers.stream().allMatch(JsWorker::isRunning));
        rt.close();
        assertEquals(50, exits.size(), "every exit was delivered before close() returned");
        assertTrue(workers.stream().noneMatch(JsWorker::isRunning));
        List<String> left = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .map(Thread::getName).filter(n -> n.startsWith("wtjs-")).collect(Collectors.toList());
        assertEquals(List.of(), left);
    }
}
