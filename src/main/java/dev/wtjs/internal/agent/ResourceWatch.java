package dev.wtjs.internal.agent;

import dev.wtjs.internal.host.Threads;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Enforces the per-worker limits GraalVM community edition has no option for (its {@code sandbox.MaxHeapMemory} and
 * {@code sandbox.MaxCPUTime} need Truffle's enterprise extensions): a worker's heap limit and its CPU time limit.
 * One thread per runtime ({@code wtjs-limits}) runs while a limited worker is alive and looks at them every few
 * milliseconds.
 * <p>
 * The JVM has one heap for every context, so a context's own live size cannot be read. What can be read cheaply is
 * how much a thread has allocated (cumulative) and how full the old generation is. A worker is suspected once it
 * has allocated at least its limit since it started <em>and</em> the heap has grown by its limit since then; the
 * suspicion is checked with a full collection: if the live heap has grown by the limit since the worker started
 * (measured after a full collection too), the worker is over. When several suspects are over, the one that
 * allocated the most since the last check is ended first. Growth outside the nursery is checked at once (at most
 * one full collection per 50 ms, or twice the last one's length); growth that may be nursery garbage is checked
 * less often while such checks find no one over (backing off to one a second), so a worker that only makes
 * garbage costs little.
 */
final class ResourceWatch {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final long TICK_MS = 5;
    /** The least time between two full collections made here (and at least twice the last one's length). */
    private static final long MIN_GC_GAP_NS = 50_000_000L;
    /**
     * A heap limit of at least 1/this of the JVM's maximum heap takes the heap in use at the worker's start as its
     * baseline (garbage included: such a worker may grow by its limit plus that garbage before it is judged over,
     * and the whole-heap pressure watch still covers it); a smaller limit takes the live heap after a full
     * collection, as precise as the JVM tells it.
     */
    private static final long ROUGH_BASELINE_SHARE = 8;

    /** One watched worker. The baseline is taken by the watch thread (a full collection) before it is judged. */
    static final class Watched {
        final Agent agent;
        final long threadId;
        final long heapLimit;
        final long cpuLimitNs;
        long allocStart = -1;
        long cpuStart;
        long liveStart;
        long allocAtLastCheck;
        long allocAtPressure;

        Watched(Agent agent, Thread thread, long heapLimit, long cpuLimitNs) {
            this.agent = agent;
            this.threadId = thread.getId();
            this.heapLimit = heapLimit;
            this.cpuLimitNs = cpuLimitNs;
        }
    }

    private final Set<Watched> watched = ConcurrentHashMap.newKeySet();
    private Thread thread; // guarded by this
    private long lastGcEnd;
    private long lastGcLength;
    private long backoff;
    private long pressureBackoff;
    private long mainAllocAtPressure;
    /** The share of the JVM's maximum heap past which live data means pressure. */
    private static final double PRESSURE = 0.7;
    private static final String OOM_MESSAGE = Agent.OOM_MESSAGE;
    private final RuntimeCore core;

    ResourceWatch(RuntimeCore core) {
        this.core = core;
    }
    private static final long MAX_BACKOFF_NS = 1_000_000_000L;

    /** Starts watching {@code agent}, whose thread is the caller's (it is about to run its script). */
    Watched watch(Agent agent, long heapLimit, long cpuLimitNs) {
        Watched w = new Watched(agent, Thread.currentThread(), heapLimit, cpuLimitNs);
        w.cpuStart = THREADS.getCurrentThreadCpuTime();
        w.allocAtPressure = THREADS.getCurrentThreadAllocatedBytes();
        synchronized (this) {
            watched.add(w);
            if (thread == null) {
                Agent main = core.agent(RuntimeCore.MAIN_THREAD_ID);
                Thread mainThread = main == null ? null : main.thread();
                if (mainThread != null) mainAllocAtPressure = THREADS.getThreadAllocatedBytes(mainThread.getId());
                thread = new Thread(this::run, "wtjs-limits");
                thread.setDaemon(true);
                thread.start();
            }
        }
        return w;
    }

    void unwatch(Watched w) {
        if (w != null) watched.remove(w);
    }

    /**
     * Ends the watch thread, if one runs, and waits for it: the runtime's close() returns with no thread of it left
     * (the thread would otherwise end on its own up to one look later, which can be a full collection).
     */
    void close() {
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t == null || t == Thread.currentThread()) return;
        t.interrupt();
        Threads.joinUninterruptibly(t);
    }

    private void run() {
        while (true) {
            synchronized (this) {
                if (watched.isEmpty()) {
                    thread = null;
                    return;
                }
            }
            try {
                check();
                Thread.sleep(TICK_MS);
            } catch (InterruptedException e) {
                synchronized (this) {
                    thread = null;
                }
                return;
            } catch (RuntimeException | OutOfMemoryError e) {
                // a thread that ended meanwhile, or the heap full for a moment: look again next tick
            }
        }
    }

    private void check() {
        List<Watched> fresh = new ArrayList<>();
        List<Watched> strong = new ArrayList<>(); // its growth reached the old generation
        List<Watched> weak = new ArrayList<>(); // the heap grew, maybe only by garbage in the nursery
        long old = -1;
        long used = -1;
        for (Watched w : watched) {
            if (w.agent.isLimitReached()) continue;
            if (w.cpuLimitNs > 0) {
                long cpu = THREADS.getThreadCpuTime(w.threadId);
                if (cpu >= 0 && cpu - w.cpuStart > w.cpuLimitNs) {
                    w.agent.limitReached(Agent.CPU_LIMIT_CODE, "Worker terminated due to reaching its CPU time limit "
                            + "of " + w.cpuLimitNs / 1_000_000 + " ms");
                    continue;
                }
            }
            if (w.heapLimit <= 0) continue;
            long alloc = THREADS.getThreadAllocatedBytes(w.threadId);
            if (alloc < 0) continue; // the thread has ended
            if (w.allocStart < 0) {
                w.allocStart = alloc;
                w.allocAtLastCheck = alloc;
                if (w.heapLimit >= Runtime.getRuntime().maxMemory() / ROUGH_BASELINE_SHARE) {
                    // a limit that is a large share of the heap (node's default 4096 MB is one): the heap in use now
                    // is its baseline, without a full collection per worker start (which made each start cost one)
                    w.liveStart = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                } else {
                    fresh.add(w);
                }
                continue;
            }
            if (alloc - w.allocStart < w.heapLimit) continue;
            if (old < 0) {
                old = oldGenerationUsed();
                used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            }
            if (old - w.liveStart >= w.heapLimit) {
                strong.add(w);
            } else if (used - w.liveStart >= w.heapLimit) {
                weak.add(w);
            }
        }
        if (!fresh.isEmpty()) {
            // one full collection gives every worker that started since the last tick its baseline
            long live = liveAfterFullCollection();
            for (Watched w : fresh) w.liveStart = live;
            return;
        }
        long now = System.nanoTime();
        if (strong.isEmpty() && weak.isEmpty()) {
            underPressure(now);
            return;
        }
        long gap = Math.max(MIN_GC_GAP_NS, 2 * lastGcLength);
        // the nursery's growth may be garbage: checking it backs off while checks find no one over
        if (now - lastGcEnd < (strong.isEmpty() ? Math.max(gap, backoff) : gap)) return;
        long live = liveAfterFullCollection();
        Watched worst = null;
        long worstAlloc = -1;
        List<Watched> suspects = new ArrayList<>(strong);
        suspects.addAll(weak);
        for (Watched w : suspects) {
            long alloc = THREADS.getThreadAllocatedBytes(w.threadId);
            long since = alloc - w.allocAtLastCheck;
            w.allocAtLastCheck = alloc;
            if (live - w.liveStart >= w.heapLimit && since > worstAlloc) {
                worst = w;
                worstAlloc = since;
            }
        }
        backoff = worst != null ? 0 : Math.min(MAX_BACKOFF_NS, Math.max(MIN_GC_GAP_NS, 2 * backoff));
        if (worst != null) {
            worst.agent.limitReached(Agent.OOM_CODE, OOM_MESSAGE);
        }
    }

    /**
     * The JVM's heap as a whole is nearly full (its live data past {@link #PRESSURE} of the maximum): node gives
     * each worker a heap of its own, so a worker without a limit cannot take the main script down with it. The
     * worker that allocated the most since the last look ends as out of memory, unless the main script allocated
     * more (then it is the main script's to run out, as in node).
     */
    private void underPressure(long now) {
        long max = Runtime.getRuntime().maxMemory();
        if (max == Long.MAX_VALUE || watched.isEmpty()) return;
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        if (used < max * PRESSURE) return;
        if (now - lastGcEnd < Math.max(Math.max(MIN_GC_GAP_NS, 2 * lastGcLength), pressureBackoff)) return;
        long live = liveAfterFullCollection();
        if (live < max * PRESSURE) {
            pressureBackoff = Math.min(MAX_BACKOFF_NS, Math.max(MIN_GC_GAP_NS, 2 * pressureBackoff));
            return;
        }
        // (not reset here: a main script that keeps the heap full itself must not be collected in a loop)
        pressureBackoff = Math.min(MAX_BACKOFF_NS, Math.max(MIN_GC_GAP_NS, 2 * pressureBackoff));
        Watched worst = null;
        long most = -1;
        for (Watched w : watched) {
            long alloc = THREADS.getThreadAllocatedBytes(w.threadId);
            long since = alloc - w.allocAtPressure;
            w.allocAtPressure = alloc;
            if (alloc >= 0 && since > most && !w.agent.isLimitReached()) {
                worst = w;
                most = since;
            }
        }
        Agent main = core.agent(RuntimeCore.MAIN_THREAD_ID);
        Thread mainThread = main == null ? null : main.thread();
        if (mainThread != null) {
            long alloc = THREADS.getThreadAllocatedBytes(mainThread.getId());
            long since = alloc - mainAllocAtPressure;
            mainAllocAtPressure = alloc;
            if (since > most) return;
        }
        if (worst != null) worst.agent.limitReached(Agent.OOM_CODE, OOM_MESSAGE);
    }

    /** The heap in use right after a full collection (the live data, as near as the JVM tells it). */
    private long liveAfterFullCollection() {
        long t0 = System.nanoTime();
        System.gc();
        lastGcEnd = System.nanoTime();
        lastGcLength = lastGcEnd - t0;
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** What the heap holds now outside the nursery (live data and garbage not yet collected). */
    private static long oldGenerationUsed() {
        long used = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() != MemoryType.HEAP) continue;
            String n = p.getName();
            if (n.contains("Eden")) continue; // (survivors count: what survived a young collection)
            used += p.getUsage().getUsed();
        }
        return used;
    }
}
