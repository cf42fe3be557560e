package dev.wtjs;

import dev.wtjs.internal.conform.Outputs;
import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Real npm libraries under wtjs: each script in real-libs/scripts uses one library (worker pools, everyday
 * CommonJS, ES-module-only and dual packages) and must print what node 24 printed (its NAME.node.json, recorded
 * by tools/record-fixtures). The libraries are pinned by real-libs/package-lock.json and installed here, with
 * {@code npm ci --ignore-scripts}, when real-libs/node_modules is missing or was installed from another lockfile.
 */
class RealLibrariesTest {
    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path LIBS = ROOT.resolve("real-libs");
    static final Path SCRIPTS = LIBS.resolve("scripts");
    static Engine engine;

    @BeforeAll
    static void install() throws Exception {
        Path lock = LIBS.resolve("package-lock.json");
        Path installed = LIBS.resolve("node_modules/.wtjs-installed-lock.json");
        if (!Files.exists(installed) || Files.mismatch(lock, installed) != -1) {
            // npm's output goes to a log, never to this JVM's standard streams (surefire talks to its fork there)
            Path log = ROOT.resolve("target/real-libs-npm.log");
            Files.createDirectories(log.getParent());
            Process p = new ProcessBuilder("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund",
                    "--loglevel=error").directory(LIBS.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("npm ci in real-libs took more than 10 minutes");
            }
            if (p.exitValue() != 0) {
                throw new AssertionError("npm ci in real-libs failed: exit " + p.exitValue() + "\n" + Files.readString(log));
            }
            Files.copy(lock, installed, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        engine = WtjsRuntime.newSharedEngine();
    }

    @AfterAll
    static void closeEngine() {
        if (engine != null) engine.close();
    }

    @TestFactory
    Stream<DynamicTest> libraries() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(SCRIPTS)) {
            for (Path rec : files.filter(p -> p.toString().endsWith(".node.json")).sorted().toList()) {
                Path script = FixtureConformanceTest.scriptOf(rec);
                if (script == null) continue;
                tests.add(DynamicTest.dynamicTest(script.getFileName().toString(), () -> check(script, Record.read(rec))));
            }
        }
        return tests.stream();
    }

    static void check(Path script, Record expected) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        WtjsRuntime rt = WtjsRuntime.builder().fileAccess(FileAccess.full()).hostEnvironment().hostIdentity().allowNetwork().allowChildProcesses().engine(engine).stdout(out).stderr(err)
                .cwd(script.getParent()).build();
        ExecutorService ex = Executors.newSingleThreadExecutor(r -> new Thread(r, "real-library-runner"));
        int status;
        try {
            Future<Integer> f = ex.submit(() -> rt.runMain(script, expected.args().toArray(new String[0])));
            // generous: a worker pool's first tasks run in GraalJS's interpreter on a busy 2-core machine
            long timeout = Math.max(expected.timeoutMs(), 180_000);
            try {
                status = f.get(timeout, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                rt.close();
                throw new AssertionError("timed out after " + timeout + " ms; stdout so far:\n" + out);
            }
        } finally {
            rt.close();
            ex.shutdownNow();
        }
        String dir = script.getParent().toString();
        String stdout = Outputs.placeholders(out.toString(StandardCharsets.UTF_8), dir, ROOT.toString());
        String stderr = Outputs.placeholders(err.toString(StandardCharsets.UTF_8), dir, ROOT.toString());
        assertEquals(expected.stdout(), stdout, () -> "stdout; stderr was:\n" + stderr);
        assertEquals(Outputs.stderrHead(expected.stderr()), Outputs.stderrHead(stderr), "stderr (error lines)");
        assertEquals(expected.status(), status, "exit code; stderr was:\n" + stderr);
    }
}
