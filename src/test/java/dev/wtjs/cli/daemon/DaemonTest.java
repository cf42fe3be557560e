package dev.wtjs.cli.daemon;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The daemon in this JVM, reached through the client's session over its Unix domain socket: each run is a process
 * as the script sees it (arguments, environment, working directory, standard input, exit code, signals), runs are
 * isolated from each other, and the daemon's end during a run ends the client's wait with one line.
 */
class DaemonTest {
    @TempDir
    static Path shared;
    @TempDir
    Path tmp;
    static Path dir;
    /** One daemon for the tests that leave it running (its engine warms once). */
    static Daemon daemon;

    record Result(int code, String out, String err) {
    }

    @BeforeAll
    static void start() throws IOException {
        dir = shared.resolve("state");
        assertNull(Frames.prepareFolder(dir));
        daemon = Daemon.open(dir, "test", 3_600_000);
        assertNotNull(daemon);
    }

    @AfterAll
    static void stop() {
        daemon.close();
    }

    Result run(Path cwd, Map<String, String> env, InputStream in, String... args) throws IOException {
        return run(daemon, cwd, env, in, args);
    }

    static Result run(Daemon daemon, Path cwd, Map<String, String> env, InputStream in, String... args)
            throws IOException {
        SocketChannel ch = Client.connect(daemon.socket());
        assertNotNull(ch, "the daemon listens");
        Client.Session s = new Client.Session(ch, "the daemon ended during the run");
        s.request(List.of(args), env, cwd.toString(), new String[] {"pipe", "pipe", "pipe"}, 0, 4242, 4241);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = s.await(in, out, err);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Result run(String... args) throws IOException {
        return run(tmp, Map.of("WTJS_TEST", "1"), InputStream.nullInputStream(), args);
    }

    @Test
    void aRunSeesItsClientsProcess() throws IOException {
        Files.writeString(tmp.resolve("who.js"), """
                console.log(JSON.stringify([process.argv.slice(2), process.env.WHO, process.cwd(), process.pid,
                  process.ppid, process.stdout.isTTY ?? false]));
                process.exitCode = 4;
                """);
        Result r = run(tmp, Map.of("WHO", "me"), InputStream.nullInputStream(), "who.js", "a", "b c");
        assertEquals("[[\"a\",\"b c\"],\"me\",\"" + tmp + "\",4242,4241,false]\n", r.out, r.err);
        assertEquals(4, r.code);
    }

    /**
     * A run starts on the agent the daemon made ready after the previous run (its context and the run-independent
     * half of its bootstrap), and sees its own process only: nothing of the run before it, whose globals, env and
     * cwd differ.
     */
    @Test
    void sequentialRunsStartOnAReadyAgentAndSeeOnlyTheirOwnProcess() throws IOException {
        Path other = Files.createDirectory(tmp.resolve("other"));
        run(tmp, Map.of(), InputStream.nullInputStream(), "-e", "0"); // (whatever ran before: a standby waits now)
        long before = daemon.readyRuns();
        Result a = run(tmp, Map.of("WHO", "a"), InputStream.nullInputStream(), "-e", """
                globalThis.left = 1; process.env.LEFT = 'x'; process.exitCode = 3;
                console.log(process.env.WHO, process.cwd(), process.argv.length, process.execArgv.length);
                """);
        Result b = run(other, Map.of("WHO", "b"), InputStream.nullInputStream(), "--no-warnings", "-p", """
                [process.env.WHO, process.env.LEFT, typeof left, process.cwd(), process.execArgv[0]].map(String).join(' ')
                """);
        assertEquals("a " + tmp + " 1 2\n", a.out, a.err);
        assertEquals(3, a.code);
        assertEquals("b undefined undefined " + other + " --no-warnings\n", b.out, b.err);
        assertEquals(0, b.code);
        assertEquals(before + 2, daemon.readyRuns(), "both runs started on a ready agent");
    }

    /**
     * The ready agent, when no run comes for a moment, loads the util.inspect package a run's first report needs;
     * a run on it prints as one that loads the package itself (node's output).
     */
    @Test
    void aReadyAgentThatIdledLoadsInspectAheadAndPrintsAsNode() throws Exception {
        long before = dev.wtjs.internal.agent.Agent.idleWorkDone();
        run(tmp, Map.of(), InputStream.nullInputStream(), "-e", "0"); // (a standby is made after each run)
        for (int i = 0; i < 100 && dev.wtjs.internal.agent.Agent.idleWorkDone() == before; i++) Thread.sleep(100);
        assertTrue(dev.wtjs.internal.agent.Agent.idleWorkDone() > before, "the ready agent did its idle work");
        Result r = run(tmp, Map.of(), InputStream.nullInputStream(), "-p", """
                const util = require('util');
                JSON.stringify([util.inspect(/a/g, { colors: true }), util.inspect({ a: [1, { b: 'c' }] }),
                  util.inspect(Object.assign(new Error('x'), { code: 'E' })).split('\\n')[0]])
                """);
        assertEquals("[\"\\u001b[31m/a/g\\u001b[39m\",\"{ a: [ 1, { b: 'c' } ] }\",\"Error: x\"]\n", r.out, r.err);
        assertEquals(0, r.code);
    }

    /**
     * An agent interrupted while it prints (terminate() of a worker that logs without pause; vm's timeout) does not
     * cut its run's connection: a socket channel closes when a thread writing to it is interrupted, so the run's
     * frames are written by a thread of their own.
     */
    @Test
    void anAgentInterruptedWhilePrintingKeepsTheRunsConnection() throws IOException {
        Result r = run("-e", """
                const { Worker } = require('worker_threads');
                const w = new Worker('for (;;) console.log("spin")', { eval: true });
                w.on('online', () => setTimeout(() => w.terminate().then((code) => {
                  const vm = require('vm');
                  try { vm.runInThisContext('while (true) {}', { timeout: 20 }); } catch (e) { console.log(e.code); }
                  console.log('terminated', code);
                }), 100));
                """);
        assertEquals(0, r.code, r.err);
        assertTrue(r.out.endsWith("ERR_SCRIPT_EXECUTION_TIMEOUT\nterminated 1\n"), r.out.substring(Math.max(0, r.out.length() - 200)));
    }

    @Test
    void exitCodesAreNodes() throws IOException {
        assertEquals(7, run("-e", "process.exit(7)").code);
        Result thrown = run("-e", "throw new RangeError('no')");
        assertEquals(1, thrown.code);
        assertTrue(thrown.err.contains("RangeError: no"), thrown.err);
        assertEquals("2\n", run("-p", "1 + 1").out);
    }

    @Test
    void standardInputIsPipedThroughOnDemand() throws IOException {
        InputStream in = new ByteArrayInputStream("line one\nline two\n".getBytes(StandardCharsets.UTF_8));
        Result r = run(tmp, Map.of(), in, "-e", """
                let s = ''; process.stdin.on('data', (d) => { s += d; });
                process.stdin.on('end', () => console.log(JSON.stringify(s)));
                """);
        assertEquals("\"line one\\nline two\\n\"\n", r.out, r.err);
        InputStream code = new ByteArrayInputStream("console.log(process.argv[1], 6 * 7)".getBytes(StandardCharsets.UTF_8));
        assertEquals("- 42\n", run(tmp, Map.of(), code, "-").out);
    }

    @Test
    void noStateSurvivesARun() throws IOException {
        Files.writeString(tmp.resolve("m.js"), "module.exports = { n: 0 };\n");
        Result first = run("-e", """
                globalThis.left = 1; process.env.LEFT = 'x'; require('./m.js').n++;
                process.chdir('/'); setInterval(() => {}, 1000).unref();
                console.log(process.cwd(), require(require('path').join('%s', 'm.js')).n);
                """.formatted(tmp));
        assertEquals("/ 1\n", first.out, first.err);
        Result second = run("-e", """
                console.log(process.cwd(), typeof left, process.env.LEFT, require('./m.js').n);
                """);
        assertEquals(tmp + " undefined undefined 0\n", second.out, second.err);
    }

    @Test
    void aSignalEndsTheRunAsNodeExits() throws Exception {
        SocketChannel ch = Client.connect(daemon.socket());
        Client.Session s = new Client.Session(ch, "gone");
        s.request(List.of("-e", "console.log('up'); setInterval(() => {}, 1000);"), Map.of(), tmp.toString(),
                new String[] {"pipe", "pipe", "pipe"}, 0, 0, 0);
        java.io.PipedInputStream outIn = new java.io.PipedInputStream();
        java.io.PipedOutputStream out = new java.io.PipedOutputStream(outIn);
        ExecutorService ex = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> code = ex.submit(() -> s.await(InputStream.nullInputStream(), out,
                    new ByteArrayOutputStream()));
            assertEquals('u', outIn.read()); // running
            s.signal(2);
            assertEquals(130, code.get());
        } finally {
            ex.shutdownNow();
        }
    }

