package dev.wtjs.internal.binding;

import dev.wtjs.internal.agent.Agent;
import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java calls behind {@code child_process} ({@code internalBinding('host').childProcesses()}), on
 * {@link ProcessBuilder}. Only a runtime with the child-process grant may start processes (the JS side checks
 * {@link #allowed()} first and throws node's {@code ERR_ACCESS_DENIED}). Bytes cross as latin1 strings.
 * <p>
 * An asynchronous child has a thread per piped output ({@code wtjs-child-<pid>-out}/{@code -err}) and one waiting
 * for its end ({@code wtjs-child-<pid>-wait}); each only posts what it saw to the agent's loop. The JS side refs the
 * loop while it wants a child's events. When the agent closes, its children's pipes are closed (their threads end);
 * the processes themselves go on, as node's children outlive their parent.
 * <p>
 * A child ended by a signal exits with 128 + the signal's number as far as Java can tell; it is reported as that
 * signal only when this binding sent it ({@link #kill}, a timeout), otherwise as that exit code.
 */
public final class ChildProcessBinding {
    private final Agent agent;
    private final Map<Integer, Child> children = new ConcurrentHashMap<>();
    private int nextId = 1;

    ChildProcessBinding(Agent agent) {
        this.agent = agent;
    }

    /** Whether the runtime granted starting processes. */
    @Export
    public boolean allowed() {
        return agent.runtime.childProcesses;
    }

    private static final class Child {
        final Process process;
        final List<Thread> threads = new ArrayList<>();
        volatile String sentSignal;

        Child(Process process) {
            this.process = process;
        }
    }

    // ---- starting ----

    private static final String[] SIGNALS = {null, "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT",
        "SIGBUS", "SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM"};

    /**
     * Builds the process: {@code file} is looked up on the child's PATH as libuv does; {@code env} is a list of
     * {@code KEY=value}; {@code stdio} the three modes ({@code pipe}, {@code inherit}, {@code ignore}); inherited
     * output is piped too (the JS side writes it to its own process.stdout/stderr, which may be a worker's).
     */
    private ProcessBuilder builder(String file, Value args, String cwd, Value env, Value stdio) throws IOException {
        List<String> command = new ArrayList<>();
        List<String> argv = HostBinding.strings(args);
        Map<String, String> vars = new java.util.LinkedHashMap<>();
        for (String kv : HostBinding.strings(env)) {
            int eq = kv.indexOf('=');
            if (eq > 0) vars.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        command.add(resolve(file, vars.get("PATH"), cwd));
        command.addAll(argv);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().clear();
        pb.environment().putAll(vars);
        File dir = new File(cwd);
        if (!dir.isDirectory()) throw new IOException("error=2, No such file or directory");
        pb.directory(dir);
        String in = stdio.getArrayElement(0).asString();
        pb.redirectInput(in.equals("inherit") ? ProcessBuilder.Redirect.INHERIT
                : in.equals("ignore") ? ProcessBuilder.Redirect.from(new File("/dev/null")) : ProcessBuilder.Redirect.PIPE);
        if (stdio.getArrayElement(1).asString().equals("ignore")) pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (stdio.getArrayElement(2).asString().equals("ignore")) pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        return pb;
    }

    /** libuv's lookup: a name without a slash is searched on PATH (the child's own), else taken as it is. */
    private static String resolve(String file, String path, String cwd) throws IOException {
        if (file.contains("/")) return file;
        if (path == null) path = "/usr/local/bin:/usr/bin:/bin";
        for (String dir : path.split(":", -1)) {
            Path candidate = Path.of(dir.isEmpty() ? cwd : dir).resolve(file);
            if (!dir.startsWith("/")) candidate = Path.of(cwd).resolve(candidate);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return candidate.toString();
        }
        throw new IOException("error=2, No such file or directory");
    }

    private static final Pattern ERRNO = Pattern.compile("error=(\\d+)");

    /** The errno name of a failed start ({@code Cannot run program "x": error=2, ...}). */
    private static String startError(IOException e) {
        Matcher m = ERRNO.matcher(String.valueOf(e.getMessage()));
        if (!m.find()) return "EIO";
        switch (Integer.parseInt(m.group(1))) {
            case 2: return "ENOENT";
            case 13: return "EACCES";
            case 20: return "ENOTDIR";
            case 8: return "ENOEXEC";
            case 7: return "E2BIG";
            case 12: return "ENOMEM";
            case 1: return "EPERM";
            default: return "EIO";
        }
    }

    // ---- synchronous ----

    /**
     * Runs a process to its end: {@code [pid, status, signal, stdout, stderr, error]} (outputs latin1, null when
     * not piped; error an errno name: ENOENT, ETIMEDOUT, ENOBUFS). {@code timeout} and {@code maxBuffer} of 0 mean
     * none; when one is hit the child gets {@code killSignal}.
     */
    @Export
    public Object[] spawnSync(String file, Value args, String cwd, Value env, Value stdio, String input,
                              double timeout, String killSignal, double maxBuffer) {
        Process p;
        try {
            p = builder(file, args, cwd, env, stdio).start();
        } catch (IOException e) {
            return new Object[] {0, null, null, null, null, startError(e)};
        }
        Child child = new Child(p);
        String[] error = new String[1];
        long limit = maxBuffer > 0 ? (long) maxBuffer : Long.MAX_VALUE;
        Collector out = new Collector(p.getInputStream(), limit, () -> {
            error[0] = "ENOBUFS";
            signal(child, killSignal);
        });
        Collector err = new Collector(p.getErrorStream(), limit, () -> {
            error[0] = "ENOBUFS";
            signal(child, killSignal);
        });
        Thread to = startThread("wtjs-child-" + p.pid() + "-out", out);
        Thread te = startThread("wtjs-child-" + p.pid() + "-err", err);
        Thread feeder = null;
        if (input != null && !stdio.getArrayElement(0).asString().equals("inherit")) {
            feeder = startThread("wtjs-child-" + p.pid() + "-in", () -> {
                try (OutputStream os = p.getOutputStream()) {
                    os.write(input.getBytes(StandardCharsets.ISO_8859_1));
                } catch (IOException ignored) {
                    // the child closed its input early (EPIPE): node ignores that too
                }
            });
        } else {
            try {
                p.getOutputStream().close();
            } catch (IOException ignored) {
                // nothing to close
            }
        }
        try {
            if (timeout > 0) {
                if (!p.waitFor((long) timeout, TimeUnit.MILLISECONDS)) {
                    error[0] = "ETIMEDOUT";
                    signal(child, killSignal);
                    p.waitFor();
                }
            } else {
                p.waitFor();
            }
            to.join();
            te.join();
            if (feeder != null) feeder.join();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        Object[] status = status(child, p.exitValue());
        boolean pipedOut = !stdio.getArrayElement(1).asString().equals("ignore");
        boolean pipedErr = !stdio.getArrayElement(2).asString().equals("ignore");
        return new Object[] {(double) p.pid(), status[0], status[1], pipedOut ? out.text() : null,
            pipedErr ? err.text() : null, error[0]};
    }

    /** (code, signal) as node reports them. */
    private static Object[] status(Child child, int exit) {
        String sent = child.sentSignal;
        if (sent != null && exit > 128 && exit - 128 < SIGNALS.length && sent.equals(SIGNALS[exit - 128])) {
            return new Object[] {null, sent};
        }
        return new Object[] {exit, null};
    }

    /** Reads a stream to its end; once more than {@code limit} bytes came, calls {@code over} and keeps no more. */
    private static final class Collector implements Runnable {
        private final InputStream in;
        private final long limit;
        private final Runnable over;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Collector(InputStream in, long limit, Runnable over) {
            this.in = in;
            this.limit = limit;
            this.over = over;
        }

        @Override
        public void run() {
            byte[] buf = new byte[64 * 1024];
            boolean exceeded = false;
            try {
                int n;
                while ((n = in.read(buf)) > 0) {
                    if (exceeded) continue;
                    // as node: the chunk that goes over is kept whole, then the child is stopped
                    bytes.write(buf, 0, n);
                    if (bytes.size() > limit) {
                        exceeded = true;
                        over.run();
                    }
                }
            } catch (IOException ignored) {
                // the end of the output
            }
        }

        String text() {
            return bytes.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static Thread startThread(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    // ---- asynchronous ----

    /**
     * Starts a process: {@code [id, pid]}, or {@code [0, 0, errno]} when it cannot start. Its events reach
     * {@code onEvent} on this agent's loop: {@code ('data', fd, latin1)}, {@code ('end', fd)} for each piped
     * output, and {@code ('exit', code, signal)} once.
     */
    @Export
    public Object[] spawn(String file, Value args, String cwd, Value env, Value stdio, Value onEvent) {
        Process p;
        try {
            p = builder(file, args, cwd, env, stdio).start();
        } catch (IOException e) {
            return new Object[] {0, 0, startError(e)};
        }
        Child child = new Child(p);
        int id = nextId++;
        children.put(id, child);
        if (!stdio.getArrayElement(0).asString().equals("pipe")) {
            try {
                p.getOutputStream().close();
            } catch (IOException ignored) {
                // nothing to close
            }
        }
        List<Thread> readers = new ArrayList<>();
        for (int fd = 1; fd <= 2; fd++) {
            if (stdio.getArrayElement(fd).asString().equals("ignore")) continue;
            InputStream in = fd == 1 ? p.getInputStream() : p.getErrorStream();
            int which = fd;
            readers.add(startThread("wtjs-child-" + p.pid() + (fd == 1 ? "-out" : "-err"), () -> {
                byte[] buf = new byte[64 * 1024];
                try {
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        String chunk = new String(buf, 0, n, StandardCharsets.ISO_8859_1);
                        agent.post(() -> agent.callback(onEvent, "data", which, chunk));
                    }
                } catch (IOException ignored) {
                    // closed: the end of the output
                }
                agent.post(() -> agent.callback(onEvent, "end", which));
            }));
        }
        child.threads.addAll(readers);
        child.threads.add(startThread("wtjs-child-" + p.pid() + "-wait", () -> {
            int exit;
            try {
                exit = p.waitFor();
                // The outputs usually end with the process: their last data goes first, as node mostly sees it
                // (a grandchild holding a pipe open only delays 'exit' by this much).
                for (Thread r : readers) r.join(100);
            } catch (InterruptedException e) {
                return;
            }
            Object[] status = status(child, exit);
            agent.post(() -> {
                children.remove(id);
                agent.callback(onEvent, "exit", status[0], status[1]);
            });
        }));
        return new Object[] {id, (double) p.pid()};
    }

    /** Writes latin1 bytes to a child's stdin; false when the pipe is closed (EPIPE). */
    @Export
    public boolean write(int id, String data) {
        Child c = children.get(id);
        if (c == null) return false;
        try {
            OutputStream os = c.process.getOutputStream();
            os.write(data.getBytes(StandardCharsets.ISO_8859_1));
            os.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Closes a child's stdin. */
    @Export
    public void endInput(int id) {
        Child c = children.get(id);
        if (c == null) return;
        try {
            c.process.getOutputStream().close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    /** Sends a signal (by name) to a running child: false when it has ended (ESRCH). */
    @Export
    public boolean kill(int id, String signal) {
        Child c = children.get(id);
        if (c == null || !c.process.isAlive()) return false;
        return signal(c, signal);
    }

    private static boolean signal(Child c, String signal) {
        Process p = c.process;
        c.sentSignal = signal;
        if (signal.equals("SIGTERM")) {
            p.destroy();
            return true;
        }
        if (signal.equals("SIGKILL")) {
            p.destroyForcibly();
            return true;
        }
        // Java can only send TERM and KILL itself; others go through kill(1).
        try {
            Process k = new ProcessBuilder("kill", "-s", signal.substring(3), Long.toString(p.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return k.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    // ---- IPC channels (fork) ----

    private final Map<Integer, IpcChannel> channels = new ConcurrentHashMap<>();

    /** A new parent end of an IPC channel: {@code [id, socket path]} for the child's environment. */
    @Export
    public Object[] ipcListen() throws IOException {
        IpcChannel c = IpcChannel.listen(agent);
        int id = nextId++;
        channels.put(id, c);
        return new Object[] {id, c.path()};
    }

    /** The child's end, connected to its parent's socket: its id, or 0 when it cannot connect. */
    @Export
    public int ipcConnect(String path) {
        try {
            IpcChannel c = IpcChannel.connect(agent, path);
            int id = nextId++;
            channels.put(id, c);
            return id;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Starts delivering a channel's lines to {@code onEvent}: ('message', text), then ('close'). */
    @Export
    public void ipcStart(int id, String threadName, Value onEvent) {
        IpcChannel c = channels.get(id);
        if (c != null) c.start("wtjs-ipc-" + threadName, onEvent);
    }

    /** Sends one JSON text; false when the channel is closed. */
    @Export
    public boolean ipcSend(int id, String text) {
        IpcChannel c = channels.get(id);
        return c != null && c.send(text);
    }

    @Export
    public void ipcClose(int id) {
        IpcChannel c = channels.remove(id);
        if (c != null) c.close();
    }

    /** The agent is closing: stop listening to its children (their pipes close; the processes go on). */
    public void closeAll() {
        for (IpcChannel c : channels.values()) c.close();
        channels.clear();
        for (Child c : children.values()) {
            try {
                c.process.getOutputStream().close();
                c.process.getInputStream().close();
                c.process.getErrorStream().close();
            } catch (IOException ignored) {
                // already closed
            }
            for (Thread t : c.threads) {
                if (t.getName().endsWith("-wait")) t.interrupt();
            }
        }
        for (Child c : children.values()) {
            for (Thread t : c.threads) {
                try {
                    t.join(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        children.clear();
    }
}
