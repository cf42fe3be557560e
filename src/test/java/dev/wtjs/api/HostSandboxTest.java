package dev.wtjs.api;

import dev.wtjs.JsWorker;
import dev.wtjs.WorkerSpec;
import dev.wtjs.WtjsRuntime;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The host's environment and identity are hidden unless granted (docs/java-api.md, "Sandbox"). */
class HostSandboxTest {
    private static final String PROBE = String.join("\n",
            "const os = require('os');",
            "const out = { env: Object.keys(process.env).sort().join(','), home: os.homedir(),",
            "  host: os.hostname(), nics: Object.keys(os.networkInterfaces()).length };",
            "try { out.user = os.userInfo().username; } catch (e) {",
            "  out.user = `${e.name}|${e.code}|${e.info.syscall}|${e.info.code}|${e.message}`; }",
            "require('worker_threads').parentPort.postMessage(out);");

    private static Map<?, ?> probe(WtjsRuntime rt, WorkerSpec spec) throws Exception {
        JsWorker w = rt.startWorker(spec);
        return (Map<?, ?>) new Support.Inbox(w).next();
    }

    @Test
    void byDefaultNoEnvironmentAndNoIdentity() throws Exception {
        try (WtjsRuntime rt = Support.runtime().build()) {
            Map<?, ?> out = probe(rt, WorkerSpec.source(PROBE));
            assertEquals("", out.get("env"), out::toString);
            assertEquals("SystemError|ERR_SYSTEM_ERROR|uv_os_get_passwd|ENOENT|A system error occurred: "
                    + "uv_os_get_passwd returned ENOENT (no such file or directory)", out.get("user"));
            assertEquals("localhost", out.get("host"));
            assertEquals("/", out.get("home"));
            assertEquals(0, out.get("nics"));
            // eval from Java: the same
            assertEquals(0, rt.eval("const os = require('os');"
                    + " if (process.env.PATH !== undefined || os.hostname() !== 'localhost')"
                    + " process.exit(1)"));
        }
    }

    @Test
    void anEnvironmentOnlyWhenGiven() throws Exception {
        try (WtjsRuntime rt = Support.runtime().env(Map.of("A", "1")).build()) {
            assertEquals("A", probe(rt, WorkerSpec.source(PROBE)).get("env"));
            Map<?, ?> own = probe(rt, WorkerSpec.source(PROBE).env(Map.of("B", "2", "HOME", "/plugin")));
            assertEquals("B,HOME", own.get("env"));
            assertEquals("/plugin", own.get("home"));
        }
        try (WtjsRuntime rt = Support.runtime().hostEnvironment().build()) {
            Map<?, ?> out = probe(rt, WorkerSpec.source(PROBE));
            assertEquals(String.join(",", new java.util.TreeSet<>(System.getenv().keySet())), out.get("env"));
            assertEquals("localhost", out.get("host")); // the environment grant is not the identity grant
        }
    }

    @Test
    void theIdentityOnlyWhenGranted() throws Exception {
        try (WtjsRuntime rt = Support.runtime().hostIdentity().build()) {
            Map<?, ?> out = probe(rt, WorkerSpec.source(PROBE));
            assertEquals("", out.get("env"));
            String user = (String) out.get("user");
            assertTrue(!user.isEmpty() && !user.contains("ERR_SYSTEM_ERROR"), user);
            assertNotEquals("/", out.get("home"));
            String host = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/sys/kernel/hostname")).trim();
            assertEquals(host, out.get("host"));
        }
    }

    @Test
    void noNetworkNoChildProcess() throws Exception {
        try (WtjsRuntime rt = Support.runtime().fileAccess(dev.wtjs.FileAccess.full()).hostEnvironment().hostIdentity()
                .build()) {
            Map<?, ?> out = probe(rt, WorkerSpec.source(String.join("\n",
                    "const out = {};",
                    "for (const m of ['http2', 'dgram']) {",
                    "  try { require(m); out[m] = 'loaded'; } catch (e) { out[m] = e.code; } }",
                    "try { require('child_process').spawnSync('sh', ['-c', 'id']); out.spawn = 'ran'; }",
                    "catch (e) { out.spawn = e.code; }",
                    "require('worker_threads').parentPort.postMessage(out);")));
            for (String m : new String[] {"http2", "dgram"}) { // (dns loads; its lookups are refused: below)
                assertEquals("MODULE_NOT_FOUND", out.get(m), () -> m + ": " + out);
            }
            assertEquals("ERR_ACCESS_DENIED", out.get("spawn"));
        }
    }

