package dev.wtjs.internal.agent;

import dev.wtjs.internal.binding.HostBinding;
import dev.wtjs.internal.loop.EventLoop;
import dev.wtjs.internal.messaging.Message;
import dev.wtjs.internal.messaging.PortEnd;
import dev.wtjs.internal.modules.BuiltinSources;
import dev.wtjs.internal.modules.ModuleFileSystem;
import dev.wtjs.internal.modules.PackageScope;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One JavaScript realm: a GraalJS {@link Context}, the platform thread that owns it and the {@link EventLoop} that
 * runs there. Nothing but this agent's thread enters its context; others reach it through {@link #post}.
 */
public final class Agent implements PortEnd.Owner {
    static final HostAccess HOST_ACCESS = HostAccess.newBuilder()
            .allowAccessAnnotatedBy(HostAccess.Export.class)
            .allowArrayAccess(true)
            .allowListAccess(true)
            .allowMapAccess(true)
            .allowBufferAccess(true)
            .build();

    public static final boolean TRACE = System.getenv("WTJS_TRACE_START") != null;
    static {
        if (TRACE) ThreadCpuReport.atExit(System.err);
    }
    public static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    /** node's default resourceLimits.stackSizeMb. */
    static final long DEFAULT_STACK_MB = 4;

    public final RuntimeCore runtime;
    /** Set at construction, or (for a spare agent) by {@link #adopt} before its thread reads it. */
    public AgentConfig config;
    public final EventLoop loop = new EventLoop();
    private AgentListener listener;
    /** Non-null for a spare agent: where its worker's options arrive (or {@link #DISMISSED}). */
    private BlockingQueue<Object> adoption;
    private boolean waitingForAdoption;
    private boolean spareGone;
    private boolean adopted;
    private static final Object DISMISSED = new Object();
    /** A standby main agent (the daemon's next run): when no run has come {@link #IDLE_WORK_MS} after its first
     *  stage, it does that stage's idle work ({@code finish.whenIdle}) while it waits. Set before its thread starts. */
    private boolean idleWork;
    static final long IDLE_WORK_MS = 200;
    private static final java.util.concurrent.atomic.AtomicLong IDLE_WORK_DONE = new java.util.concurrent.atomic.AtomicLong();

    /** How many standby agents of this JVM have done their idle work (a test's measure). */
    public static long idleWorkDone() {
        return IDLE_WORK_DONE.get();
    }
    private final Map<Integer, PortEnd> ports = new HashMap<>();
    /** The workers this agent started and that have not exited: they end before it does. */
    private final Set<Agent> children = ConcurrentHashMap.newKeySet();
    private Thread thread;
    private Context context;
    private final HostBinding binding = new HostBinding(this);
    private final ModuleFileSystem moduleFiles = new ModuleFileSystem(binding::readable, esmGenerator());
    private Value hooks;
    private Value processTicks;
    private Value deliver;
    /** The hook every host callback runs through ({@link #callback}): looked up once, called per fs answer. */
    private Value invoke;
    private boolean tickPending;
    private boolean rejectionsPending;
    private Value processRejections;
    /** Ports this agent has owned: each one's place in its loop's handle queue (loop thread). */
    private long handlesMade;
    private volatile boolean terminating;
    private volatile boolean running;
    private volatile Thread terminator;
    private int exitCode;
    private volatile boolean online;
    /** When a spare was handed its worker (for WTJS_TRACE_START). */
    private volatile long adoptedAt;
    private long mainDone;
    private ResourceWatch.Watched watched;
    /** Set when a resource limit ended this agent: node's error code for it, and the error's message. */
    private volatile String limitCode;
    private volatile String limitMessage;
    /** node's code for a worker that ran out of memory, and wtjs's for one past its CPU time limit. */
    public static final String OOM_CODE = "ERR_WORKER_OUT_OF_MEMORY";
    public static final String CPU_LIMIT_CODE = "ERR_WTJS_CPU_TIME_LIMIT";
    static final String OOM_MESSAGE = "Worker terminated due to reaching memory limit: JS heap out of memory";

    public Agent(RuntimeCore runtime, AgentConfig config, AgentListener listener) {
        this.runtime = runtime;
        this.config = config;
        this.listener = listener;
    }

