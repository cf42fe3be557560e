package dev.wtjs.api;

import dev.wtjs.JsWorker;
import dev.wtjs.WorkerSpec;
import dev.wtjs.WtjsRuntime;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** tls and https through the Java API (refused without the network grant), and vm's timeout in a Java worker. */
class TlsAndVmTimeoutTest {
    private static final String HTTPS_PROBE = String.join("\n",
            "const https = require('https');",
            "const out = {};",
            "const { TLS_KEY: key, TLS_CERT: cert } = process.env;",
            "const server = https.createServer({ key, cert }, (req, res) => res.end('hi over ' + req.socket.getProtocol()));",
            "server.on('error', (e) => { out.listen = `${e.code}|${e.permission}`; finish(); });",
            "server.listen(0, '127.0.0.1', () => {",
            "  https.get({ port: server.address().port, host: '127.0.0.1', ca: cert }, (res) => {",
            "    let text = ''; res.setEncoding('utf8'); res.on('data', (d) => { text += d; });",
            "    res.on('end', () => { out.listen = 'listening'; out.read = text; server.close(finish); });",
            "  });",
            "});",
            "let pending = 2;",
            "require('tls').connect({ port: 9, host: '127.0.0.1' }).on('error', (e) => {",
            "  out.connect = `${e.code}`; finish(); });",
            "function finish() { if (--pending === 0) require('worker_threads').parentPort.postMessage(out); }");

    private static Map<String, String> pem() throws Exception {
        Path dir = Path.of("js-fixtures", "tls");
        return Map.of("TLS_KEY", Files.readString(dir.resolve("localhost-key.pem")),
                      "TLS_CERT", Files.readString(dir.resolve("localhost-cert.pem")));
    }

    private static Map<?, ?> probe(WtjsRuntime rt, WorkerSpec spec) throws Exception {
        JsWorker w = rt.startWorker(spec);
        return (Map<?, ?>) new Support.Inbox(w).next();
    }

    @Test
    void tlsOnlyWhenTheNetworkIsGranted() throws Exception {
        try (WtjsRuntime rt = Support.runtime().build()) {
            Map<?, ?> out = probe(rt, WorkerSpec.source(HTTPS_PROBE).env(pem()));
            assertEquals("ERR_ACCESS_DENIED|Net", out.get("listen"), out::toString);
            assertEquals("ERR_ACCESS_DENIED", out.get("connect"), out::toString);
        }
        try (WtjsRuntime rt = Support.runtime().allowNetwork().build()) {
            Map<?, ?> out = probe(rt, WorkerSpec.source(HTTPS_PROBE).env(pem()));
            assertEquals("listening", out.get("listen"), out::toString);
            assertEquals("hi over TLSv1.3", out.get("read"), out::toString);
            assertEquals("ECONNREFUSED", out.get("connect"), out::toString);
        }
    }

    private static final String TIMEOUT_PROBE = String.join("\n",
            "const vm = require('vm');",
            "const { parentPort } = require('worker_threads');",
            "let code;",
            "try { vm.runInNewContext('while (true) {}', {}, { timeout: 30 }); } catch (e) { code = e.code; }",
            "parentPort.postMessage(code + '|' + vm.runInThisContext('6 * 7', { timeout: 1000 }));",
            "parentPort.once('message', () => vm.runInThisContext('while (true) {}', { timeout: 600000 }));");

    @Test
    void vmTimeoutInAJavaWorkerAndItsWatchdogEndsWithIt() throws Exception {
        try (WtjsRuntime rt = Support.runtime().build()) {
            JsWorker w = rt.startWorker(WorkerSpec.source(TIMEOUT_PROBE));
            Support.Inbox inbox = new Support.Inbox(w);
            assertEquals("ERR_SCRIPT_EXECUTION_TIMEOUT|42", inbox.next());
            w.postMessage("loop");
            // stuck in a script with a long timeout: terminate() still ends it
            Thread.sleep(200);
            w.terminate().get(30, TimeUnit.SECONDS);
        }
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            assertTrue(!t.getName().startsWith("wtjs-vm-timeout-") || !t.isAlive(), t.getName() + " outlived its worker");
        }
    }
}
