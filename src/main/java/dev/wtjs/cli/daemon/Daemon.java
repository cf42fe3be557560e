package dev.wtjs.cli.daemon;

import dev.wtjs.WtjsRuntime;
import dev.wtjs.cli.Main;
import org.graalvm.polyglot.Engine;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The warm runtime behind {@code bin/wtjs}: one JVM per user and build that listens on a Unix domain socket and
 * runs each client's command line as {@link Main#run} does, in fresh agents on one shared polyglot engine (so
 * parsed and compiled code is kept between runs, and nothing else). A run sees its client's arguments,
 * environment, working directory, descriptors and process ids; its output goes back as it is written. The daemon
 * exits when idle ({@code wtjs.daemon.idleSeconds}, default 3 hours), when its jar changes and no run is active, or
 * when asked ({@code wtjs daemon stop}).
 */
public final class Daemon implements AutoCloseable {
    private final Path dir;
    private final String build;
    private final Path sock;
    private final ServerSocketChannel server;
    private final FileLock lock;
    private final Engine engine;
    private final long idleMs;
    private final long startedMs = System.currentTimeMillis();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicLong runs = new AtomicLong();
    /** Runs whose main agent was a ready standby's (its context made and half its bootstrap done before the run). */
    private final AtomicLong readyRuns = new AtomicLong();
    /** The next run's runtime, made ahead (see {@link #standBy}); null while one is being used or made. */
    private final java.util.concurrent.atomic.AtomicReference<WtjsRuntime> standby =
            new java.util.concurrent.atomic.AtomicReference<>();
    private final AtomicInteger running = new AtomicInteger();
    private final java.util.Set<SocketChannel> connections = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final AtomicLong lastActivity = new AtomicLong(System.currentTimeMillis());
    private final Thread acceptor;
    private volatile boolean closed;

    /**
     * Serves in {@code dir} (which must be this user's, mode 0700) for {@code build}; null when another daemon of
     * that build holds the folder's lock (it serves instead). Throws IOException with the reason it cannot serve.
     */
    public static Daemon open(Path dir, String build, long idleMs) throws IOException {
        String unsafe = Frames.unsafeFolder(dir);
        if (unsafe != null) throw new IOException("refusing the folder: " + unsafe);
        FileChannel lockFile = FileChannel.open(dir.resolve("d-" + build + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = lockFile.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            lock = null; // this JVM serves that build already
        }
        if (lock == null) {
            lockFile.close();
            return null;
        }
        return new Daemon(dir, build, idleMs, lock);
    }

    private Daemon(Path dir, String build, long idleMs, FileLock lock) throws IOException {
        this.dir = dir;
        this.build = build;
        this.idleMs = idleMs;
        this.lock = lock;
        this.sock = Client.socket(dir, build);
        Files.deleteIfExists(sock); // a dead daemon's: we hold the lock, so none listens there
        this.engine = WtjsRuntime.newSharedEngine();
        this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(sock));
        Files.deleteIfExists(dir.resolve("d-" + build + ".failed"));
        standBy(); // (before the first run can arrive)
        this.acceptor = new Thread(this::accept, "wtjs-daemon-accept");
        acceptor.start();
    }

    /**
     * Makes the next run's runtime ahead of it, if none waits: a {@link WtjsRuntime#standby} with the command line's
     * grants on the daemon's engine, whose spare agent makes its context and does the run-independent half of the
     * bootstrap now, off the next run's path. Made at the start and after each run (when the run's agents are gone,
     * so it takes no CPU from a run of the same client); a run that finds none starts cold.
     */
    private void standBy() {
        if (closed || standby.get() != null) return;
        WtjsRuntime rt;
        try {
            rt = WtjsRuntime.standby(Main.cliBuilder().engine(engine));
        } catch (RuntimeException | OutOfMemoryError e) {
            return; // the next run starts cold
        }
        if (!standby.compareAndSet(null, rt) || closed) {
            standby.compareAndSet(rt, null);
            rt.close();
        }
    }

    /** The standby runtime bound to the run {@code b} describes, or a new runtime when none waits. */
    private WtjsRuntime runtimeFor(WtjsRuntime.Builder b) {
        WtjsRuntime rt = standby.getAndSet(null);
        if (rt == null) return b.build();
        rt.bind(b);
        readyRuns.incrementAndGet();
        return rt;
    }

    public Path socket() {
        return sock;
    }