    /**
     * A spare worker agent: it makes its context and runs the half of the bootstrap that does not depend on the
     * worker's options now, then waits on its own thread until {@link #adopt} hands it a worker to become. This
     * takes most of a worker's start off the path of {@code new Worker}.
     */
    static Agent spare(RuntimeCore runtime, boolean idleWork) {
        AgentConfig placeholder = new AgentConfig();
        placeholder.threadId = -1;
        Agent a = new Agent(runtime, placeholder, null);
        a.adoption = new ArrayBlockingQueue<>(1);
        a.idleWork = idleWork;
        a.thread = runtime.newThread(a::run, "wtjs-spare", DEFAULT_STACK_MB * 4L << 20);
        a.thread.setDaemon(true);
        a.thread.start();
        return a;
    }

    /**
     * Makes this spare the worker {@code c}; false when it failed or was dismissed. With {@code wait}, waits for the
     * spare to finish its first half if needed (that is never slower than starting a new agent); without, a spare
     * still in its first half takes {@code c} on its own thread once done, and this returns at once.
     */
    synchronized boolean adopt(AgentConfig c, AgentListener l, boolean wait) {
        while (wait && !waitingForAdoption && !spareGone) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        if (spareGone || adopted || (wait && !waitingForAdoption)) return false;
        adopted = true;
        waitingForAdoption = false;
        adoptedAt = System.nanoTime();
        config = c;
        if (c.threadId == RuntimeCore.MAIN_THREAD_ID) thread.setName("wtjs-main"); // a standby's spare
        listener = l;
        runtime.register(this); // before its thread can run (and unregister) as the worker
        adoption.add(c);
        return true;
    }

    /** Ends a spare that was never adopted. */
    synchronized void dismiss() {
        waitingForAdoption = false;
        spareGone = true;
        adoption.offer(DISMISSED);
        notifyAll();
    }

    public int threadId() {
        return config.threadId;
    }

    public boolean isMain() {
        return config.threadId == 0;
    }

    public int exitCode() {
        return exitCode;
    }

    /** Starts the agent's thread; its stack is sized from resourceLimits.stackSizeMb. */
    public void start() {
        runtime.register(this);
        String name = isMain() ? "wtjs-main" : "wtjs-worker-" + threadId();
        // A GraalJS frame takes several times a V8 frame's stack; scale node's figure so the same recursion fits.
        long stackMb = Math.max(DEFAULT_STACK_MB, (long) config.resourceLimits[3]);
        thread = runtime.newThread(this::run, name, stackMb * 4L << 20);
        thread.setDaemon(!isMain());
        thread.start();
    }

    Thread thread() {
        return thread;
    }

    /** Whether the agent's thread is still running. */
    public boolean isAlive() {
        Thread t = thread;
        return t != null && t.isAlive();
    }

    public void join() {
        join(thread);
        join(terminator);
    }

