package dev.wtjs.internal.binding;

import dev.wtjs.internal.agent.Agent;
import dev.wtjs.internal.agent.AgentConfig;
import dev.wtjs.internal.messaging.Message;
import dev.wtjs.internal.messaging.PortEnd;
import dev.wtjs.internal.modules.BuiltinSources;
import dev.wtjs.internal.modules.PackageScope;
import dev.wtjs.internal.modules.UserSources;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Java calls the JavaScript builtins may make ({@code internalBinding('host')}). Only builtins see it: the
 * bootstrap keeps it out of reach of user code. Every method runs on the agent's own thread.
 */
public final class HostBinding {
    private final Agent agent;
    private final WorkerBinding workers;
    private final SharedMemoryBinding sharedMemory = new SharedMemoryBinding();

    public HostBinding(Agent agent) {
        this.agent = agent;
        this.workers = new WorkerBinding(agent);
    }

    // ---- builtins and user code ----

    @Export
    public String builtinText(String id) {
        return BuiltinSources.text(id);
    }

    @Export
    public Value compileBuiltin(String id, Value params) {
        return Context.getCurrent().eval(BuiltinSources.wrapped(id, strings(params)));
    }

    /** Builtin {@code id} compiled from {@code text}, its source as the loader adapted it (requireDep). */
    @Export
    public Value compileAdapted(String id, String text, Value params) {
        return Context.getCurrent().eval(BuiltinSources.adapted(id, strings(params), text));
    }

    /** Runs user code as a script at the top level of the realm (node -e, -p, stdin, eval'd workers): its value. */
    @Export
    public Value evalScript(String filename, String code) {
        return Context.getCurrent().eval(UserSources.of(filename, code));
    }

    /**
     * Whether eval'd code is an ES module, as node 24 decides: it does not parse as a script but does as a module
     * (import/export declarations, import.meta, top-level await).
     */
    @Export
    public boolean isModuleCode(String filename, String code) {
        Context cx = Context.getCurrent();
        try {
            cx.parse(UserSources.of(filename, code));
            return false;
        } catch (PolyglotException e) {
            if (!e.isSyntaxError()) return false;
        }
        try {
            cx.parse(moduleSource(filename, code));
            return true;
        } catch (PolyglotException e) {
            return false;
        }
    }

    /**
     * Runs eval'd code as an ES module (see {@link #isModuleCode}); its namespace. As in node it is a module file
     * {@code path} that holds this text (import.meta.url, relative imports), which need not exist.
     */
    @Export
    public Value evalModule(String path, String code) {
        try {
            return Context.getCurrent().eval(Source.newBuilder("js", new java.io.File(path)).content(code)
                    .mimeType("application/javascript+module").build());
        } catch (IOException e) {
            return Context.getCurrent().eval(moduleSource(path, code));
        }
    }

    private static Source moduleSource(String filename, String code) {
        return Source.newBuilder("js", code, filename).mimeType("application/javascript+module").buildLiteral();
    }

    /**
     * Calls {@code fn} for at most {@code millis} ms (vm's timeout): true when it returned or threw by itself,
     * false when it was stopped.
     */
    @Export
    public boolean runTimed(double millis, Value fn) {
        return ScriptTimeout.run(agent, (long) millis, fn);
    }

    /** Parses user code as a script without running it (vm.Script): its SyntaxError is thrown here. */
    @Export
    public void parseScript(String filename, String code) {
        Context.getCurrent().parse(UserSources.of(filename, code));
    }

    /** Wraps user code as a function with the given parameters; {@code filename} names it in stack traces. */
    @Export
    public Value compileFunction(String filename, String code, Value params) {
        String wrapped = "(function (" + String.join(", ", strings(params)) + ") {" + code + "\n})";
        return Context.getCurrent().eval(UserSources.of(filename, wrapped));
    }

    // ---- files ----
    // Every file access guest code can cause goes through readable(): the runtime's FileAccess policy, plus the
    // entry script the Java host named itself.

    private Path ownScript;

