package dev.wtjs.cli.daemon;

import java.io.DataInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The thin client {@code bin/wtjs} runs when the daemon is on: plain JDK classes only (it starts in a JVM without
 * GraalVM on its class path). It finds this build's daemon (with none listening, it runs in-process and has the
 * daemon start after the run: {@link Starter}), sends it the run (arguments, environment,
 * working directory, what its standard descriptors are), streams standard input on demand and the run's output as
 * it comes, forwards SIGINT/SIGTERM, and exits with the run's code. When no daemon can serve, it runs
 * {@code bin/wtjs --no-daemon} and says why.
 *
 * <p>Properties from the launcher: {@code wtjs.daemon.dir} (the per-user folder, mode 0700), {@code
 * wtjs.daemon.build} (this build's id), {@code wtjs.root} (the checkout), {@code wtjs.columns} (the terminal's
 * width when stdout is one).
 */
public final class Client {
    /** The exit code when the daemon ends during a run (as BSD's EX_SOFTWARE). */
    static final int DAEMON_DIED = 70;
    /** How long a daemon may take to listen once started. */
    static final long START_TIMEOUT_MS = Long.getLong("wtjs.daemon.startTimeoutMs", 120_000);

    private Client() {
    }

    public static void main(String[] args) {
        long entered = System.nanoTime();
        Path dir = Path.of(System.getProperty("wtjs.daemon.dir"));
        String build = System.getProperty("wtjs.daemon.build");
        Path root = Path.of(System.getProperty("wtjs.root"));
        if (args.length == 2 && args[0].equals("daemon") && args[1].equals("start")) {
            System.exit(startNow(root, dir, build));
        }
        if (args.length > 0 && args[0].equals("daemon")) System.exit(control(dir, args));
        if (args.length == 1 && args[0].equals("__train")) System.exit(train(dir));
        if (args.length == 2 && args[0].equals("__start-after")) {
            System.exit(new Starter(root, dir, build).startAfter(Long.parseLong(args[1])));
        }
        String unsafe = Frames.prepareFolder(dir);
        if (unsafe != null) {
            System.exit(inProcess(root, args, "the daemon's folder is refused: " + unsafe));
        }
        Path sock = socket(dir, build);
        Path log = dir.resolve(cat("d-", build, ".log"));
        SocketChannel ch = connect(sock);
        if (ch == null) {
            // no daemon listens: this run goes in-process and the daemon starts after it (Starter)
            Starter starter = new Starter(root, dir, build);
            String why = starter.unsaidFailure();
            if (why != null) {
                System.exit(inProcess(root, args, "the daemon could not start (" + why + "; log " + log
                        + "); running in-process"));
            }
            if (starter.recentFailure()) System.exit(inProcess(root, args, null));
            switch (starter.state()) {
                case STARTED -> ch = starter.waitForStart();
                case WAITING -> { }
                case NOT_STARTING -> starter.startAfterRun();
            }
            if (ch == null) System.exit(inProcess(root, args, null));
        }
        Session s = new Session(ch, cat("the daemon ended during the run (its log: ", log.toString(), ")"));
        System.exit(s.run(args, entered, System.in, new FileOutputStream(FileDescriptor.out),
                new FileOutputStream(FileDescriptor.err)));
    }

    /**
     * Strings joined without {@code +}: javac compiles {@code +} to an invokedynamic call site whose first use
     * costs the client milliseconds of bootstrap (as lambdas do); the client's run path has neither.
     */
    static String cat(String... parts) {
        StringBuilder b = new StringBuilder(64);
        for (String p : parts) b.append(p);
        return b.toString();
    }

