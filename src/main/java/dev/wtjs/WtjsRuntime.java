package dev.wtjs;

import dev.wtjs.internal.agent.Agent;
import dev.wtjs.internal.agent.AgentConfig;
import dev.wtjs.internal.agent.InterpreterWarning;
import dev.wtjs.internal.agent.RuntimeCore;
import dev.wtjs.internal.host.HostEvents;
import dev.wtjs.internal.messaging.JavaCodec;
import dev.wtjs.internal.messaging.Message;

import org.graalvm.polyglot.Engine;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * A wtjs runtime: one shared GraalJS engine, the policy, and every agent (main script and workers) started from it.
 * Closing it terminates every worker and returns once every thread it started has ended. Thread-safe.
 *
 * <pre>{@code
 * try (WtjsRuntime rt = WtjsRuntime.builder().fileAccess(FileAccess.readOnly(Path.of("plugins"))).build()) {
 *     int code = rt.runMain(Path.of("plugins/app.js"));
 *     JsWorker w = rt.startWorker(WorkerSpec.file(Path.of("plugins/echo.js")));
 *     w.onMessage(System.out::println);
 *     w.postMessage(Map.of("hello", "world"));
 * }
 * }</pre>
 * The defaults suit untrusted plugins: guest code reads no file but the entry files Java named
 * ({@link FileAccess#none()}), sees an empty {@code process.env} and no host identity (user, host name), reaches
 * no Java class, and {@code process.exit} ends only its own script or worker. Each grant is a builder method:
 * {@link Builder#fileAccess}, {@link Builder#hostEnvironment()}, {@link Builder#hostIdentity()},
 * {@link Builder#allowHostClassLookup}, {@link Builder#allowChildProcesses()},
 * {@link Builder#allowNetwork()}. The CLI grants them all.
 */
public final class WtjsRuntime implements AutoCloseable {
    private final RuntimeCore core;
    private volatile List<String> execArgv;
    /** Non-null for a standby runtime ({@link #standby}): its output streams, bound to its run's. */
    private final dev.wtjs.internal.agent.LateOutput[] lateOutput;
    private final BiConsumer<JsWorker, Throwable> listenerErrors;
    private HostEvents events;

    private WtjsRuntime(Builder b) {
        this.execArgv = List.copyOf(b.execArgv);
        this.lateOutput = b.out instanceof dev.wtjs.internal.agent.LateOutput o
                && b.err instanceof dev.wtjs.internal.agent.LateOutput e ? new dev.wtjs.internal.agent.LateOutput[] {o, e}
                : null;
        this.core = new RuntimeCore(b.postAfterExit, b.out, b.err, b.env, b.cwd, b.fileAccess, b.engine,
                b.hostClassFilter, b.maxWorkers, b.threadFactory, b.hostIdentity);
        this.core.childProcesses = b.childProcesses;
        core.processView(b.stdin, b.fdKinds, b.columns, b.pid, b.ppid);
        this.core.network = b.network;
        this.core.returnHeapWhenIdle = b.returnHeapWhenIdle;
        if (b.interpreterWarning) InterpreterWarning.warnOnce(core.engine, core.err);
        BiConsumer<JsWorker, Throwable> handler = b.listenerErrors;
        this.listenerErrors = handler == null ? this::printListenerError : (w, t) -> {
            try {
                handler.accept(w, t);
            } catch (Throwable again) {
                // the handler failed too: print both, and go on all the same
                t.addSuppressed(again);
                printListenerError(w, t);
            }
        };
    }

    /** The default listener-error handler: one line naming the worker, then the stack, on the runtime's stderr. */
    private void printListenerError(JsWorker w, Throwable t) {
        java.io.PrintStream err = core.err;
        synchronized (err) {
            err.println("wtjs: a Java listener of " + w + " threw (delivery goes on):");
            t.printStackTrace(err);
            err.flush();
        }
    }

    /**
     * The daemon's (internal): a runtime made with {@code b}'s grants and engine before its run is known, whose spare
     * agent makes its context and does the run-independent half of the bootstrap now; {@link #bind} then gives it
     * its run, whose main agent the spare becomes. Nothing of the run is readable before that (it throws), and the
     * spare runs no guest code, so nothing of one run reaches another through it.
     */
    public static WtjsRuntime standby(Builder b) {
        b.stdout(new dev.wtjs.internal.agent.LateOutput()).stderr(new dev.wtjs.internal.agent.LateOutput());
        WtjsRuntime rt = b.build();
        rt.core.standBy();
        return rt;
    }

    /** Gives a {@link #standby} runtime its run: the process view, streams and policy of {@code run}. */
    public void bind(Builder run) {
        if (lateOutput == null) throw new IllegalStateException("not a standby runtime");
        execArgv = List.copyOf(run.execArgv);
        lateOutput[0].bind(run.out);
        lateOutput[1].bind(run.err);
        core.processView(run.stdin, run.fdKinds, run.columns, run.pid, run.ppid);
        core.bind(run.postAfterExit, run.env, run.cwd == null ? Path.of("").toAbsolutePath().toString() : run.cwd);
    }

    /** A builder with the defaults (see its setters). */
    public static Builder builder() {
        return new Builder();
    }

    /** An engine that several runtimes can share ({@link Builder#engine}); close it after them. */
    public static Engine newSharedEngine() {
        return RuntimeCore.newEngine();
    }

    /**
     * Runs {@code script} as {@code node script args...} would and returns the process exit code. Throws
     * {@link IllegalStateException} once the runtime is closed (as {@link #eval} and the others do).
     */
    public int runMain(Path script, String... args) {
        Path abs = script.isAbsolute() ? script : Path.of(core.cwd).resolve(script);
        return runAgent(abs.normalize().toString(), false, List.of(args));
    }

    /** Runs {@code code} as {@code node -e code args...} would and returns the process exit code. */
    public int eval(String code, String... args) {
        return runAgent(code, true, List.of(args), c -> { });
    }

    /** Runs {@code code} as {@code node -p code args...} would (its value printed at exit); returns the exit code. */
    public int print(String code, String... args) {
        return runAgent(code, true, List.of(args), c -> c.printResult = true);
    }

    /** Runs {@code code} read from standard input, as {@code node - args...} would; returns the exit code. */
    public int evalStdin(String code, String... args) {
        return runAgent(code, true, List.of(args), c -> c.evalName = "[stdin]");
    }

    private int runAgent(String script, boolean isEval, List<String> args) {
        return runAgent(script, isEval, args, c -> { });
    }

    private int runAgent(String script, boolean isEval, List<String> args,
                         java.util.function.Consumer<AgentConfig> more) {
        if (core.isClosed()) throw new IllegalStateException("the wtjs runtime is closed");
        AgentConfig c = new AgentConfig();
        c.threadId = RuntimeCore.MAIN_THREAD_ID;
        c.script = script;
        c.isEval = isEval;
        c.execArgv = execArgv;
        more.accept(c);
        c.hostChosenScript = !isEval;
        List<String> argv = new ArrayList<>();
        argv.add(RuntimeCore.execPath());
        if (!isEval) argv.add(script);
        argv.addAll(args);
        c.argv = argv;
        c.cwd = core.cwd;
        Agent main = lateOutput != null ? core.adoptMainSpare(c) : null;
        if (main == null) {
            main = new Agent(core, c, null);
            main.start();
        }
        main.join();
        return main.exitCode();
    }

    /**
     * Starts a worker, as {@code new Worker(...)} would in a script: the worker's {@code parentPort} is connected to
     * the returned handle. Throws {@link IllegalArgumentException} when {@code workerData} cannot be sent, and
     * {@link IllegalStateException} when the runtime is closed or its {@link Builder#maxWorkers} limit is reached,
     * and a {@link JsError} with node's code {@code ERR_WORKER_INIT_FAILED} when the JVM cannot make the worker's
     * thread (a stack too big for the machine, or the process's thread limit). It never blocks: it returns at once,
     * and the worker makes its GraalJS context and runs its script on a thread of its own (seconds for the JVM's
     * first worker); messages and requests posted meanwhile wait for it, and {@link JsWorker#isOnline()} says when
     * its script has started.
     */
    public JsWorker startWorker(WorkerSpec spec) {
        Objects.requireNonNull(spec, "spec");
        AgentConfig c = new AgentConfig();
        if (spec.file != null) {
            Path abs = spec.file.isAbsolute() ? spec.file : Path.of(core.cwd).resolve(spec.file);
            c.script = abs.normalize().toString();
            c.isEval = false;
            c.hostChosenScript = true;
        } else {
            c.script = spec.source;
            c.isEval = true;
        }
        c.name = spec.name;
        List<String> argv = new ArrayList<>();
        argv.add(RuntimeCore.execPath());
        argv.add(c.isEval ? "[worker eval]" : c.script);
        c.evalName = "[worker eval]";
        argv.addAll(spec.argv);
        c.argv = argv;
        c.env = new java.util.HashMap<>(spec.env != null ? spec.env : core.env());
        JavaCodec.Encoded data = JavaCodec.encode(spec.workerData, List.of());
        c.workerData = spec.workerData == null ? null : new Message(data.bytes(), data.attachments());
        c.resourceLimits = spec.resourceLimits.clone();
        c.cpuTimeLimitNanos = spec.cpuTimeLimitNanos;
        c.cwd = core.cwd;
        JsWorker w = new JsWorker(events(), core.postAfterExit(), spec.name, listenerErrors);
        Agent agent = core.startWorker(c, w::attach, w.listener(), true);
        w.started(agent);
        return w;
    }

    /**
     * A pool of {@code size} workers of one plugin, spreading {@link JsWorkerPool#request requests} over them and
     * replacing a worker that exits. Closing the runtime closes the pool.
     */
    public JsWorkerPool newPool(WorkerSpec spec, int size) {
        return new JsWorkerPool(this, spec, size);
    }

    synchronized HostEvents events() {
        if (core.isClosed()) throw new IllegalStateException("the wtjs runtime is closed");
        if (events == null) events = new HostEvents(core.err);
        return events;
    }

    /**
     * Whether GraalJS compiles hot code with its optimizing compiler here, or only interprets it (correct, but many
     * times slower). It compiles on a JDK 25 or newer started with JVMCI on and GraalVM's compiler on the upgrade
     * module path (docs/java-api.md, "The optimizing compiler"); when it does not, the first runtime of the JVM says
     * so in one line on its stderr, with the options to add where the JDK could compile ({@link
     * Builder#interpreterWarning}).
     */
    public boolean isOptimizing() {
        return InterpreterWarning.isOptimizing(core.engine);
    }

    /**
     * Terminates every worker and script, delivers their exits to the Java listeners, and returns when every thread
     * the runtime started has ended. Idempotent. Called from a listener (the events thread), it returns without
     * waiting for that thread.
     */
    @Override
    public void close() {
        core.close();
        HostEvents e;
        synchronized (this) {
            e = events;
        }
        if (e != null) e.close();
    }

    /** True once {@link #close()} was called. */
    public boolean isClosed() {
        return core.isClosed();
    }

    /** Settings of a {@link WtjsRuntime}. */
    public static final class Builder {
        private PostAfterExit postAfterExit = PostAfterExit.THROW;
        private OutputStream out = System.out;
        private OutputStream err = System.err;
        private Map<String, String> env = Map.of();
        private boolean hostIdentity;
        private boolean childProcesses;
        private boolean network;
        private BiConsumer<JsWorker, Throwable> listenerErrors;
        private String cwd;
        private Engine engine;
        private FileAccess fileAccess = FileAccess.none();
        private Predicate<String> hostClassFilter;
        private int maxWorkers;
        private ThreadFactory threadFactory;
        private List<String> execArgv = List.of();
        private java.io.InputStream stdin;
        private String[] fdKinds;
        private int columns;
        private long pid;
        private long ppid;
        private boolean interpreterWarning = true;
        private boolean returnHeapWhenIdle;

        /** What scripts read as {@code process.stdin} (default: this process's standard input). */
        public Builder stdin(java.io.InputStream in) {
            this.stdin = Objects.requireNonNull(in, "in");
            return this;
        }

        /**
         * What descriptors 0, 1 and 2 are as scripts see them ({@code isTTY}, how stdin is read): each "tty",
         * "pipe" or "file" (default: what this process's are). For a host that stands for another process.
         */
        public Builder stdioKinds(String stdin, String stdout, String stderr) {
            for (String k : new String[] {stdin, stdout, stderr}) {
                if (!List.of("tty", "pipe", "file").contains(k)) throw new IllegalArgumentException("kind: " + k);
            }
            this.fdKinds = new String[] {stdin, stdout, stderr};
            return this;
        }

        /** The terminal's column count scripts see on a TTY stream (default: COLUMNS, else 80). */
        public Builder columns(int columns) {
            this.columns = Math.max(0, columns);
            return this;
        }

        /** What scripts see as {@code process.pid} and {@code process.ppid} (default: this process's). */
        public Builder processIds(long pid, long ppid) {
            this.pid = pid;
            this.ppid = ppid;
            return this;
        }

        private Builder() {
        }

        /** What scripts see as {@code process.execArgv} (node's options before the script; default none). */
        public Builder execArgv(List<String> options) {
            this.execArgv = List.copyOf(options);
            return this;
        }

        /**
         * Which files guest code may read: {@link FileAccess#none()} (default; only the entry files Java named),
         * {@link FileAccess#readOnly} some folders, or {@link FileAccess#full()} (what the CLI grants).
         */
        public Builder fileAccess(FileAccess access) {
            this.fileAccess = java.util.Objects.requireNonNull(access);
            return this;
        }

        /**
         * Lets guest code look up the Java classes whose names pass {@code classNames} ({@code Java.type(name)}) and
         * use their public members. By default (null) guest code reaches no Java class at all; polyglot access to
         * other languages stays off either way. GraalJS needs one host-access configuration per engine, so such a
         * runtime cannot run on a shared {@link #engine}.
         */
        public Builder allowHostClassLookup(Predicate<String> classNames) {
            this.hostClassFilter = classNames;
            return this;
        }

        /** The most workers alive at once, counting those scripts start (default 0: no limit). */
        public Builder maxWorkers(int max) {
            if (max < 0) throw new IllegalArgumentException("maxWorkers < 0");
            this.maxWorkers = max;
            return this;
        }

        /**
         * Makes the agent threads (main script, workers). The runtime names them ({@code wtjs-main},
         * {@code wtjs-worker-<threadId>}) and makes worker threads daemons; a factory's threads get its own stack
         * size, so {@link WorkerSpec#stackSizeMb} no longer applies. Default: plain platform threads.
         */
        public Builder threadFactory(ThreadFactory factory) {
            this.threadFactory = factory;
            return this;
        }

        /**
         * Runs on an engine shared with other runtimes (parsed code and compiled code are shared), instead of one of
         * its own. The caller keeps ownership: closing the runtime does not close it. Make it with
         * {@link #newSharedEngine()}.
         */
        public Builder engine(Engine engine) {
            this.engine = engine;
            return this;
        }

        /** What posting to an exited worker does: {@link PostAfterExit#THROW} (default) or {@code IGNORE}. */
        public Builder postAfterExit(PostAfterExit mode) {
            this.postAfterExit = mode;
            return this;
        }

        /** Where scripts' standard output goes (default: this process's). */
        public Builder stdout(OutputStream out) {
            this.out = out;
            return this;
        }

        /** Where scripts' standard error goes (default: this process's). */
        public Builder stderr(OutputStream err) {
            this.err = err;
            return this;
        }

        /**
         * The environment scripts see as {@code process.env} (default: empty; {@link #hostEnvironment()} gives them
         * this process's).
         */
        public Builder env(Map<String, String> env) {
            this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
            return this;
        }

        /** Grant: scripts see this process's environment ({@code PATH}, {@code HOME}, ...) as {@code process.env}. */
        public Builder hostEnvironment() {
            this.env = System.getenv();
            return this;
        }

        /**
         * Grant: scripts see who and where they run: {@code os.userInfo()}, {@code os.hostname()}, and
         * {@code os.homedir()} from the user's passwd entry. Without it {@code os.userInfo()} throws a
         * {@code SystemError} with code {@code ERR_SYSTEM_ERROR} (as node does when the user has no passwd entry),
         * {@code os.hostname()} answers {@code "localhost"} and {@code os.homedir()} answers {@code process.env.HOME}
         * or {@code "/"}.
         */
        public Builder hostIdentity() {
            this.hostIdentity = true;
            return this;
        }

        /**
         * Grant: scripts may start processes with {@code child_process} (as this JVM's user, with the environment
         * they pass). Without it every call of {@code child_process} throws {@code ERR_ACCESS_DENIED}.
         */
        public Builder allowChildProcesses() {
            this.childProcesses = true;
            return this;
        }

        /**
         * Grant: scripts may open TCP sockets ({@code net}, {@code http}, {@code fetch}): listen on and connect to
         * any address. Without it those calls fail with {@code ERR_ACCESS_DENIED} (a server's or socket's
         * {@code 'error'} event, a rejected {@code fetch}).
         */
        public Builder allowNetwork() {
            this.network = true;
            return this;
        }

        /**
         * What to do when a Java listener ({@link JsWorker#onMessage}, {@code onError}, {@code onExit}) throws:
         * the handler gets the worker and the throwable, on the events thread. Default: print a one-line
         * {@code wtjs: a Java listener of JsWorker[...] threw} and the stack to the runtime's {@link #stderr}. Either
         * way the worker's later messages, replies and exit are delivered as usual. A handler that throws gets the
         * default treatment (both are printed).
         */
        public Builder listenerErrors(BiConsumer<JsWorker, Throwable> handler) {
            this.listenerErrors = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * Whether this runtime may print the JVM's one line saying that GraalJS only interprets here (default true;
         * see {@link WtjsRuntime#isOptimizing()}). {@code -Dwtjs.interpreterWarning=false},
         * {@code -Dpolyglot.engine.WarnInterpreterOnly=false} or {@code WTJS_QUIET_INTERPRETER} in the environment
         * turn it off for every runtime.
         */
        public Builder interpreterWarning(boolean warn) {
            this.interpreterWarning = warn;
            return this;
        }

        /**
         * Whether the runtime gives the heap back once its workers are gone (default false; {@code bin/wtjs}: true):
         * when no worker has been alive for a second after some ran, and the JVM's heap has at least 64 MB committed
         * and twice what its last collection left in use, the runtime asks the JVM for one full collection
         * ({@code System.gc()}), after which the collector shrinks the heap to its free-ratio bounds (G1:
         * {@code -XX:MaxHeapFreeRatio}). At most one such collection per 10 s, none while a worker is alive. A
         * collector that grows its heap to the workers' allocation rate keeps it otherwise (G1 shrinks it only after a
         * concurrent cycle, which the JIT's young collections can put off for tens of seconds). The collection stops
         * every thread of the JVM for its length (0.1-0.5 s after 1,000 workers on 2 cores); off by default, as the
         * heap is the embedding application's too.
         */
        public Builder returnHeapWhenIdle(boolean on) {
            this.returnHeapWhenIdle = on;
            return this;
        }

        /** The working directory scripts see (default: this process's). */
        public Builder cwd(Path cwd) {
            this.cwd = cwd.toAbsolutePath().normalize().toString();
            return this;
        }

        /** A new runtime with these settings. */
        public WtjsRuntime build() {
            if (hostClassFilter != null && engine != null) {
                throw new IllegalStateException("allowHostClassLookup needs an engine of its own, not a shared one");
            }
            return new WtjsRuntime(this);
        }
    }
}