    @Test
    void manyClientsAtOnceAreIsolated() throws Exception {
        ExecutorService ex = Executors.newFixedThreadPool(4);
        try {
            List<Future<Result>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Path cwd = Files.createDirectories(tmp.resolve("c" + i));
                Map<String, String> env = Map.of("N", String.valueOf(i));
                runs.add(ex.submit(() -> run(cwd, env, InputStream.nullInputStream(), "-e", """
                        globalThis.mine = process.env.N;
                        setTimeout(() => {
                          console.log(mine, process.env.N, require('path').basename(process.cwd()));
                          process.exit(10 + Number(process.env.N));
                        }, 50);
                        """)));
            }
            for (int i = 0; i < 4; i++) {
                Result r = runs.get(i).get();
                assertEquals(i + " " + i + " c" + i + "\n", r.out, r.err);
                assertEquals(10 + i, r.code);
            }
        } finally {
            ex.shutdownNow();
        }
    }

    @Test
    void theDaemonsEndDuringARunIsOneLineAndNonZero() throws Exception {
        Path own = tmp.resolve("own");
        assertNull(Frames.prepareFolder(own));
        Daemon daemon = Daemon.open(own, "test", 3_600_000);
        SocketChannel ch = Client.connect(daemon.socket());
        Client.Session s = new Client.Session(ch, "the daemon ended during the run");
        s.request(List.of("-e", "console.log('up'); setInterval(() => {}, 1000);"), Map.of(), tmp.toString(),
                new String[] {"pipe", "pipe", "pipe"}, 0, 0, 0);
        java.io.PipedInputStream outIn = new java.io.PipedInputStream();
        java.io.PipedOutputStream out = new java.io.PipedOutputStream(outIn);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ExecutorService ex = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> code = ex.submit(() -> s.await(InputStream.nullInputStream(), out, err));
            assertEquals('u', outIn.read());
            daemon.close();
            assertEquals(Client.DAEMON_DIED, code.get());
            String said = err.toString(StandardCharsets.UTF_8); // (after the interpreter's note, if any)
            assertTrue(said.endsWith("\nwtjs: the daemon ended during the run\n") || said.equals(
                    "wtjs: the daemon ended during the run\n"), said);
        } finally {
            ex.shutdownNow();
        }
    }

    @Test
    void oneDaemonPerBuildAndOnlyInThisUsersPrivateFolder() throws IOException {
        assertNull(Daemon.open(dir, "test", 1000), "the first daemon holds this build's lock");
        Path open = Files.createDirectories(tmp.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
        IOException e = assertThrows(IOException.class, () -> Daemon.open(open, "test", 1000));
        assertTrue(e.getMessage().contains("has mode rwxr-xr-x, not rwx------"), e.getMessage());
    }

    @Test
    void statusSaysWhatTheDaemonDoes() throws IOException {
        run("-e", "1");
        String s = daemon.status();
        assertTrue(s.matches("wtjs daemon pid \\d+ \\(build test\\): up \\d+ s, \\d+ runs, \\d+ on a ready agent, 0 running, heap .*"), s);
    }

    /**
     * The same script run many times leaves the daemon's heap, after a full collection, within 10% of its size after
     * 100 runs. {@code -Dwtjs.leakRuns=N} sets the count (default 150 for CI's time, against 100; the figure is 1000).
     */
    @Test
    void runsLeakNothing() throws IOException {
        int total = Integer.getInteger("wtjs.leakRuns", 150);
        int early = Math.min(100, total / 2);
        Files.writeString(tmp.resolve("leaky.js"), """
                const { MessageChannel } = require('worker_threads');
                globalThis.big = new Array(10000).fill('x'.repeat(10));
                const { port1, port2 } = new MessageChannel();
                port1.on('message', () => {});
                process.on('exit', () => {});
                setTimeout(() => { port2.postMessage(1); port1.close(); }, 1);
                console.log(process.argv.length);
                """);
        long baseline = 0;
        for (int i = 1; i <= total; i++) {
            Result r = run(tmp, new HashMap<>(Map.of("I", String.valueOf(i))), InputStream.nullInputStream(),
                    "leaky.js");
            assertEquals("2\n", r.out, r.err);
            if (i == early) baseline = heapAfterFullCollection();
        }
        long end = heapAfterFullCollection();
        assertTrue(end <= baseline * 1.10, "heap after " + total + " runs " + end / 1024 + " KB, after " + early + " runs "
                + baseline / 1024 + " KB");
    }

    private static long heapAfterFullCollection() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
