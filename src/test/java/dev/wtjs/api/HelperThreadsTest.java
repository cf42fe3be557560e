package dev.wtjs.api;

import dev.wtjs.FileAccess;
import dev.wtjs.JsWorker;
import dev.wtjs.WorkerSpec;
import dev.wtjs.WtjsRuntime;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The threads a worker's host calls start for it (the crypto pool of pbkdf2/scrypt callbacks, the reader of
 * fs.watch's WatchService) are named wtjs-... and gone once the runtime is closed; a vm context works in a worker
 * of the Java API.
 */
class HelperThreadsTest {
    @Test
    void cryptoPoolAndWatchThreadEndWithTheRuntime() throws Exception {
        Path dir = Files.createTempDirectory("wtjs-helper-threads");
        WtjsRuntime rt = Support.runtime().fileAccess(FileAccess.full()).build();
        CompletableFuture<Object> reply = new CompletableFuture<>();
        JsWorker w = rt.startWorker(WorkerSpec.source(String.join("\n",
                "const { parentPort } = require('worker_threads');",
                "const fs = require('fs');",
                "const watcher = fs.watch(" + jsString(dir.toString()) + ", () => {});",
                "const answer = require('vm').runInNewContext('a * b', { a: 6, b: 7 });",
                "require('crypto').scrypt('pw', 'salt', 4, { N: 16 }, (err, key) => {",
                "  parentPort.postMessage(answer + ' ' + key.toString('hex'));",
                "});")));
        w.onMessage(reply::complete);
        // node 24: crypto.scryptSync('pw', 'salt', 4, { N: 16 }).toString('hex') is c5d06c36
        assertEquals("42 c5d06c36", reply.get(120, TimeUnit.SECONDS));
        List<String> running = wtjsThreads();
        assertTrue(running.stream().anyMatch(n -> n.startsWith("wtjs-crypto-")), running.toString());
        assertTrue(running.stream().anyMatch(n -> n.startsWith("wtjs-fswatch-")), running.toString());
        rt.close();
        assertEquals(List.of(), wtjsThreads());
        Files.delete(dir);
    }

    private static String jsString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static List<String> wtjsThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("wtjs-")).collect(Collectors.toList());
    }
}