    /** The daemon's process: {@code bin/wtjs __daemon}. Exits when the daemon ends. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("wtjs.daemon.dir"));
        String build = System.getProperty("wtjs.daemon.build");
        long idleMs = Long.getLong("wtjs.daemon.idleSeconds", 3 * 3600) * 1000;
        Path jar = Path.of(System.getProperty("wtjs.daemon.jar", "target/wtjs.jar"));
        Daemon d;
        try {
            d = open(dir, build, idleMs);
        } catch (IOException e) {
            System.err.println("wtjs daemon: cannot serve: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (d == null) {
            System.err.println("wtjs daemon: another daemon of build " + build + " serves; exiting");
            System.exit(0);
            return;
        }
        System.err.println("wtjs daemon: pid " + ProcessHandle.current().pid() + " serves build " + build + " on "
                + d.sock + " (idle exit after " + idleMs / 1000 + " s)");
        String jarStamp = stamp(jar);
        while (!d.closed) {
            synchronized (d) {
                if (!d.closed) d.wait(Math.min(10_000, Math.max(100, idleMs / 10)));
            }
            if (d.closed) break;
            if (d.active.get() > 0) continue;
            long idle = System.currentTimeMillis() - d.lastActivity.get();
            String why = idle >= idleMs ? "idle for " + idle / 1000 + " s"
                    : !stamp(jar).equals(jarStamp) ? "its jar changed (a new build serves itself)" : null;
            if (why != null) {
                System.err.println("wtjs daemon: exiting: " + why);
                d.close();
            }
        }
        System.exit(0);
    }

    private static String stamp(Path jar) {
        try {
            return Files.getLastModifiedTime(jar).toMillis() + "/" + Files.size(jar);
        } catch (IOException e) {
            return "gone";
        }
    }

    private void accept() {
        int n = 0;
        while (!closed) {
            SocketChannel ch;
            try {
                ch = server.accept();
            } catch (IOException e) {
                if (!closed) System.err.println("wtjs daemon: accept failed: " + e);
                break;
            }
            Thread t = new Thread(() -> serve(ch), "wtjs-daemon-run-" + (++n));
            t.setDaemon(true);
            t.start();
        }
    }

    private void serve(SocketChannel ch) {
        active.incrementAndGet();
        connections.add(ch);
        boolean isRun = false;
        Frames.Writer to = null;
        try (ch) {
            DataInputStream from = Frames.reader(ch);
            to = new QueuedWriter(ch, Thread.currentThread().getName() + "-out");
            Frames.Frame f = Frames.read(from);
            if (f == null) return;
            isRun = f.type() == Frames.RUN; // (asking for the status is no activity: idle time goes on)
            if (isRun) lastActivity.set(System.currentTimeMillis());
            switch (f.type()) {
                case Frames.RUN -> new Run(from, to).run(Frames.strings(f.data()));
                case Frames.STATUS -> to.sendText(Frames.TEXT, status());
                case Frames.STOP -> {
                    to.sendText(Frames.TEXT, "wtjs daemon pid " + ProcessHandle.current().pid() + " (build " + build
                            + "): stopped");
                    to.flush(); // (before close() closes every connection)
                    System.err.println("wtjs daemon: exiting: asked to stop");
                    close();
                }
                default -> { }
            }
            to.flush(); // (the channel closes at the end of this block)
        } catch (IOException e) {
            // the client went away
        } finally {
            if (to != null) to.close();
            connections.remove(ch);
            if (isRun) lastActivity.set(System.currentTimeMillis());
            active.decrementAndGet();
        }
    }

    String status() {
        Runtime rt = Runtime.getRuntime();
        long up = (System.currentTimeMillis() - startedMs) / 1000;
        long idleLeft = Math.max(0, idleMs - (System.currentTimeMillis() - lastActivity.get())) / 1000;
        return "wtjs daemon pid " + ProcessHandle.current().pid() + " (build " + build + "): up " + up + " s, "
                + runs.get() + " runs, " + readyRuns.get() + " on a ready agent, " + running.get() + " running, heap " + (rt.totalMemory()
                - rt.freeMemory()) / (1 << 20) + " MB used of " + rt.totalMemory() / (1 << 20) + " MB, idle exit in "
                + idleLeft + " s, socket " + sock;
    }

    /** Runs whose main agent was a standby's (a test's measure). */
    long readyRuns() {
        return readyRuns.get();
    }

    /** Runs so far (a test's measure). */
    long runs() {
        return runs.get();
    }

    /** Stops listening, ends the runs (their clients see the daemon's end) and the engine. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        for (SocketChannel ch : connections) {
            try {
                ch.close(); // its client says the daemon ended, at once
            } catch (IOException e) {
                // closing anyway
            }
        }
        try {
            server.close();
            Files.deleteIfExists(sock);
            lock.release();
            lock.channel().close();
        } catch (IOException e) {
            // going away all the same
        }
        WtjsRuntime next = standby.getAndSet(null);
        if (next != null) next.close();
        engine.close(true);
        notifyAll();
    }

    /** One client's run: its frames in, its output out. */
    private final class Run {
        private final DataInputStream from;
        private final Frames.Writer to;
        private final Stdin stdin = new Stdin();
        private volatile boolean stdoutClosed;
        private volatile int signal;
        private volatile WtjsRuntime runtime;

