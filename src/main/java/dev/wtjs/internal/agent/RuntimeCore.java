package dev.wtjs.internal.agent;

import dev.wtjs.FileAccess;
import dev.wtjs.JsError;
import dev.wtjs.PostAfterExit;
import dev.wtjs.internal.messaging.BroadcastRegistry;
import dev.wtjs.internal.messaging.PortEnd;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;

import java.io.OutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What all agents of one runtime share: the polyglot engine, the policy, the output streams, the thread ids, the
 * live agents and the ports that exist. Thread-safe.
 */
public final class RuntimeCore implements AutoCloseable {
    public final Engine engine;
    /** Set at construction, or by {@link #bind} for a standby runtime. */
    private volatile PostAfterExit postAfterExit;
    public final PrintStream out;
    public final PrintStream err;
    private final OutputStream rawOut;
    private final OutputStream rawErr;
    private final Map<String, String> sharedEnv;
    /** The working directory the runtime started in; {@link #currentCwd()} follows process.chdir(). */
    public volatile String cwd;
    private volatile String currentCwd;
    /**
     * A standby runtime (the daemon's, made before its run is known) until {@link #bind} gives it its run's
     * process: until then its spare main agent may do only what does not depend on the run, and reading any of
     * the run's facts (environment, working directory, descriptors, ids, standard input, output, policy) throws.
     */
    private volatile boolean standby;
    /** Which files guest code may read; checked in one place, {@code HostBinding}. */
    public final FileAccess fileAccess;
    /** Java classes guest code may look up ({@code Java.type}); null: none. */
    public final Predicate<String> hostClassFilter;
    /** What guest code may do with Java objects: only the bindings' exported members, unless classes are granted. */
    public final HostAccess hostAccess;
    /** Whether guest code may see the user and host it runs as (os.userInfo, os.hostname). */
    public final boolean hostIdentity;
    /** Grant: guest code may start processes (child_process). Set once, before any agent starts. */
    public volatile boolean childProcesses;
    /** Whether guest code may open TCP sockets (net, http, fetch); set by the builder before any agent starts. */
    public volatile boolean network;
    /** The most workers alive at once (0: no limit). */
    public final int maxWorkers;
    /** BroadcastChannel subscribers of all agents, by name. */
    public final BroadcastRegistry broadcasts = new BroadcastRegistry();
    /** Watches the workers' heap and CPU time limits, and the heap as a whole while workers run. */
    final ResourceWatch limits = new ResourceWatch(this);
    /** Whether the heap is collected once no worker has been alive for a while after some ran (HeapReturn). */
    public volatile boolean returnHeapWhenIdle;
    final HeapReturn heapReturn = new HeapReturn(this);
    private final ThreadFactory threadFactory;
    private final AtomicInteger liveWorkers = new AtomicInteger();
    private Agent spare; // guarded by this
    // 0 is the main script's; workers count from 1 (a worker started from Java before any script must not get 0).
    private final AtomicInteger threadIds = new AtomicInteger(1);
    private final Map<Integer, Agent> agents = new ConcurrentHashMap<>();
    private final Map<Integer, PortEnd> ports = new ConcurrentHashMap<>();
    private volatile boolean closed;

    private final boolean ownsEngine;

    /**
     * The process the scripts see, when it is not this JVM's (a run of the daemon stands for its client's): standard
     * input, what descriptors 0-2 are ("tty", "pipe", "file"; null: ask this process), the terminal's column count
     * (0: unknown) and the process ids (0: this process's). Set once, before the first agent starts.
     */
    private java.io.InputStream stdin = System.in;
    private String[] fdKinds;
    private int columns = Integer.getInteger("wtjs.columns", 0);
    private long pid;
    private long ppid;

    public void processView(java.io.InputStream stdin, String[] fdKinds, int columns, long pid, long ppid) {
        if (stdin != null) this.stdin = stdin;
        this.fdKinds = fdKinds == null ? null : fdKinds.clone();
        if (columns > 0) this.columns = columns;
        this.pid = pid;
        this.ppid = ppid;
    }

    public java.io.InputStream stdin() {
        requireBound();
        return stdin;
    }

    /** What descriptor fd is ("tty", "pipe", "file") when the runtime was told, else null. */
    public String fdKind(int fd) {
        requireBound();
        return fdKinds != null && fd >= 0 && fd < fdKinds.length ? fdKinds[fd] : null;
    }

