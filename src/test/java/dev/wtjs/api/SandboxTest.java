package dev.wtjs.api;

import dev.wtjs.FileAccess;
import dev.wtjs.JsError;
import dev.wtjs.JsWorker;
import dev.wtjs.WorkerSpec;
import dev.wtjs.WtjsRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What guest code may not do with the defaults, tried. */
class SandboxTest {
    @TempDir
    Path dir;

    private static Object answer(WtjsRuntime rt, String code) throws Exception {
        JsWorker w = rt.startWorker(WorkerSpec.source(code));
        return new Support.Inbox(w).next();
    }

    @Test
    void noJavaClassesNoPolyglot() throws Exception {
        try (WtjsRuntime rt = Support.runtime().build()) {
            String probe = String.join("\n",
                    "const out = {};",
                    "const tryIt = (k, f) => { try { out[k] = 'reached: ' + String(f()); } catch (e) { out[k] = 'refused'; } };",
                    "tryIt('javaType', () => Java.type('java.lang.System'));",
                    "tryIt('packages', () => Packages.java.lang.System.exit(9));",
                    "tryIt('javaGlobal', () => java.lang.System);",
                    "tryIt('polyglot', () => Polyglot.eval('python', '1'));",
                    "tryIt('graal', () => Graal.versionJS);",
                    "tryIt('load', () => load('/etc/hostname'));",
                    "out.typeofJava = typeof Java;",
                    "require('worker_threads').parentPort.postMessage(out);");
            Map<?, ?> out = (Map<?, ?>) answer(rt, probe);
            for (String k : new String[] {"javaType", "packages", "javaGlobal", "polyglot", "graal", "load"}) {
                assertEquals("refused", out.get(k), () -> k + ": " + out);
            }
        }
    }

    @Test
    void hostClassesOnlyWhenGranted() throws Exception {
        // GraalJS wants one host-access configuration per engine: this runtime has an engine of its own.
        try (WtjsRuntime rt = WtjsRuntime.builder().allowHostClassLookup("java.lang.Math"::equals).build()) {
            String probe = "const out = [Java.type('java.lang.Math').max(2, 3)];"
                    + "try { Java.type('java.lang.System'); out.push('reached'); } catch (e) { out.push('refused'); }"
                    + "require('worker_threads').parentPort.postMessage(out);";
            assertEquals(java.util.List.of(3, "refused"), answer(rt, probe));
        }
    }

    @Test
    void filesOutsideTheGrantedRootsAreInvisible() throws Exception {
        Path plugin = Files.createDirectories(dir.resolve("plugin"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.js"), "module.exports = 'secret';");
        Files.writeString(outside.resolve("data.json"), "{\"secret\": true}");
        Files.writeString(plugin.resolve("lib.js"), "module.exports = 'lib';");
        Files.createSymbolicLink(plugin.resolve("link.js"), outside.resolve("secret.js"));
        Files.writeString(plugin.resolve("main.js"), String.join("\n",
                "const out = { lib: require('./lib') };",
                "for (const p of ['../outside/secret.js', '../outside/data.json', './link.js', '/etc/passwd']) {",
                "  try { out[p] = require(p); } catch (e) { out[p] = e.code; }",
                "}",
                "require('worker_threads').parentPort.postMessage(out);"));

        try (WtjsRuntime rt = Support.runtime().fileAccess(FileAccess.readOnly(plugin)).build()) {
            JsWorker w = rt.startWorker(WorkerSpec.file(plugin.resolve("main.js")));
            Map<?, ?> out = (Map<?, ?>) new Support.Inbox(w).next();
            assertEquals("lib", out.get("lib"));
            assertEquals("MODULE_NOT_FOUND", out.get("../outside/secret.js"));
            assertEquals("MODULE_NOT_FOUND", out.get("../outside/data.json"));
            assertEquals("MODULE_NOT_FOUND", out.get("./link.js"));
            assertEquals("MODULE_NOT_FOUND", out.get("/etc/passwd"));
        }
        // Default (none): the entry file Java named runs, but it cannot require its neighbour.
        try (WtjsRuntime rt = Support.runtime().build()) {
            JsWorker w = rt.startWorker(WorkerSpec.file(plugin.resolve("main.js")));
            CompletableFuture<JsError> err = new CompletableFuture<>();
            w.onError(err::complete);
            assertEquals(1, w.exitCode().get(60, TimeUnit.SECONDS));
            assertEquals("MODULE_NOT_FOUND", err.get(10, TimeUnit.SECONDS).code());
        }
        // full: everything, as the CLI has it
        try (WtjsRuntime rt = Support.runtime().fileAccess(FileAccess.full()).build()) {
            JsWorker w = rt.startWorker(WorkerSpec.file(plugin.resolve("main.js")));
            Map<?, ?> out = (Map<?, ?>) new Support.Inbox(w).next();
            assertEquals("secret", out.get("../outside/secret.js"));
            assertEquals("secret", out.get("./link.js"));
        }
    }

    @Test
    void processExitEndsOnlyTheScript() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WtjsRuntime rt = Support.runtime().stdout(out).build()) {
            assertEquals(5, rt.eval("console.log('before'); process.exit(5); console.log('never')"));
            JsWorker w = rt.startWorker(WorkerSpec.source("process.exit(6)"));
            assertEquals(6, w.exitCode().get(60, TimeUnit.SECONDS));
            // and a runMain script named by Java runs under FileAccess.none()
            Path main = dir.resolve("main.js");
            Files.writeString(main, "console.log('main ran'); process.exit(2)");
            assertEquals(2, rt.runMain(main));
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("before") && printed.contains("main ran") && !printed.contains("never"), printed);
        // still here: the JVM was not exited
    }
}
