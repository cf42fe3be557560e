package dev.wtjs;

import dev.wtjs.internal.conform.Outputs;
import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.AfterAll;
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
 * Runs every fixture under js-fixtures/ through wtjs (in this JVM, through the public API, with the fixture's folder
 * as working directory) and compares with what node recorded: stdout, stderr's error lines, exit code. A fixture
 * with a NAME.wtjs.json runs twice: default mode against that expectation, and --post-after-exit=ignore against
 * node's record.
 */
class FixtureConformanceTest {
    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path FIXTURES = ROOT.resolve("js-fixtures");

    static {
        // fork() starts process.execPath: the launcher, as under bin/wtjs (CI packages the jar before the tests)
        if (System.getProperty("wtjs.execPath") == null && java.nio.file.Files.isRegularFile(ROOT.resolve("target/wtjs.jar"))) {
            System.setProperty("wtjs.execPath", ROOT.resolve("bin/wtjs").toString());
        }
    }
    static final Engine ENGINE = WtjsRuntime.newSharedEngine();

    @AfterAll
    static void closeEngine() {
        ENGINE.close();
    }

    @TestFactory
    Stream<DynamicTest> fixtures() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            for (Path rec : files.filter(p -> p.toString().endsWith(".node.json")).sorted().toList()) {
                Path script = scriptOf(rec);
                if (script == null) continue;
                String name = FIXTURES.relativize(script).toString();
                Path wtjsRec = Path.of(rec.toString().replace(".node.json", ".wtjs.json"));
                if (Files.exists(wtjsRec)) {
                    tests.add(DynamicTest.dynamicTest(name + " [throw]",
                            () -> check(script, Record.read(wtjsRec), PostAfterExit.THROW)));
                    tests.add(DynamicTest.dynamicTest(name + " [ignore]",
                            () -> check(script, Record.read(rec), PostAfterExit.IGNORE)));
                } else {
                    tests.add(DynamicTest.dynamicTest(name, () -> check(script, Record.read(rec), PostAfterExit.THROW)));
                }
            }
        }
        return tests.stream();
    }

    static Path scriptOf(Path rec) {
        for (String ext : new String[] {".js", ".mjs", ".cjs"}) {
            Path p = Path.of(rec.toString().replace(".node.json", ext));
            if (Files.exists(p)) return p;
        }
        return null;
    }

    static void check(Path script, Record expected, PostAfterExit mode) throws Exception {
        // skipped (not passed) where GraalJS cannot run it on this JDK; bin/wtjs's JVMCI JDK runs it in CI's conform
        org.junit.jupiter.api.Assumptions.assumeTrue(Runtime.version().feature() >= expected.wtjsJava(),
                () -> "needs Java " + expected.wtjsJava() + "+ for GraalJS (tests run on " + Runtime.version() + ")");
        Run actual = run(script, expected.args(), mode, expected.timeoutMs());
        String dir = script.getParent().toString();
        String out = Outputs.placeholders(actual.stdout, dir, ROOT.toString());
        String err = Outputs.placeholders(actual.stderr, dir, ROOT.toString());
        assertEquals(expected.stdout(), out, "stdout");
        assertEquals(Outputs.stderrHead(expected.stderr()), Outputs.stderrHead(err), "stderr (error lines)");
        assertEquals(expected.status(), actual.status, "exit code; stderr was:\n" + err);
    }

    record Run(String stdout, String stderr, int status) {
    }

    static Run run(Path script, List<String> args, PostAfterExit mode, long timeoutMs) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        WtjsRuntime rt = WtjsRuntime.builder().fileAccess(dev.wtjs.FileAccess.full()).hostEnvironment().hostIdentity().allowChildProcesses().engine(ENGINE).postAfterExit(mode).stdout(out).stderr(err)
                .cwd(script.getParent()).build();
        ExecutorService ex = Executors.newSingleThreadExecutor(r -> new Thread(r, "fixture-runner"));
        try {
            Future<Integer> f = ex.submit(() -> rt.runMain(script, args.toArray(new String[0])));
            int status;
            try {
                status = f.get(timeoutMs, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                rt.close();
                throw new AssertionError("timed out after " + timeoutMs + " ms; stdout so far:\n" + out);
            }
            return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
        } finally {
            rt.close();
            ex.shutdownNow();
        }
    }
}
