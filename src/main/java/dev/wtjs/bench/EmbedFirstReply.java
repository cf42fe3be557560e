package dev.wtjs.bench;

import dev.wtjs.JsWorker;
import dev.wtjs.WorkerSpec;
import dev.wtjs.WtjsRuntime;

/**
 * An embedder's cold start, for bench/embed-start: builds a {@link WtjsRuntime} with the defaults, starts a worker
 * that serves requests, and prints {@code RESULT <ms>} once its first reply is back, ms since the process started
 * (then whether GraalJS compiles here). {@link BareFirstResult} is the same for a bare GraalJS context.
 */
public final class EmbedFirstReply {
    private EmbedFirstReply() {
    }

    public static void main(String[] args) throws Exception {
        try (WtjsRuntime rt = WtjsRuntime.builder().build()) {
            JsWorker w = rt.startWorker(WorkerSpec.source("require('wtjs/plugin').serve((n) => n + 1)"));
            Object reply = w.request(41).get();
            BareFirstResult.report(reply, rt.isOptimizing());
        }
    }
}
