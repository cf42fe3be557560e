package dev.wtjs;

import dev.wtjs.cli.Conform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code wtjs conform} without node: the seed fixtures compare against their records (node's, and wtjs's for the
 * intentional differences), with wtjs run in this JVM ({@code --in-process}; the launcher may not be built yet).
 */
class ConformCommandTest {
    record Outcome(int code, String out, String err) {
        String lastLine() {
            String[] lines = out.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    static Outcome conform(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Conform.main(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void seedFixturesMatchTheirRecords(@TempDir Path tmp) throws Exception {
        Path json = tmp.resolve("report.json");
        Outcome o = conform("--node", "/nonexistent", "--in-process", "--json", json.toString(), "js-fixtures/seed");
        // guarded; trigger and try-catch each against NAME.wtjs.json (default mode) and node's record (ignore mode)
        assertEquals("5 passed, 0 failed", o.lastLine(), o.out + o.err);
        assertEquals(0, o.code);
        assertTrue(o.out.contains("trigger.js [wtjs.json]"), o.out);
        assertTrue(o.err.contains("comparing with NAME.node.json records"), o.err);
        String report = Files.readString(json);
        assertTrue(report.contains("\"passed\": 5"), report);
        assertTrue(report.contains("\"failed\": 0"), report);
    }

    /** A stand-in for node whose run prints {@code text} (as node does when its order varies from run to run). */
    static Path fakeNode(Path dir, String text) throws Exception {
        Path node = dir.resolve("fake-node");
        Files.writeString(node, "#!/bin/sh\necho '" + text + "'\n");
        node.toFile().setExecutable(true);
        return node;
    }

    @Test
    void wtjsMayMatchNodesRecordWhereNodesOwnRunDiffers(@TempDir Path tmp) throws Exception {
        Path scripts = Files.createDirectory(tmp.resolve("scripts"));
        Files.writeString(scripts.resolve("order.js"), "console.log('first'); console.log('second');\n");
        Files.writeString(scripts.resolve("order.node.json"), "{\"node\": \"v24.22.3\", \"args\": [], \"status\": 0, "
                + "\"stdout\": \"first\\nsecond\\n\", \"stderr\": \"\"}\n");
        // (the node given by a relative path: it runs in the script's folder)
        Path relativeNode = Path.of("").toAbsolutePath().relativize(fakeNode(tmp, "second"));
        Outcome o = conform("--node", relativeNode.toString(), "--in-process", scripts.toString());
        assertEquals("1 passed, 0 failed", o.lastLine(), o.out + o.err);
        assertTrue(o.out.contains("as node's record (node's own run here differed"), o.out);

        Files.writeString(scripts.resolve("order.node.json"), "{\"node\": \"v24.22.3\", \"args\": [], \"status\": 0, "
                + "\"stdout\": \"third\\n\", \"stderr\": \"\"}\n");
        o = conform("--node", fakeNode(tmp, "second").toString(), "--in-process", scripts.toString());
        assertEquals("0 passed, 1 failed", o.lastLine(), o.out + o.err);
        assertTrue(o.out.contains("stdout line 1: node 'second' | wtjs 'first'"), o.out);
    }

    @Test
    void aDifferenceFailsTheRun(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("hello.js"), "console.log('hello'); process.exitCode = 3;\n");
        Files.writeString(tmp.resolve("hello.node.json"),
                "{\"node\": \"v20.20.2\", \"args\": [], \"status\": 3, \"stdout\": \"goodbye\\n\", \"stderr\": \"\"}\n");
        Outcome o = conform("--node", "/nonexistent", "--in-process", tmp.toString());
        assertEquals("0 passed, 1 failed", o.lastLine(), o.out + o.err);
        assertEquals(1, o.code);
        assertTrue(o.out.contains("DIFFERS"), o.out);
    }

    @Test
    void nodeTestsPassWhenTheyExitZero(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("parallel"));
        Files.writeString(dir.resolve("test-ok.js"), "setTimeout(() => {}, 1);\n");
        Files.writeString(dir.resolve("test-bad.js"), "throw new Error('nope');\n");
        Files.writeString(dir.resolve("helper.js"), "throw new Error('not a test');\n");
        Outcome o = conform("--node", "/nonexistent", "--in-process", "--node-tests", dir.toString());
        assertEquals("1 passed, 1 failed", o.lastLine(), o.out + o.err);
        assertEquals(1, o.code);
        assertTrue(o.out.contains("wtjs: Error: nope"), o.out);
    }
}
