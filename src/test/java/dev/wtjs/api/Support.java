package dev.wtjs.api;

import dev.wtjs.JsWorker;
import dev.wtjs.WtjsRuntime;
import org.graalvm.polyglot.Engine;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/** What the API tests share: one engine (a cold engine costs seconds in the interpreter) and a message inbox. */
final class Support {
    static final Engine ENGINE = WtjsRuntime.newSharedEngine();

    private Support() {
    }

    static WtjsRuntime.Builder runtime() {
        return WtjsRuntime.builder().engine(ENGINE);
    }

    /** Collects a worker's messages. */
    static final class Inbox {
        final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
        volatile String thread;

        Inbox(JsWorker w) {
            w.onMessage(m -> {
                thread = Thread.currentThread().getName();
                queue.add(m == null ? NULL : m);
            });
        }

        Object next() throws InterruptedException {
            Object m = queue.poll(60, TimeUnit.SECONDS);
            assertNotNull(m, "no message within 60 s");
            return m == NULL ? null : m;
        }
    }

    private static final Object NULL = new Object();
}