    private static final String SPAWN_PROBE = String.join("\n",
            "const cp = require('child_process');",
            "const out = {};",
            "for (const [name, call] of [['spawnSync', () => cp.spawnSync('echo', ['hi']).stdout.toString()],",
            "    ['execSync', () => cp.execSync('echo hi').toString()], ['spawn', () => typeof cp.spawn('echo').pid],",
            "    ['fork', () => typeof cp.fork('x.js').pid]]) {",
            "  try { out[name] = call(); } catch (e) { out[name] = `${e.code}|${e.permission}`; } }",
            "require('worker_threads').parentPort.postMessage(out);");

    @Test
    void childProcessesOnlyWhenGranted() throws Exception {
        try (WtjsRuntime rt = Support.runtime().hostEnvironment().build()) {
            Map<?, ?> out = probe(rt, WorkerSpec.source(SPAWN_PROBE));
            for (String call : new String[] {"spawnSync", "execSync", "spawn", "fork"}) {
                assertEquals("ERR_ACCESS_DENIED|ChildProcess", out.get(call), () -> call + ": " + out);
            }
        }
        try (WtjsRuntime rt = Support.runtime().hostEnvironment().allowChildProcesses().build()) {
            Map<?, ?> out = probe(rt, WorkerSpec.source(SPAWN_PROBE.replace("['fork', () => typeof cp.fork('x.js').pid]", "")));
            assertEquals("hi\n", out.get("spawnSync"), out::toString);
            assertEquals("hi\n", out.get("execSync"), out::toString);
            assertEquals("number", out.get("spawn"), out::toString);
        }
    }

    private static final String NETWORK_PROBE = String.join("\n",
            "const net = require('net');",
            "const out = {};",
            "const server = net.createServer((s) => s.end('hi'));",
            "server.on('error', (e) => { out.listen = `${e.code}|${e.permission}`; finish(); });",
            "server.listen(0, '127.0.0.1', () => {",
            "  const c = net.connect(server.address().port, '127.0.0.1');",
            "  let text = ''; c.setEncoding('utf8'); c.on('data', (d) => { text += d; });",
            "  c.on('end', () => { out.listen = 'listening'; out.read = text; server.close(finish); });",
            "});",
            "let pending = 2;",
            "fetch('http://127.0.0.1:' + process.env.CLOSED_PORT + '/').then(() => { out.fetch = 'answered'; finish(); },",
            "  (e) => { out.fetch = `${e.message}|${e.cause.code}`; finish(); });",
            "function finish() { if (--pending === 0) require('worker_threads').parentPort.postMessage(out); }");

    /** A port nothing listens on (one the OS just handed out and took back). */
    private static Map<String, String> closedPort() throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return Map.of("CLOSED_PORT", String.valueOf(s.getLocalPort()));
        }
    }

    @Test
    void theNetworkOnlyWhenGranted() throws Exception {
        try (WtjsRuntime rt = Support.runtime().build()) {
            Map<?, ?> out = probe(rt, WorkerSpec.source(NETWORK_PROBE).env(closedPort()));
            assertEquals("ERR_ACCESS_DENIED|Net", out.get("listen"), out::toString);
            assertEquals("fetch failed|ERR_ACCESS_DENIED", out.get("fetch"), out::toString);
        }
        try (WtjsRuntime rt = Support.runtime().allowNetwork().build()) {
            Map<?, ?> out = probe(rt, WorkerSpec.source(NETWORK_PROBE).env(closedPort()));
            assertEquals("listening", out.get("listen"), out::toString);
            assertEquals("hi", out.get("read"), out::toString);
            assertEquals("fetch failed|ECONNREFUSED", out.get("fetch"), out::toString);
        }
        // each agent's socket thread (wtjs-net-<threadId>) ended with its agent
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            assertTrue(!t.getName().startsWith("wtjs-net-") || !t.isAlive(), t.getName() + " outlived its runtime");
        }
    }

    private static final String DNS_PROBE = String.join("\n",
            "const dns = require('dns');",
            "dns.lookup('localhost', (e, address) => require('worker_threads').parentPort.postMessage(",
            "  e ? `${e.code}|${e.permission}` : address));");

    @Test
    void nameLookupsOnlyWhenGranted() throws Exception {
        try (WtjsRuntime rt = Support.runtime().build()) {
            assertEquals("ERR_ACCESS_DENIED|Net", new Support.Inbox(rt.startWorker(WorkerSpec.source(DNS_PROBE))).next());
        }
        try (WtjsRuntime rt = Support.runtime().allowNetwork().build()) {
            assertEquals("127.0.0.1", new Support.Inbox(rt.startWorker(WorkerSpec.source(DNS_PROBE))).next());
        }
        // each agent's lookup pool (wtjs-dns-<threadId>-N) ended with its agent
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            assertTrue(!t.getName().startsWith("wtjs-dns-") || !t.isAlive(), t.getName() + " outlived its runtime");
        }
    }
}