    public int columns() {
        requireBound();
        return columns;
    }

    public long pid() {
        requireBound();
        return pid != 0 ? pid : ProcessHandle.current().pid();
    }

    public long ppid() {
        requireBound();
        return ppid != 0 ? ppid : ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L);
    }

    /** The environment all agents share (process.env of the main script and of workers given none). */
    public Map<String, String> env() {
        requireBound();
        return sharedEnv;
    }

    public PostAfterExit postAfterExit() {
        requireBound();
        return postAfterExit;
    }

    private void requireBound() {
        if (standby) throw new IllegalStateException("a standby runtime's agent read its run's process before the run");
    }

    /**
     * Makes this runtime a standby: a spare agent starts now (its context and the first stage of its bootstrap) and
     * becomes the main agent of the run this runtime is later {@link #bind bound} to.
     */
    public synchronized void standBy() {
        standby = true;
        newSpare();
    }

    /** Gives a standby runtime its run's process (before its main agent runs); the run's facts are readable then. */
    public void bind(PostAfterExit postAfterExit, Map<String, String> env, String cwd) {
        this.postAfterExit = postAfterExit;
        sharedEnv.clear();
        sharedEnv.putAll(env);
        this.cwd = cwd;
        this.currentCwd = cwd;
        standby = false;
    }

    /** A standby's spare, made the main agent {@code c} (it waits for the spare's first stage); null: start cold. */
    public synchronized Agent adoptMainSpare(AgentConfig c) {
        Agent s = spare;
        spare = null;
        return s != null && !closed && s.adopt(c, null, true) ? s : null;
    }

    /** The runtime's working directory now (one for all its agents, as a process has). */
    public String currentCwd() {
        requireBound();
        return currentCwd;
    }

    public void setCwd(String dir) {
        requireBound();
        currentCwd = dir;
    }

    public RuntimeCore(PostAfterExit postAfterExit, OutputStream out, OutputStream err, Map<String, String> env,
                       String cwd, FileAccess fileAccess, Engine sharedEngine, Predicate<String> hostClassFilter,
                       int maxWorkers, ThreadFactory threadFactory, boolean hostIdentity) {
        this.hostIdentity = hostIdentity;
        this.postAfterExit = postAfterExit;
        this.out = new PrintStream(out, false, StandardCharsets.UTF_8);
        this.err = new PrintStream(err, false, StandardCharsets.UTF_8);
        this.rawOut = out;
        this.rawErr = err;
        this.sharedEnv = new ConcurrentHashMap<>(env);
        this.cwd = cwd == null ? Path.of("").toAbsolutePath().toString() : cwd;
        this.currentCwd = this.cwd;
        this.fileAccess = fileAccess;
        this.hostClassFilter = hostClassFilter;
        this.hostAccess = hostClassFilter == null ? Agent.HOST_ACCESS
                : HostAccess.newBuilder(Agent.HOST_ACCESS).allowPublicAccess(true).build();
        this.maxWorkers = maxWorkers;
        this.threadFactory = threadFactory;
        this.ownsEngine = sharedEngine == null;
        this.engine = sharedEngine != null ? sharedEngine : newEngine();
    }

    /** An engine for wtjs contexts; GraalVM's interpreter-only warning is off: wtjs says it its own way (InterpreterWarning). */
    public static Engine newEngine() {
        return Engine.newBuilder("js")
                .allowExperimentalOptions(true) // lets -Dpolyglot.engine.* tuning options through
                .option("engine.WarnInterpreterOnly", "false")
                // WTJS_DEBUG keeps the engine's log (compilation traces asked for with -Dpolyglot.engine.*) on stderr;
                // -Dwtjs.engineLog=FILE appends it to a file (also in the daemon, which WTJS_DEBUG would turn off)
                .logHandler(engineLog())
                .build();
    }

    private static OutputStream engineLog() {
        String file = System.getProperty("wtjs.engineLog");
        if (file != null) {
            try {
                return new java.io.FileOutputStream(file, true);
            } catch (java.io.IOException e) {
                System.err.println("wtjs: cannot write the engine's log to " + file + ": " + e.getMessage());
            }
        }
        return System.getenv("WTJS_DEBUG") != null ? System.err : OutputStream.nullOutputStream();
    }

    /** The main script's thread id, as in node. */
    public static final int MAIN_THREAD_ID = 0;

    /** What scripts see as process.execPath (the launcher names itself). */
    public static String execPath() {
        String p = System.getProperty("wtjs.execPath");
        return p != null ? p : ProcessHandle.current().info().command().orElse("wtjs");
    }

    public int nextThreadId() {
        return threadIds.getAndIncrement();
    }

    void register(Agent a) {
        agents.put(a.threadId(), a);
    }

    void unregister(Agent a) {
        // a spare that was never adopted was never registered, and never counted
        if (agents.remove(a.threadId(), a) && !a.isMain() && liveWorkers.decrementAndGet() == 0) heapReturn.workersGone();
    }

    int liveWorkerCount() {
        return liveWorkers.get();
    }

    /** How many full collections this runtime has made to give the heap back (HeapReturn). */
    public int heapReturns() {
        return heapReturn.returns();
    }

    /** A thread for an agent: from the host's thread factory if it gave one (then the stack size is its choice). */
    Thread newThread(Runnable body, String name, long stackBytes) {
        if (threadFactory == null) return new Thread(null, body, name, stackBytes);
        Thread t = threadFactory.newThread(body);
        t.setName(name);
        return t;
    }

    /**
     * Starts a worker agent: one place for both parents, a JavaScript agent ({@code new Worker}) and the Java host
     * ({@code WtjsRuntime.startWorker}). {@code parentSide} takes the parent's end of the worker's port before the
     * worker starts; {@code listener} hears of the worker's life. Fills in {@code c.threadId} and
     * {@code c.parentPort}. Throws a {@link JsError} with node's code {@code ERR_WORKER_INIT_FAILED} when the
     * worker's thread cannot be made.
     */
    public Agent startWorker(AgentConfig c, Consumer<PortEnd> parentSide, AgentListener listener) {
        return startWorker(c, parentSide, listener, false);
    }

    /**
     * {@link #startWorker(AgentConfig, Consumer, AgentListener)} for a Java host ({@code fromHost}): it never waits
     * for a spare that is still making its context (the spare takes the worker over once ready), and a runtime's
     * first spare is started only once a worker of the host is online, so that it does not compete with the first
     * worker's cold start for the CPU.
     */
    public Agent startWorker(AgentConfig c, Consumer<PortEnd> parentSide, AgentListener listener, boolean fromHost) {
        if (closed) throw new IllegalStateException("the wtjs runtime is closed");
        if (liveWorkers.incrementAndGet() > maxWorkers && maxWorkers > 0) {
            liveWorkers.decrementAndGet();
            throw new IllegalStateException("the wtjs runtime's limit of " + maxWorkers + " live workers is reached");
        }
        heapReturn.workerStarted();
        boolean started = false;
        try {
            c.threadId = nextThreadId();
            PortEnd[] pair = PortEnd.pair();
            parentSide.accept(pair[0]);
            c.parentPort = pair[1];
            if (fromHost) listener = spareWhenOnline(listener);
            Agent child = adoptSpare(c, listener, fromHost);
            if (child == null) {
                child = new Agent(this, c, listener);
                try {
                    child.start();
                } catch (OutOfMemoryError e) {
                    // the JVM could not make the thread (pthread_create failed: a huge stack, or thread limits)
                    agents.remove(c.threadId, child);
                    pair[0].close();
                    throw new JsError("Error", "EAGAIN", null, "ERR_WORKER_INIT_FAILED", Map.of());
                }
            }
            started = true;
            return child;
        } finally {
            if (!started) liveWorkers.decrementAndGet();
        }
    }

    /**
     * The waiting spare agent becomes the worker {@code c}, if it is ready (a host's worker: if it is alive at all)
     * and the worker needs nothing it cannot give (a bigger stack; for a script's worker, a thread from the host's
     * factory); a new spare is started for the next worker (for a host's worker: once that one is online). The first
     * worker of a runtime starts cold and starts the first spare. (Starting a spare with the main script made the
     * first worker 2-3x faster, but faster than node's too: scripts whose output depends on a worker's start
     * latency printed in another order, so it is not done.)
     */
    private synchronized Agent adoptSpare(AgentConfig c, AgentListener listener, boolean fromHost) {
        if (closed || c.resourceLimits[3] > Agent.DEFAULT_STACK_MB) return null;
        if (threadFactory != null && !fromHost) return null;
        Agent s = spare;
        Agent adopted = s != null && s.adopt(c, listener, !fromHost) ? s : null;
        spare = null;
        if (!fromHost) newSpare(); // (a host's worker asks for the next one once it is online)
        return adopted;
    }

    /** Starts a spare if there is none (callers hold the lock). */
    private void newSpare() {
        if (closed || spare != null) return;
        try {
            spare = Agent.spare(this, standby); // (a standby's spare is its run's main agent: it has idle work)
        } catch (OutOfMemoryError e) {
            spare = null; // no thread for a spare now: the next worker starts cold
        }
    }

    /** {@code l}, which also has a spare started (if none is waiting) once its worker is online. */
    private AgentListener spareWhenOnline(AgentListener l) {
        return new AgentListener() {
            @Override
            public void online(Agent agent) {
                synchronized (RuntimeCore.this) {
                    newSpare();
                }
                l.online(agent);
            }

            @Override
            public void error(Agent agent, Object payload) {
                l.error(agent, payload);
            }

            @Override
            public void exited(Agent agent, int code) {
                l.exited(agent, code);
            }
        };
    }

    private synchronized void dismissSpare() {
        Agent s = spare;
        spare = null;
        if (s != null) {
            s.dismiss();
            s.terminate(); // one still in its first stage is cancelled, not waited for
            s.join();
        }
    }

    public Agent agent(int threadId) {
        return agents.get(threadId);
    }

    public void registerPort(PortEnd p) {
        ports.put(p.id, p);
    }

    public PortEnd port(int id) {
        return ports.get(id);
    }

    public void forgetPort(PortEnd p) {
        ports.remove(p.id);
    }

    public boolean isClosed() {
        return closed;
    }

    /**
     * Writes to stdout (fd 1) or stderr (fd 2); whole writes never interleave. Returns 0, or the errno node
     * reports when the stream refuses the bytes: -32 (EPIPE) for a pipe whose reader has gone, else -5 (EIO).
     * (The JVM ignores SIGPIPE, so a closed pipe is an IOException here; a PrintStream would swallow it.)
     */
    public int write(int fd, String s) {
        return writeBytes(fd, utf8(s));
    }

    /** A JS string's UTF-8 bytes as node writes them: a lone surrogate is U+FFFD (Java's getBytes gives '?'). */
    static byte[] utf8(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                try {
                    java.nio.ByteBuffer b = StandardCharsets.UTF_8.newEncoder()
                            .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                            .replaceWith(new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD})
                            .encode(java.nio.CharBuffer.wrap(s));
                    return java.util.Arrays.copyOfRange(b.array(), b.arrayOffset() + b.position(), b.arrayOffset() + b.limit());
                } catch (java.nio.charset.CharacterCodingException e) {
                    throw new IllegalStateException(e); // (REPLACE never throws)
                }
            }
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** As {@link #write(int, String)}, bytes as they are. */
    public int writeBytes(int fd, byte[] bytes) {
        PrintStream ps = fd == 2 ? err : out;
        OutputStream raw = fd == 2 ? rawErr : rawOut;
        synchronized (ps) {
            try {
                ps.flush();
                raw.write(bytes);
                raw.flush();
                return 0;
            } catch (IOException e) {
                return String.valueOf(e.getMessage()).contains("Broken pipe") ? -32 : -5;
            }
        }
    }

    /** Terminates every agent and waits for their threads. */
    @Override
    public void close() {
        closed = true;
        dismissSpare();
        // Until none is left: a worker may have started one more while we were terminating the others.
        for (List<Agent> live = new ArrayList<>(agents.values()); !live.isEmpty();
             live = new ArrayList<>(agents.values())) {
            for (Agent a : live) a.terminate();
            for (Agent a : live) a.join();
            // an agent whose thread has ended is gone, registered or not (never spin on a stale entry)
            for (Agent a : live) if (!a.isAlive()) agents.remove(a.threadId(), a);
        }
        limits.close();
        heapReturn.close();
        if (ownsEngine) engine.close(true);
    }
}