    private static void join(Thread t) {
        if (t == null || t == Thread.currentThread()) return;
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Queues a task for this agent's loop (any thread). */
    public void post(Runnable task) {
        loop.post(task);
    }

    /** Queues a task for this agent's close phase, after the turn's immediates (any thread). */
    public void postClose(Runnable task) {
        loop.postClose(task);
    }

    /** Ends this agent as soon as possible, even inside an endless loop (any thread). */
    public void terminate() {
        if (terminating) return;
        terminating = true;
        loop.stop();
        Context c = context;
        if (c != null && running) {
            // close(true) waits for the agent's thread to leave the context; do it off the caller's loop.
            Thread t = new Thread(() -> {
                try {
                    c.close(true);
                } catch (RuntimeException ignored) {
                    // already closed by its own thread
                }
            }, "wtjs-terminate-" + threadId());
            t.setDaemon(true);
            terminator = t;
            t.start();
            Thread own = thread;
            if (own != null) own.interrupt(); // wakes an Atomics.wait
        }
    }

    /**
     * Interrupts what runs in this agent's context, leaving the context usable (vm's timeout; any thread but the
     * agent's own). Waits at most {@code wait} for the agent's thread to leave the context.
     */
    public void interruptContext(java.time.Duration wait) throws java.util.concurrent.TimeoutException {
        Context c = context;
        if (c != null && running && !terminating) c.interrupt(wait);
    }

    public boolean isTerminating() {
        return terminating;
    }

    /** A resource limit was reached (any thread): the agent ends as terminated, then reports {@code code}. */
    public void limitReached(String code, String message) {
        if (limitCode != null || !running) return;
        limitMessage = message;
        limitCode = code;
        terminate();
    }

    /** Made ahead of a worker that does not exist yet (see {@link #adoption}). */
    public boolean isSpare() {
        return adoption != null;
    }

    public boolean isLimitReached() {
        return limitCode != null;
    }

    /** The code of the limit that ended this agent ({@link #OOM_CODE}, ...), or null. */
    public String limitCode() {
        return limitCode;
    }

    public String limitMessage() {
        return limitMessage;
    }

    /**
     * The JVM's heap ran out on this agent's thread: a worker ends as one past its own limit (node's error and exit
     * code 1); the main script ends as node's main thread does, with a fatal message and code 134.
     */
    private void heapExhausted() {
        if (limitCode == null) {
            limitMessage = OOM_MESSAGE;
            limitCode = OOM_CODE;
        }
        exitCode = isMain() ? 134 : 1; // (the main script's message is written once its context is gone)
    }

    private void run() {
        running = true;
        try {
            long t0 = System.nanoTime();
            long cpu0 = TRACE ? THREADS.getCurrentThreadCpuTime() : 0;
            context = newContext();
            long tc = System.nanoTime();
            long cpuC = TRACE ? THREADS.getCurrentThreadCpuTime() : 0;
            if (terminating) throw new TerminatedException();
            Value finish = bootstrapStageOne();
            long ts = System.nanoTime();
            long cpuS = TRACE ? THREADS.getCurrentThreadCpuTime() : 0;
            if (adoption != null && !awaitAdoption(finish)) return;
            // A worker made from a ready spare starts in microseconds: a terminate() right after `new Worker`
            // must still find it not yet online (exit code 0, no message), as in node.
            if (terminating) throw new TerminatedException();
            long t1 = System.nanoTime();
            watched = watchLimits();
            bootstrapStageTwo(finish);
            long t2 = System.nanoTime();
            long cpu2 = TRACE ? THREADS.getCurrentThreadCpuTime() : 0;
            if (terminating) throw new TerminatedException();
            if (listener != null) listener.online(this);
            online = true;
            call(hooks.getMember("runMain"));
            long t3 = System.nanoTime();
            mainDone = t3;
            if (TRACE) {
                System.err.printf("agent %d: this thread's CPU: context %.1f ms, stage one %.1f ms, stage two %.1f ms, "
                        + "main %.1f ms%n", threadId(), (cpuC - cpu0) / 1e6, (cpuS - cpuC) / 1e6, (cpu2 - cpuS) / 1e6,
                        (THREADS.getCurrentThreadCpuTime() - cpu2) / 1e6);
                String adopted = adoptedAt == 0 ? ""
                        : String.format("adopted->running %.1f ms, ", (t1 - adoptedAt) / 1e6);
                System.err.printf("agent %d: context %.1f ms, stage one %.1f ms, %sstage two %.1f ms, main %.1f ms%n",
                        threadId(), (tc - t0) / 1e6, (ts - tc) / 1e6, adopted, (t2 - t1) / 1e6, (t3 - t2) / 1e6);
            }
            // looked up once: the loop calls these for every timer and immediate
            Value runTimers = hooks.getMember("runTimers");
            Value runImmediates = hooks.getMember("runImmediates");
            loop.run(new EventLoop.Phases() {
                @Override
                public void runTimers(double now) {
                    call(runTimers, now);
                }

                @Override
                public boolean runImmediates() {
                    Value more = call(runImmediates);
                    return more != null && more.asBoolean();
                }

                @Override
                public void beforeExit() {
                    call(hooks.getMember("beforeExit"));
                }
            });
            if (terminating) throw new TerminatedException();
            Value code = call(hooks.getMember("emitExit"));
            exitCode = code == null ? 1 : code.asInt();
        } catch (PolyglotException e) {
            if (limitCode != null && !isMain()) {
                exitCode = 1;
            } else if (e.isExit()) {
                exitCode = e.getExitStatus();
            } else if (e.isResourceExhausted() && !e.isCancelled()) {
                heapExhausted();
            } else if (e.isCancelled() || terminating) {
                exitCode = terminatedCode();
            } else {
                internalError(e);
            }
        } catch (TerminatedException | IllegalStateException e) {
            if (!terminating) internalError(e);
            else exitCode = limitCode != null ? 1 : terminatedCode();
        } catch (OutOfMemoryError e) {
            heapExhausted();
        } catch (RuntimeException | Error e) {
            // terminate() cancels the context: whatever that throws where no PolyglotException wraps it (Truffle's
            // CancelExecution out of host code called by JavaScript) is the termination, not a wtjs error
            if (terminating) exitCode = limitCode != null ? 1 : terminatedCode();
            else internalError(e);
        } catch (InterruptedException e) {
            exitCode = 1;
        } finally {
            if (adoption != null) {
                synchronized (this) {
                    spareGone = true;
                    notifyAll();
                }
            }
            running = false;
            runtime.limits.unwatch(watched);
            endChildren();
            long c0 = System.nanoTime();
            closeContext();
            if (isMain() && exitCode == 134 && OOM_CODE.equals(limitCode)) {
                runtime.write(2, "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n");
            }
            binding.closeFiles();
            if (TRACE && mainDone != 0) { // (a spare that never ran a script has nothing to say)
                System.err.printf("agent %d: loop ended %.1f ms after main, context closed in %.1f ms%n", threadId(),
                        (c0 - mainDone) / 1e6, (System.nanoTime() - c0) / 1e6);
            }
            for (PortEnd p : ports.values()) {
                p.close();
                runtime.forgetPort(p);
            }
            runtime.unregister(this);
            if (listener != null) listener.exited(this, exitCode);
        }
    }

    // ---- the workers this agent started ----

    /** A worker this agent started (its own thread): it is ended, if still alive, when this agent ends. */
    public void adoptChild(Agent child) {
        children.add(child);
    }

    /** A child's exit was reported to this agent (its own thread). */
    public void childGone(Agent child) {
        children.remove(child);
    }

    /**
     * Ends every worker this agent started, and so theirs in turn, and waits for their threads: a worker never
     * outlives the one that started it (whether that one was terminated, called process.exit, failed or returned).
     */
    private void endChildren() {
        if (children.isEmpty()) return;
        List<Agent> live = new ArrayList<>(children);
        children.clear();
        for (Agent child : live) child.terminate();
        boolean interrupted = Thread.interrupted(); // a terminate() of this agent interrupts its thread
        for (Agent child : live) {
            interrupted |= joinFully(child.thread);
            interrupted |= joinFully(child.terminator);
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** Waits for {@code t} to end, interrupts or not; true if this thread was interrupted meanwhile. */
    private static boolean joinFully(Thread t) {
        boolean interrupted = false;
        while (t != null && t != Thread.currentThread() && t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        return interrupted;
    }

    /** node: a worker terminated before it came online exits with 0, a running one with 1. */
    private int terminatedCode() {
        return online ? 1 : 0;
    }

    /** Puts this worker under the runtime's watch (its heap and CPU time limits, the heap as a whole). */
    private ResourceWatch.Watched watchLimits() {
        double[] r = config.resourceLimits;
        long heap = (long) (Math.max(0, r[1]) * (1 << 20)); // (the nursery is the JVM's: young sizes are not counted)
        long cpu = config.cpuTimeLimitNanos;
        // (a worker without limits is watched too: under pressure on the whole heap it may be the one ended)
        return isMain() ? null : runtime.limits.watch(this, heap, cpu);
    }

    private void internalError(Throwable e) {
        exitCode = 7;
        runtime.write(2, "wtjs: internal error in " + Thread.currentThread().getName() + ": " + e + "\n");
        if (System.getenv("WTJS_DEBUG") != null) e.printStackTrace(runtime.err);
    }

    private Context newContext() {
        return Context.newBuilder("js")
                .engine(runtime.engine)
                .allowExperimentalOptions(true)
                .allowHostAccess(runtime.hostAccess)
                .allowHostClassLookup(runtime.hostClassFilter != null ? runtime.hostClassFilter : name -> false)
                .allowPolyglotAccess(PolyglotAccess.NONE)
                .allowIO(IOAccess.newBuilder().fileSystem(moduleFiles)
                        .build())
                .allowCreateThread(false)
                .option("js.shell", "true")
                .option("js.print", "false")
                .option("js.load", "false")
                .option("js.console", "false")
                .option("js.polyglot-builtin", "false")
                .option("js.java-package-globals", "false")
                .option("js.performance", "false")
                .option("js.unhandled-rejections", "handler")
                .option("js.esm-eval-returns-exports", "true")
                .option("js.stack-trace-api", "true") // Error.captureStackTrace / prepareStackTrace, as in V8
                .option("js.mle-mode", "true") // for MLE.registerESMLookup: import resolution as node does it
                .option("js.async-context", "true") // AsyncContext carries AsyncLocalStorage across await
                .option("js.v8-realm-builtin", "true") // Realm.create(): a new global for each vm context
                .build();
    }

    /** The agent-independent half of the bootstrap; returns the function that does the rest. */
    private Value bootstrapStageOne() {
        context.enter();
        Value createLoader = context.eval(BuiltinSources.expression("internal/bootstrap/loader"));
        Value bootstrap = context.eval(BuiltinSources.expression("internal/bootstrap/node"));
        Value globals = context.getBindings("js");
        return bootstrap.execute(createLoader, binding, globals.getMember("quit"), globals.getMember("Graal"));
    }

    /** A spare waits here for its worker; false when dismissed instead. */
    private boolean awaitAdoption(Value finish) throws InterruptedException {
        synchronized (this) {
            if (spareGone) return false;
            waitingForAdoption = !adopted; // (adopted already when a host took it during its first half)
            notifyAll();
        }
        Object next = idleWork ? adoption.poll(IDLE_WORK_MS, java.util.concurrent.TimeUnit.MILLISECONDS) : adoption.take();
        if (next == null) {
            try {
                finish.getMember("whenIdle").executeVoid();
                IDLE_WORK_DONE.incrementAndGet();
            } catch (PolyglotException e) {
                // (what failed here fails again, and is reported, when the run needs it)
            }
            next = adoption.take();
        }
        if (next == DISMISSED) return false;
        Thread.currentThread().setName("wtjs-worker-" + config.threadId);
        return true;
    }

    private void bootstrapStageTwo(Value finish) {
        hooks = finish.execute();
        processTicks = hooks.getMember("processTicks");
        processRejections = hooks.getMember("processRejections");
        deliver = hooks.getMember("deliver");
        invoke = hooks.getMember("invoke");
        drainTicks();
    }

    /** ES module sources made from builtins and CommonJS files, by the bootstrap's esmSource hook. */
    private ModuleFileSystem.Generator esmGenerator() {
        return new ModuleFileSystem.Generator() {
            @Override
            public String source(String kind, String idOrPath) {
                Value v = hooks.getMember("esmSource").execute(kind, idOrPath);
                return v.isNull() ? null : v.asString();
            }

            @Override
            public boolean isBuiltin(String id) {
                return !id.startsWith("internal/") && !id.startsWith("deps/") && BuiltinSources.text(id) != null;
            }

            @Override
            public boolean isModule(String path) {
                return PackageScope.isModule(path);
            }
        };
    }

    private void closeContext() {
        Context c = context;
        if (c == null) return;
        try {
            c.leave();
        } catch (RuntimeException ignored) {
            // not entered, or closed by terminate
        }
        try {
            c.close(terminating);
        } catch (RuntimeException ignored) {
            // already closed (terminate, or a hard exit)
        }
    }

    /**
     * Calls into JavaScript from the loop: after the call GraalJS has run the promise jobs; then nextTick callbacks
     * queued meanwhile run, each batch followed again by promise jobs, which is node's order.
     */
    public Value call(Value fn, Object... args) {
        Value r;
        try {
            r = fn.execute(args);
        } catch (PolyglotException e) {
            // A JavaScript error that escaped every hook's guard: one GraalJS threw while running promise jobs
            // after the call (an ES module's evaluation, which is asynchronous). node reports it as uncaught.
            if (!e.isGuestException() || e.isExit() || e.isCancelled() || e.isInterrupted() || terminating
                    || hooks == null || e.getGuestObject() == null) {
                throw e;
            }
            hooks.getMember("uncaughtException").execute(e.getGuestObject());
            r = null;
        }
        drainTicks();
        return r;
    }

    /** The ticks (each batch followed by promise jobs), then the unhandled rejections, until neither is left. */
    private void drainTicks() {
        while (!loop.isStopped()) {
            if (tickPending) {
                tickPending = false;
                processTicks.execute();
            } else if (rejectionsPending && processRejections != null) {
                rejectionsPending = false;
                processRejections.execute();
            } else {
                break;
            }
        }
        // the microtasks have run: modules that import() was loading are evaluated (or failed) by now
        moduleFiles.settle(null);
    }

    /** The file system GraalJS loads ES modules through. */
    public ModuleFileSystem moduleFiles() {
        return moduleFiles;
    }

    /** JavaScript queued a nextTick callback. */
    public void ticksScheduled() {
        tickPending = true;
    }

    /** GraalJS reported a promise rejection without a handler. */
    public void rejectionsScheduled() {
        rejectionsPending = true;
    }

    // ---- ports ----

    /** Takes an end as this agent's own (loop thread). */
    public void own(PortEnd p) {
        p.loopPlace = ++handlesMade;
        ports.put(p.id, p);
        runtime.registerPort(p);
        p.adopt(this);
    }

    public PortEnd ownedPort(int id) {
        return ports.get(id);
    }

    /** Gives up an end that is being transferred. */
    public PortEnd disown(int id) {
        PortEnd p = ports.remove(id);
        if (p != null) p.release();
        return p;
    }

    @Override
    public void messagesWaiting(PortEnd port) {
        loop.signal(port.loopPlace, () -> drain(port));
    }

    @Override
    public void portClosed(PortEnd port) {
        loop.post(() -> {
            if (ports.get(port.id) != port) return;
            // Messages that came before the close are delivered first (node's order), if the port is started.
            while (port.isStarted() && !loop.isStopped() && port.hasMessages()) drain(port);
            if (ports.remove(port.id) == null) return;
            runtime.forgetPort(port);
            call(hooks.getMember("portClosed"), port.id);
        });
    }

    private void drain(PortEnd port) {
        if (ports.get(port.id) != port) return;
        // A bounded batch per turn (what was waiting, at least 1000), so a handler that keeps posting to its
        // own port does not starve the rest of the loop.
        int budget = Math.max(1000, port.waiting());
        Message m;
        while (budget-- > 0 && port.isStarted() && !loop.isStopped() && (m = port.poll()) != null) {
            call(deliver, port.id, m.payload, m.attachments);
        }
        port.drained();
    }

    /**
     * A message for a receiver of this agent that is not a port (a BroadcastChannel subscriber, the thread
     * mailbox of postMessageToThread): delivered on the loop through the same hook as port messages, by id.
     * False when this agent is gone (any thread).
     */
    public boolean deliverTo(int id, Message m) {
        if (!running || loop.isStopped()) return false;
        loop.post(() -> {
            if (!loop.isStopped()) call(deliver, id, m.payload, m.attachments);
        });
        return true;
    }

    /**
     * This worker's uncaught error, serialized, for its parent's {@code error} event. Not while it is being
     * terminated: the interrupt that wakes an Atomics.wait can surface in JavaScript as "Thread was interrupted.",
     * and node reports nothing from a worker it is terminating.
     */
    public void reportError(Object payload) {
        if (listener != null && !terminating) listener.error(this, payload);
    }

    /**
     * Calls a JavaScript callback for the host (loop thread), as node's MakeCallback does: the nextTick callbacks
     * it queues run after it, then its promise jobs; what it throws is an uncaught exception.
     */
    public void callback(Value fn, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = fn;
        System.arraycopy(args, 0, all, 1, args.length);
        call(invoke, all);
    }

    /** A child worker's news, run on this agent's loop. */
    public void callHook(String name, Object... args) {
        call(hooks.getMember(name), args);
    }

    /** Thrown to leave the loop when the agent was terminated before JavaScript ran. */
    private static final class TerminatedException extends RuntimeException {
        TerminatedException() {
            super(null, null, false, false);
        }
    }
}