        Run(DataInputStream from, Frames.Writer to) {
            this.from = from;
            this.to = to;
        }

        void run(List<String> req) throws IOException {
            if (req.size() < 9 || !req.get(0).equals(Frames.VERSION)) {
                to.sendText(Frames.ERR, "wtjs: the daemon speaks " + Frames.VERSION + "; restart it (wtjs daemon "
                        + "stop)\n");
                to.sendInt(Frames.EXIT, 1);
                return;
            }
            runs.incrementAndGet();
            running.incrementAndGet();
            int code;
            try {
                code = serve(req);
            } finally {
                running.decrementAndGet(); // before the client hears the exit
            }
            standBy(); // (before the client hears the exit: its next run finds it)
            to.sendInt(Frames.EXIT, code);
        }

        private int serve(List<String> req) throws IOException {
            Main.Io io = new Main.Io();
            io.cwd = Path.of(req.get(1));
            io.fdKinds = new String[] {req.get(2), req.get(3), req.get(4)};
            io.stdinIsTty = req.get(2).equals("tty");
            io.columns = Integer.parseInt(req.get(5));
            io.pid = Long.parseLong(req.get(6));
            io.ppid = Long.parseLong(req.get(7));
            int nEnv = Integer.parseInt(req.get(8));
            Map<String, String> env = new HashMap<>();
            for (String kv : req.subList(9, 9 + nEnv)) {
                int eq = kv.indexOf('=');
                if (eq > 0) env.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
            io.env = env;
            io.engine = engine;
            io.runtimeFor = Daemon.this::runtimeFor;
            io.in = stdin;
            io.out = output(Frames.OUT);
            io.err = output(Frames.ERR);
            io.onRuntime = rt -> {
                runtime = rt;
                if (signal != 0) rt.close();
            };
            Thread listener = new Thread(this::listen, Thread.currentThread().getName() + "-in");
            listener.setDaemon(true);
            listener.start();
            int code;
            try {
                code = Main.run(req.subList(9 + nEnv, req.size()).toArray(new String[0]), io);
            } catch (RuntimeException e) {
                to.sendText(Frames.ERR, "wtjs daemon: the run failed: " + e + "\n");
                code = 70;
            } finally {
                stdin.end(); // frees a reader still waiting for input
            }
            return signal != 0 ? 128 + signal : code;
        }

        /** The client's frames during the run: standard input, a signal, its stdout closed, or its end. */
        private void listen() {
            try {
                for (Frames.Frame f; (f = Frames.read(from)) != null; ) {
                    switch (f.type()) {
                        case Frames.STDIN -> stdin.add(f.data());
                        case Frames.STDIN_END -> stdin.end();
                        case Frames.STDOUT_CLOSED -> stdoutClosed = true;
                        case Frames.SIGNAL -> end(f.asInt());
                        default -> { }
                    }
                }
            } catch (IOException e) {
                // as the end
            }
            end(15); // the client is gone (killed, or its socket closed): nobody waits for this run
        }

        private void end(int sig) {
            if (signal == 0) signal = sig;
            stdin.end();
            WtjsRuntime rt = runtime;
            if (rt != null) rt.close();
        }

        private static final IOException BROKEN_PIPE = new IOException("Broken pipe") {
            @Override
            public synchronized Throwable fillInStackTrace() {
                return this;
            }
        };

        private OutputStream output(byte type) {
            return new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    // a reader closed the client's stdout: EPIPE, as for the in-process run's descriptor (one
                    // exception without a stack: stacks per write cost seconds)
                    if (type == Frames.OUT && stdoutClosed) throw BROKEN_PIPE;
                    to.send(type, b, off, len);
                }
            };
        }

        /** The client's standard input, asked for on the first read (a run that never reads takes none of it). */
        private final class Stdin extends InputStream {
            private static final byte[] END = new byte[0];
            private final LinkedBlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
            private boolean asked;
            private byte[] current = new byte[0];
            private int pos;
            private volatile boolean ended;

            void add(byte[] data) {
                if (!ended) chunks.add(data);
            }

            void end() {
                ended = true;
                chunks.add(END);
            }

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public synchronized int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) return 0;
                if (!asked) {
                    asked = true;
                    if (!ended) to.send(Frames.WANT_STDIN, new byte[0]);
                }
                while (pos == current.length) {
                    if (current == END) return -1;
                    try {
                        current = chunks.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return -1;
                    }
                    pos = 0;
                    if (current == END) {
                        chunks.add(END); // later reads see the end too
                        return -1;
                    }
                }
                int n = Math.min(len, current.length - pos);
                System.arraycopy(current, pos, b, off, n);
                pos += n;
                return n;
            }
        }
    }
}