    /**
     * A process fact the launcher passes as a property (bin/wtjs knows its pid, its parent, its user id and what
     * its descriptors are without a system call of the JVM's), else {@code fallback}.
     */
    private static long launcherLong(String name, long fallback) {
        String v = System.getProperty(name);
        if (v != null) {
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                // as absent
            }
        }
        return fallback;
    }

    /**
     * The training run behind the client's class-data (AOT) cache ({@code bin/wtjs} runs it once per build, in the
     * background): the client's whole run path against a stand-in daemon on a socket of its own, which answers the
     * request with output and an exit code, so the cache holds every class a real run loads.
     */
    private static int train(Path dir) {
        Path sock = dir.resolve(cat("train-", String.valueOf(ProcessHandle.current().pid()), ".sock"));
        try (java.nio.channels.ServerSocketChannel server = java.nio.channels.ServerSocketChannel.open(
                StandardProtocolFamily.UNIX)) {
            Files.deleteIfExists(sock);
            server.bind(UnixDomainSocketAddress.of(sock));
            Thread daemon = new Thread(new Runnable() {
                @Override
                public void run() {
                    try (SocketChannel c = server.accept()) {
                        DataInputStream in = Frames.reader(c);
                        Frames.Writer w = new Frames.Writer(c);
                        Frames.read(in);
                        w.sendText(Frames.OUT, "out\n");
                        w.sendText(Frames.ERR, "err\n");
                        w.sendInt(Frames.EXIT, 0);
                    } catch (IOException e) {
                        // the client sees the end
                    }
                }
            }, "wtjs-client-train");
            daemon.setDaemon(true);
            daemon.start();
            SocketChannel ch = connect(sock);
            if (ch == null) return 1;
            Session s = new Session(ch, "the training daemon ended");
            OutputStream none = OutputStream.nullOutputStream();
            return s.run(new String[] {"-e", ""}, System.nanoTime(), InputStream.nullInputStream(), none, none);
        } catch (IOException e) {
            System.err.println(cat("wtjs client training: ", e.toString()));
            return 1;
        } finally {
            try {
                Files.deleteIfExists(sock);
            } catch (IOException e) {
                // a stale name in the folder
            }
        }
    }

    static Path socket(Path dir, String build) {
        return dir.resolve(cat("d-", build, ".sock"));
    }

    /** One run on a connected daemon. */
    static final class Session {
        private final SocketChannel ch;
        private final Frames.Writer to;
        private final DataInputStream from;
        final String deathNote;
        private volatile int signal;

        Session(SocketChannel ch, String deathNote) {
            this.ch = ch;
            this.to = new Frames.Writer(ch);
            this.from = Frames.reader(ch);
            this.deathNote = deathNote;
        }

        void request(List<String> args, Map<String, String> env, String cwd, String[] kinds, int columns, long pid,
                     long ppid) throws IOException {
            List<String> r = new ArrayList<>(9 + env.size() + args.size());
            r.addAll(List.of(Frames.VERSION, cwd, kinds[0], kinds[1], kinds[2], String.valueOf(columns),
                    String.valueOf(pid), String.valueOf(ppid), String.valueOf(env.size())));
            for (Map.Entry<String, String> e : env.entrySet()) r.add(cat(e.getKey(), "=", e.getValue()));
            r.addAll(args);
            to.send(Frames.RUN, Frames.strings(r));
        }

        /**
         * Sends this process's run (arguments, environment, working directory, descriptors, pids) and streams it
         * until it exits; returns its exit code.
         */
        int run(String[] args, long entered, InputStream in, OutputStream out, OutputStream err) {
            int columns = Integer.getInteger("wtjs.columns", 0);
            String fds = System.getProperty("wtjs.fds");
            String[] kinds = fds != null && fds.split(",").length == 3 ? fds.split(",")
                    : new String[] {fdKind(0), fdKind(1), fdKind(2)};
            long pid = launcherLong("wtjs.pid", -1);
            if (pid < 0) pid = ProcessHandle.current().pid();
            long ppid = launcherLong("wtjs.ppid", -1);
            if (ppid < 0) ppid = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L);
            try {
                request(List.of(args), System.getenv(), Path.of("").toAbsolutePath().toString(), kinds, columns,
                        pid, ppid);
            } catch (IOException e) {
                System.err.println(cat("wtjs: ", deathNote));
                return DAEMON_DIED;
            }
            if (System.getenv("WTJS_DAEMON_TIMING") != null) timing(entered);
            SignalHandler forward = new SignalHandler() {
                @Override
                public void handle(Signal sig) {
                    signal(sig.getNumber());
                }
            };
            for (String name : new String[] {"INT", "TERM"}) {
                try {
                    Signal.handle(new Signal(name), forward);
                } catch (IllegalArgumentException e) {
                    // not a signal here: Ctrl-C then ends the client only, and the daemon ends the run on EOF
                }
            }
            return await(in, out, err);
        }

        /** WTJS_DAEMON_TIMING: when the request went, counted from this process's start (bin/wtjs's exec). */
        private static void timing(long entered) {
            java.util.Optional<java.time.Instant> start = ProcessHandle.current().info().startInstant();
            long started = start.isPresent() ? start.get().toEpochMilli() : 0;
            System.err.println(cat("wtjs client: request sent ", String.valueOf(System.currentTimeMillis() - started),
                    " ms after the process started (", String.valueOf((System.nanoTime() - entered) / 1_000_000),
                    " ms in main)"));
        }

        /** SIGINT or SIGTERM reached the client: the daemon ends the run, which exits 128 + signal. */
        void signal(int number) {
            signal = number;
            try {
                to.sendInt(Frames.SIGNAL, number);
            } catch (IOException e) {
                // the daemon is gone: await() sees the end
            }
        }

        /** Streams the run until it exits; returns its exit code. */
        int await(InputStream in, OutputStream out, OutputStream err) {
            boolean outOpen = true;
            try {
                for (Frames.Frame f; (f = Frames.read(from)) != null; ) {
                    switch (f.type()) {
                        case Frames.OUT -> {
                            if (!outOpen) break;
                            try {
                                out.write(f.data());
                                out.flush();
                            } catch (IOException e) {
                                outOpen = false; // a reader closed our stdout (| head -1): the run is told
                                to.send(Frames.STDOUT_CLOSED, new byte[0]);
                            }
                        }
                        case Frames.ERR -> {
                            try {
                                err.write(f.data());
                                err.flush();
                            } catch (IOException e) {
                                // nowhere to say it
                            }
                        }
                        case Frames.WANT_STDIN -> pumpStdin(in);
                        case Frames.EXIT -> {
                            return f.asInt();
                        }
                        default -> { }
                    }
                }
            } catch (IOException e) {
                // the connection broke: as the daemon's death
            } finally {
                try {
                    ch.close();
                } catch (IOException e) {
                    // closing
                }
            }
            if (signal != 0) return 128 + signal;
            try {
                err.write(("wtjs: " + deathNote + "\n").getBytes(StandardCharsets.UTF_8));
                err.flush();
            } catch (IOException e) {
                // nowhere to say it
            }
            return DAEMON_DIED;
        }

        private void pumpStdin(InputStream in) {
            Thread t = new Thread(() -> {
                byte[] buf = new byte[64 * 1024];
                try {
                    for (int n; (n = in.read(buf)) > 0; ) to.send(Frames.STDIN, buf, 0, n);
                } catch (IOException e) {
                    // as the end of input
                }
                try {
                    to.send(Frames.STDIN_END, new byte[0]);
                } catch (IOException e) {
                    // the run is over
                }
            }, "wtjs-client-stdin");
            t.setDaemon(true);
            t.start();
        }
    }

    /** A connection to the socket, or null when no daemon listens there. */
    static SocketChannel connect(Path sock) {
        if (!Files.exists(sock)) return null;
        try {
            SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                ch.connect(UnixDomainSocketAddress.of(sock));
                return ch;
            } catch (IOException e) {
                ch.close();
                return null;
            }
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Starts this build's daemon ({@code bin/wtjs __daemon}) detached: its own session (setsid), standard input from
     * /dev/null, output to its log, so it holds none of the caller's descriptors. Waits until it listens; null (and
     * the reason in {@code why[0]}) when it does not.
     */
    static SocketChannel start(Path root, Path sock, Path log, String[] why) {
        List<String> cmd = inSessionOfItsOwn();
        cmd.add(root.resolve("bin/wtjs").toString());
        cmd.add("__daemon");
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).redirectErrorStream(true).start();
        } catch (IOException e) {
            why[0] = "cannot run " + cmd + ": " + e.getMessage();
            return null;
        }
        long limitMs = START_TIMEOUT_MS;
        long deadline = System.currentTimeMillis() + limitMs;
        while (System.currentTimeMillis() < deadline) {
            SocketChannel ch = connect(sock);
            if (ch != null) return ch;
            // exit 0: another client's daemon won the start and serves soon; anything else is a failure
            if (!p.isAlive() && p.exitValue() != 0) {
                why[0] = "it exited with " + p.exitValue() + ": " + lastLine(log);
                return null;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                break;
            }
        }
        why[0] = "it did not listen within " + limitMs / 1000 + " s";
        return null;
    }

    /** A command line's start that runs it in a session of its own (setsid, where the machine has it). */
    static List<String> inSessionOfItsOwn() {
        List<String> cmd = new ArrayList<>();
        for (String s : new String[] {"/usr/bin/setsid", "/bin/setsid"}) {
            if (Files.isExecutable(Path.of(s))) {
                cmd.add(s);
                break;
            }
        }
        return cmd;
    }

    private static String lastLine(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            for (int i = lines.size() - 1; i >= 0; i--) if (!lines.get(i).isBlank()) return lines.get(i).strip();
        } catch (IOException e) {
            // no log to quote
        }
        return "(no log)";
    }


    /** Runs {@code bin/wtjs --no-daemon args} with this process's descriptors; says {@code why} first if given. */
    private static int inProcess(Path root, String[] args, String why) {
        if (why != null) System.err.println("wtjs: " + why);
        List<String> cmd = new ArrayList<>(List.of(root.resolve("bin/wtjs").toString(), "--no-daemon"));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            Runtime.getRuntime().addShutdownHook(new Thread(p::destroy, "wtjs-client-stop"));
            return p.waitFor();
        } catch (IOException e) {
            System.err.println("wtjs: cannot run " + cmd + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            return 130;
        }
    }

    /** What descriptor fd of this process is: "tty", "pipe" (or a socket) or "file" (Linux: /proc/self/fd). */
    static String fdKind(int fd) {
        try {
            String t = Files.readSymbolicLink(Path.of(cat("/proc/self/fd/", String.valueOf(fd)))).toString();
            if (t.startsWith("/dev/pts/") || t.startsWith("/dev/tty") || t.equals("/dev/console")) return "tty";
            return t.startsWith("pipe:") || t.startsWith("socket:") ? "pipe" : "file";
        } catch (IOException | UnsupportedOperationException e) {
            return "pipe";
        }
    }

    /** {@code wtjs daemon start}: this build's daemon, started now unless it listens already; says its status. */
    private static int startNow(Path root, Path dir, String build) {
        String unsafe = Frames.prepareFolder(dir);
        if (unsafe != null) {
            System.err.println("wtjs: the daemon's folder is refused: " + unsafe);
            return 1;
        }
        Path sock = socket(dir, build);
        Path log = dir.resolve(cat("d-", build, ".log"));
        SocketChannel ch = connect(sock);
        String[] why = new String[1];
        if (ch == null) ch = start(root, sock, log, why);
        if (ch == null) {
            System.err.println("wtjs: the daemon could not start (" + why[0] + "; log " + log + ")");
            return 1;
        }
        ask(ch, sock, Frames.STATUS);
        return 0;
    }

    /** Sends the daemon on {@code ch} a status or stop frame and prints its answer; closes {@code ch}. */
    private static void ask(SocketChannel ch, Path sock, byte what) {
        try (ch) {
            new Frames.Writer(ch).send(what, new byte[0]);
            Frames.Frame f = Frames.read(Frames.reader(ch));
            System.out.println(f == null ? "wtjs daemon at " + sock + ": no answer" : f.asText());
        } catch (IOException e) {
            System.out.println("wtjs daemon at " + sock + ": " + e.getMessage());
        }
    }

    /** {@code wtjs daemon status|stop}: asks every daemon in the folder (one per build) to say or to stop. */
    private static int control(Path dir, String[] args) {
        String what = args.length > 1 ? args[1] : "";
        if (!what.equals("status") && !what.equals("stop")) {
            System.err.println("usage: wtjs daemon status|stop|start");
            return 9;
        }
        List<Path> sockets = new ArrayList<>();
        if (Frames.unsafeFolder(dir) == null) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "d-*.sock")) {
                ds.forEach(sockets::add);
            } catch (IOException e) {
                // none
            }
        }
        int found = 0;
        for (Path sock : sockets) {
            SocketChannel ch = connect(sock);
            if (ch == null) continue;
            found++;
            ask(ch, sock, what.equals("stop") ? Frames.STOP : Frames.STATUS);
        }
        if (found == 0) System.out.println("wtjs: no daemon is running (folder " + dir + ")");
        return what.equals("status") && found == 0 ? 1 : 0;
    }
}