    public boolean readable(Path p) {
        if (agent.runtime.fileAccess.allowsRead(p)) return true;
        if (!agent.config.hostChosenScript || agent.config.isEval || agent.config.script == null) return false;
        if (ownScript == null) ownScript = real(Path.of(agent.config.script));
        return real(p).equals(ownScript);
    }

    private static Path real(Path p) {
        try {
            return p.toAbsolutePath().normalize().toRealPath();
        } catch (IOException | RuntimeException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** The UTF-8 text of a file, or null when it cannot be read (or may not be). */
    @Export
    public String readFile(String path) {
        try {
            Path p = Path.of(path);
            if (!readable(p)) return null;
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** 0: nothing there (or not readable), 1: a file, 2: a directory. */
    @Export
    public int fileKind(String path) {
        Path p;
        try {
            p = Path.of(path);
        } catch (RuntimeException e) {
            return 0;
        }
        if (!readable(p)) return 0;
        if (Files.isDirectory(p)) return 2;
        if (Files.isRegularFile(p)) return 1;
        return 0;
    }

    @Export
    public String realpath(String path) {
        try {
            Path p = Path.of(path);
            if (!readable(p)) return path;
            return p.toRealPath().toString();
        } catch (IOException | RuntimeException e) {
            return path;
        }
    }

    /** True when the Java host granted guest code some Java classes ({@code Java.type}); the global stays then. */
    @Export
    public boolean allowsHostClasses() {
        return agent.runtime.hostClassFilter != null;
    }

    // ---- output ----

    /** Returns 0, or node's errno when the process's stream refused the text (EPIPE: its reader has gone). */
    @Export
    public int write(int fd, String text) {
        AgentConfig c = agent.config;
        if ((fd == 1 && c.stdoutToParent) || (fd == 2 && c.stderrToParent)) {
            // Worker option stdout/stderr: true: the text goes to the parent's worker.stdout/stderr, in order
            // with the worker's messages (a string payload is an internal message, never a user's).
            if (c.parentPort != null && c.parentPort.post(new Message(STDIO_PREFIX + fd + ":" + text, null))) return 0;
        }
        int errno = agent.runtime.write(fd, text);
        // A worker's stdio is the main thread's in node: the main thread's stream reports the error, not the worker.
        return agent.threadId() == 0 ? errno : 0;
    }

    /** Internal messages on a worker's port are string payloads starting with this. */
    private static final String STDIO_PREFIX = "\u0000stdio:";

    private Thread stdinReader;

    /**
     * Starts reading this process's standard input, once, on a thread of its own: each chunk read (bytes as a
     * latin1 string) is handed to {@code onChunk} on this agent's loop, then {@code null} at the end. The thread is
     * a daemon (a blocked read never holds the process); the JavaScript side refs the loop while it wants data.
     */
    @Export
    public void readStdin(Value onChunk) {
        if (stdinReader != null) return;
        java.io.InputStream in = agent.runtime.stdin();
        Thread t = new Thread(() -> {
            byte[] buf = new byte[64 * 1024];
            try {
                int n;
                while ((n = in.read(buf)) > 0) {
                    String chunk = new String(buf, 0, n, StandardCharsets.ISO_8859_1);
                    agent.post(() -> agent.callback(onChunk, chunk));
                }
            } catch (IOException e) {
                // treated as the end of input
            }
            agent.post(() -> agent.callback(onChunk, (Object) null));
        }, "wtjs-stdin-" + agent.threadId());
        t.setDaemon(true);
        stdinReader = t;
        t.start();
    }

    /** The resource limits this worker was started with (young, old, code range, stack; MB). */
    @Export
    public double[] resourceLimits() {
        return agent.config.resourceLimits.clone();
    }

    /** Whether this worker was started with stdin: true. */
    @Export
    public boolean hasStdin() {
        return agent.config.stdin;
    }

    // ---- loop ----

    /** True for a spare agent, made ahead of a worker that does not exist yet: it has time to load builtins. */
    @Export
    public boolean isSpare() {
        return agent.isSpare();
    }

    /** WTJS_TRACE_START: the agent reports its start's phases, and the loader each builtin's load. */
    @Export
    public boolean tracesStart() {
        return Agent.TRACE;
    }

    /** This thread's CPU time in ms (for the start-up trace). */
    @Export
    public double threadCpuMillis() {
        return Agent.THREADS.getCurrentThreadCpuTime() / 1e6;
    }

    @Export
    public double now() {
        return agent.loop.now();
    }

    @Export
    public void setTimer(double due, boolean ref) {
        agent.loop.setTimer(due, ref);
    }

    @Export
    public void setImmediate(boolean pending, boolean ref) {
        agent.loop.setImmediate(pending, ref);
    }

    @Export
    public void ref() {
        agent.loop.ref();
    }

    @Export
    public void unref() {
        agent.loop.unref();
    }

    @Export
    public void scheduleTicks() {
        agent.ticksScheduled();
    }

    /** Unhandled rejections wait for the loop to run the ticks first (internal/process/execution). */
    @Export
    public void scheduleRejections() {
        agent.rejectionsScheduled();
    }

    // ---- process ----

    @Export
    public int threadId() {
        return agent.threadId();
    }

    @Export
    public String workerName() {
        return agent.config.name;
    }

    @Export
    public String[] argv() {
        return agent.config.argv.toArray(new String[0]);
    }

    @Export
    public String[] execArgv() {
        return agent.config.execArgv.toArray(new String[0]);
    }

    @Export
    public String script() {
        return agent.config.script;
    }

    @Export
    public boolean isEval() {
        return agent.config.isEval;
    }

    @Export
    public String evalName() {
        return agent.config.evalName;
    }

    @Export
    public boolean printResult() {
        return agent.config.printResult;
    }

    /** {@code gc()} of {@code --expose-gc}: asks the JVM for a collection (all agents share its heap). */
    @Export
    public void gc() {
        System.gc();
    }

    @Export
    public String cwd() {
        return agent.runtime.currentCwd();
    }

    /** process.chdir: the errno name (ENOENT, ENOTDIR, EACCES) when dir cannot be the working directory, else null. */
    @Export
    public String chdir(String dir) {
        Path p = Path.of(agent.runtime.currentCwd()).resolve(dir).normalize();
        if (!readable(p)) return "EACCES";
        if (!java.nio.file.Files.exists(p)) return "ENOENT";
        if (!java.nio.file.Files.isDirectory(p)) return "ENOTDIR";
        agent.runtime.setCwd(p.toString());
        return null;
    }

    @Export
    public double pid() {
        return agent.runtime.pid();
    }

    @Export
    public double ppid() {
        return agent.runtime.ppid();
    }

    @Export
    public double hrtime() {
        return System.nanoTime();
    }

    /** The environment as alternating keys and values. */
    @Export
    public String[] env() {
        Map<String, String> env = agent.config.env != null ? agent.config.env : agent.runtime.env();
        List<String> out = new ArrayList<>(env.size() * 2);
        env.forEach((k, v) -> {
            out.add(k);
            out.add(v);
        });
        return out.toArray(new String[0]);
    }

    /** True when this agent's process.env is the runtime's shared one (main, or SHARE_ENV). */
    @Export
    public boolean sharesEnv() {
        return agent.config.env == null;
    }

    @Export
    public String getEnv(String key) {
        return agent.runtime.env().get(key);
    }

    @Export
    public void setEnv(String key, String value) {
        if (value == null) agent.runtime.env().remove(key); else agent.runtime.env().put(key, value);
    }

    @Export
    public String[] envKeys() {
        return agent.runtime.env().keySet().toArray(new String[0]);
    }

    /** rss, heapTotal, heapUsed, external, arrayBuffers (bytes). */
    @Export
    public double[] memoryUsage() {
        Runtime rt = Runtime.getRuntime();
        double rss = rss();
        double heapTotal = rt.totalMemory();
        double heapUsed = rt.totalMemory() - rt.freeMemory();
        return new double[] {rss > 0 ? rss : heapTotal, heapTotal, heapUsed, 0, 0};
    }

    private static double rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Double.parseDouble(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        return -1;
    }

    @Export
    public double uptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
    }

    @Export
    public boolean postAfterExitThrows() {
        return agent.runtime.postAfterExit() == dev.wtjs.PostAfterExit.THROW;
    }

    // ---- workers and ports ----

    @Export
    public SharedMemoryBinding sharedMemory() {
        return sharedMemory;
    }

    private FsBinding fs;

    /** The calls behind fs and os. */
    @Export
    public FsBinding fs() {
        if (fs == null) fs = new FsBinding(agent, this);
        return fs;
    }

    private NetBinding net;

    /** The calls behind net (TCP sockets on NIO). */
    @Export
    public NetBinding net() {
        if (net == null) net = new NetBinding(agent);
        return net;
    }

    private TlsBinding tls;

    /** The calls behind tls (the JDK's SSLEngine over net's sockets). */
    @Export
    public TlsBinding tls() {
        if (tls == null) tls = new TlsBinding();
        return tls;
    }

    private ChildProcessBinding childProcesses;
    private ZlibBinding zlib;

    /** The calls behind child_process. */
    @Export
    public ChildProcessBinding childProcesses() {
        if (childProcesses == null) childProcesses = new ChildProcessBinding(agent);
        return childProcesses;
    }

    /** The calls behind zlib. */
    @Export
    public ZlibBinding zlib() {
        if (zlib == null) zlib = new ZlibBinding();
        return zlib;
    }

    private CryptoBinding crypto;

    /** The key derivations behind crypto (pbkdf2, scrypt). */
    @Export
    public CryptoBinding crypto() {
        if (crypto == null) crypto = new CryptoBinding(agent);
        return crypto;
    }

    private DnsBinding dns;

    /** The name lookups behind dns (lookup, resolve, reverse). */
    @Export
    public DnsBinding dns() {
        if (dns == null) dns = new DnsBinding(agent);
        return dns;
    }

    /** The agent is closing: its descriptors, sockets, its children's pipes and its crypto and dns pools go with it. */
    public void closeFiles() {
        if (fs != null) fs.closeAll();
        if (net != null) net.closeAll();
        if (childProcesses != null) childProcesses.closeAll();
        if (zlib != null) zlib.closeAll();
        if (crypto != null) crypto.close();
        if (dns != null) dns.close();
    }

    @Export
    public WorkerBinding workers() {
        return workers;
    }

    @Export
    public Object workerData() {
        return agent.config.workerData == null ? null : agent.config.workerData.payload;
    }

    @Export
    public Object[] workerDataAttachments() {
        return agent.config.workerData == null ? null : agent.config.workerData.attachments;
    }

    @Export
    public Object environmentData() {
        return agent.config.environmentData == null ? null : agent.config.environmentData.payload;
    }

    @Export
    public void reportError(Value payload) {
        agent.reportError(payloadOf(payload));
    }

    @Export
    public int parentPort() {
        PortEnd p = agent.config.parentPort;
        if (p == null) return -1;
        if (agent.ownedPort(p.id) == null) agent.own(p);
        return p.id;
    }

    @Export
    public int[] newChannel() {
        PortEnd[] pair = PortEnd.pair();
        agent.own(pair[0]);
        agent.own(pair[1]);
        return new int[] {pair[0].id, pair[1].id};
    }

    /** Posts a serialized message; false when the port's pair is closed (the message is dropped, as in Node). */
    @Export
    public boolean postMessage(int portId, Value payload, Value attachments) {
        PortEnd p = agent.ownedPort(portId);
        if (p == null) return false;
        return p.post(new Message(payloadOf(payload), attachmentsOf(attachments)));
    }

    /** Whether ports {@code a} and {@code b} of this agent are the two ends of one channel. */
    @Export
    public boolean arePeers(int a, int b) {
        PortEnd p = agent.ownedPort(a);
        return p != null && p.isPeer(agent.ownedPort(b));
    }

    @Export
    public void startPort(int portId) {
        PortEnd p = agent.ownedPort(portId);
        if (p != null) p.start();
    }

    @Export
    public void stopPort(int portId) {
        PortEnd p = agent.ownedPort(portId);
        if (p != null) p.stop();
    }

    @Export
    public void closePort(int portId) {
        PortEnd p = agent.ownedPort(portId);
        if (p != null) p.close();
    }

    // ---- what only the engine can tell ----

    private static final String PROMISE_TEXT = "Promise{[[PromiseStatus]]: ";
    private static final String PROMISE_VALUE = ", [[PromiseValue]]: ";
    private static final int LONGEST_PROMISE_TEXT = 100_000;

    /**
     * util.inspect's view of a promise: GraalJS's display text of it, {@code Promise{[[PromiseStatus]]: "pending",
     * [[PromiseValue]]: undefined}}, which holds its state (and a primitive result as text); null for anything else.
     * (JavaScript cannot read a promise's state; this text is the one place the polyglot API shows it.)
     */
    @Export
    public String promiseText(Value promise) {
        String text = promise.toString();
        if (!text.startsWith(PROMISE_TEXT)) return null;
        if (text.length() <= LONGEST_PROMISE_TEXT) return text;
        // a long result (a file's text) stays behind: reading it back costs JavaScript far more than it tells
        int value = text.indexOf(PROMISE_VALUE);
        return value < 0 ? null : text.substring(0, value + PROMISE_VALUE.length()) + "...}";
    }

    // ---- ES modules ----

    /** Whether the file is an ES module: .mjs, or .js whose nearest package.json says "type": "module". */
    @Export
    public boolean isEsm(String path) {
        return PackageScope.isModule(path);
    }

    // ---- tty and crypto ----

    /** Whether descriptor fd of this process is a terminal (Linux: where /proc/self/fd/N points). */
    @Export
    public boolean isatty(int fd) {
        String told = agent.runtime.fdKind(fd);
        if (told != null) return told.equals("tty");
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /**
     * What descriptor fd of this process is, as libuv guesses it: "tty", "pipe" (a pipe or a socket), or "file"
     * (a regular file or another device, /dev/null included). Linux: from where /proc/self/fd/N points.
     */
    @Export
    public String fdKind(int fd) {
        if (isatty(fd)) return "tty";
        String told = agent.runtime.fdKind(fd);
        if (told != null) return told;
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("pipe:") || target.startsWith("socket:") ? "pipe" : "file";
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return "pipe";
        }
    }

    /** The terminal's column count when the runtime was told it (the daemon's client), else 0. */
    @Export
    public int columns() {
        return agent.runtime.columns();
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** size random bytes, one latin1 char each. */
    @Export
    public String randomBytes(int size) {
        byte[] b = new byte[size];
        RANDOM.nextBytes(b);
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /** The digest of latin1 data by a JVM algorithm name (SHA-256, MD5...), as latin1. */
    @Export
    public String digest(String algorithm, String data) throws java.security.NoSuchAlgorithmException {
        byte[] out = java.security.MessageDigest.getInstance(algorithm).digest(data.getBytes(StandardCharsets.ISO_8859_1));
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    /** The HMAC (JVM name: HmacSHA256...) of latin1 data under a latin1 key, as latin1. */
    @Export
    public String hmac(String algorithm, String key, String data) throws java.security.GeneralSecurityException {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance(algorithm);
        byte[] k = key.getBytes(StandardCharsets.ISO_8859_1);
        mac.init(new javax.crypto.spec.SecretKeySpec(k.length == 0 ? new byte[1] : k, algorithm));
        return new String(mac.doFinal(data.getBytes(StandardCharsets.ISO_8859_1)), StandardCharsets.ISO_8859_1);
    }

    /** Wraps the JavaScript import resolver as the host callable GraalJS's module lookup hook requires. */
    @Export
    public ProxyExecutable moduleLookup(Value resolve) {
        return args -> resolve.execute(args[0], args[1]);
    }

    /** Runs an ES module file (the entry point, or for require()); its namespace, or null if it is still async. */
    @Export
    public Value runModule(String path, boolean asMain) throws IOException {
        Path p = Path.of(path);
        if (!readable(p)) throw new IOException("ENOENT: no such file or directory, open '" + path + "'");
        var files = agent.moduleFiles();
        java.util.Set<String> before = files.unsettledSnapshot();
        if (asMain) {
            return Context.getCurrent().eval(Source.newBuilder("js", p.toFile())
                    .mimeType("application/javascript+module").build());
        }
        // Through an import, so the module record is the one import() uses: evaluated once, one namespace.
        String url = p.toUri().toString();
        // `finished` stays undefined while a top-level await in the graph holds the evaluation: then null.
        String text = "import * as ns from " + jsonString(url) + ";\nvar finished = true;\n"
                + "export function settled() { return finished ? ns : null; }\n";
        Value ns = Context.getCurrent().eval(Source.newBuilder("js", text, "require:" + url)
                .mimeType("application/javascript+module").build()).getMember("settled").execute();
        files.settle(before);
        return ns;
    }

    private static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    /** Whether import() is still loading the ES module at path (require() of it now is a race). */
    @Export
    public boolean esmLoading(String path) {
        return agent.moduleFiles().isUnsettled(path);
    }

    /** Gives up a port that is being transferred; the returned end travels in the message. */
    @Export
    public PortEnd disownPort(int portId) {
        return agent.disown(portId);
    }

    /** Takes a port end that arrived in a message; returns its id here. */
    @Export
    public int adoptPort(PortEnd end) {
        agent.own(end);
        return end.id;
    }

    /** The next message waiting on a port, for receiveMessageOnPort; null when none. */
    @Export
    public Message receive(int portId) {
        PortEnd p = agent.ownedPort(portId);
        return p == null ? null : p.poll();
    }

    // ---- BroadcastChannel and postMessageToThread (delivered through the port hook, by negative ids) ----

    /** Subscribes this agent to a BroadcastChannel name; returns the subscriber id its messages arrive with. */
    @Export
    public int broadcastSubscribe(String name) {
        return agent.runtime.broadcasts.subscribe(name, agent::deliverTo);
    }

    @Export
    public void broadcastUnsubscribe(int id) {
        agent.runtime.broadcasts.unsubscribe(id);
    }

    /** Posts to every other subscriber of the name; false when this subscriber is closed. */
    @Export
    public boolean broadcastPost(int id, Value payload, Value attachments) {
        return agent.runtime.broadcasts.post(id, new Message(payloadOf(payload), attachmentsOf(attachments)));
    }

    /** Hands a message to the thread mailbox (id -1) of agent {@code threadId}; false when there is no such agent. */
    @Export
    public boolean postToThread(int threadId, Value payload, Value attachments) {
        Agent target = agent.runtime.agent(threadId);
        if (target == null || target.isTerminating()) return false;
        return target.deliverTo(-1, new Message(payloadOf(payload), attachmentsOf(attachments)));
    }

    /** Milliseconds agent {@code threadId}'s loop has spent idle and in all since it started: [idle, total]. */
    @Export
    public double[] loopTimes(int threadId) {
        Agent target = agent.runtime.agent(threadId);
        if (target == null) return null;
        return new double[] {target.loop.idleMillis(), target.loop.now()};
    }

    static Object payloadOf(Value v) {
        if (v == null) return null;
        if (v.hasBufferElements()) { // the common case first: every message's bytes
            int n = (int) v.getBufferSize();
            byte[] bytes = new byte[n];
            v.readBuffer(0, bytes, 0, n);
            return ByteBuffer.wrap(bytes);
        }
        if (v.isNull()) return null;
        if (v.isString()) return v.asString();
        if (v.isHostObject()) return v.asHostObject();
        if (v.fitsInInt()) return v.asInt();
        if (v.isNumber()) return v.asDouble();
        throw new IllegalArgumentException("payload must be a string, a number, an ArrayBuffer or a host object");
    }

    static Object[] attachmentsOf(Value v) {
        if (v == null || v.isNull() || !v.hasArrayElements()) return null;
        Object[] out = new Object[(int) v.getArraySize()];
        for (int i = 0; i < out.length; i++) out[i] = payloadOf(v.getArrayElement(i));
        return out;
    }

    static List<String> strings(Value array) {
        List<String> out = new ArrayList<>();
        if (array == null || array.isNull()) return out;
        for (long i = 0; i < array.getArraySize(); i++) out.add(array.getArrayElement(i).asString());
        return out;
    }
}
