package dev.wtjs.internal.agent;

import dev.wtjs.internal.host.Threads;
import java.lang.management.ManagementFactory;

/**
 * Gives the heap back once the workers are gone (issue 16, "memory that comes back"). While workers start and end,
 * the collector grows the heap to their allocation rate; G1 (the launcher's collector) shrinks it only at the end
 * of a concurrent cycle or a full collection, and its periodic cycle never comes while the JIT, still compiling
 * what the workers made hot, keeps making young collections. So when no worker has been alive for
 * {@link #QUIET_MS} after some ran, and the heap committed has grown by {@link #MIN_GROWTH} over the least seen at
 * a worker's start since the last such collection, one full collection is made: the collector then shrinks the heap
 * to its free-ratio bounds. At most one per {@link #MIN_GAP_MS} in the JVM; none while a worker is alive. The JIT
 * goes on compiling for seconds after the workers are gone, and its garbage grows the heap again: so the look is
 * made again {@link #FOLLOW_UPS} times, {@link #FOLLOW_UP_MS} apart, while no worker starts, collecting when the heap
 * has grown by {@link #MIN_GROWTH} since the last collection. One thread per runtime ({@code wtjs-heap-return}),
 * alive only while a look is due.
 */
final class HeapReturn {
    static final long QUIET_MS = 1000;
    static final long MIN_GAP_MS = 10_000;
    static final long MIN_GROWTH = 64L << 20;
    static final int FOLLOW_UPS = 3;
    static final long FOLLOW_UP_MS = 1500;

    private final RuntimeCore core;
    /** Workers started so far; a look is made only if none started since it was asked for. */
    private long started; // guarded by this
    private long startedAtLastReturn;
    private long idleSince;
    private long startedAtIdle;
    /** When the last collection made here ended, in the whole JVM: runtimes that share it (the daemon's runs) make
     * at most one per {@link #MIN_GAP_MS} between them, so one run's end does not pause the others again and again. */
    private static volatile long lastReturnEnd = Long.MIN_VALUE / 2;
    private int returns;
    /** The least heap committed seen at a worker's start since the last collection made here (or after it). */
    private long floor = Long.MAX_VALUE;
    private boolean closed;
    private Thread thread; // guarded by this

    HeapReturn(RuntimeCore core) {
        this.core = core;
    }

    synchronized void workerStarted() {
        started++;
        floor = Math.min(floor, committed());
    }

    /** No worker is alive now (the last one ended). */
    synchronized void workersGone() {
        if (closed || !core.returnHeapWhenIdle || started == startedAtLastReturn) return;
        idleSince = System.nanoTime();
        startedAtIdle = started;
        if (thread == null) {
            thread = new Thread(this::run, "wtjs-heap-return");
            thread.setDaemon(true);
            thread.start();
        }
        notifyAll();
    }

    /** How many full collections this runtime has made to give the heap back. */
    synchronized int returns() {
        return returns;
    }

    void close() {
        Thread t;
        synchronized (this) {
            closed = true;
            t = thread;
            notifyAll();
        }
        Threads.joinUninterruptibly(t);
    }

    private void run() {
        int looks = 0;
        long nextLook = 0;
        long lookingAt = -1; // the time the workers all went that the looks are for (a new time starts them over)
        try {
            while (true) {
                synchronized (this) {
                    long now = System.nanoTime();
                    if (lookingAt != startedAtIdle) {
                        lookingAt = startedAtIdle;
                        looks = 0;
                    }
                    long due = looks == 0
                            ? Math.max(idleSince + QUIET_MS * 1_000_000L, lastReturnEnd + MIN_GAP_MS * 1_000_000L)
                            : nextLook;
                    // a worker started since the look was asked for: the next end of the last worker asks again
                    if (closed || started != startedAtIdle || core.liveWorkerCount() > 0) {
                        thread = null;
                        return;
                    }
                    if (now < due) {
                        wait(Math.max(1, (due - now) / 1_000_000L));
                        continue;
                    }
                    startedAtLastReturn = started;
                }
                boolean collect;
                synchronized (this) {
                    collect = !closed && started == startedAtIdle && committed() - floor >= MIN_GROWTH;
                }
                if (collect) System.gc(); // (a worker that starts meanwhile waits for its end, as for any full one)
                synchronized (this) {
                    if (collect) {
                        returns++;
                        lastReturnEnd = System.nanoTime();
                        floor = committed();
                    }
                    if (++looks > FOLLOW_UPS) {
                        thread = null;
                        return;
                    }
                    nextLook = System.nanoTime() + FOLLOW_UP_MS * 1_000_000L;
                }
            }
        } catch (InterruptedException e) {
            synchronized (this) {
                thread = null;
            }
        }
    }

    private static long committed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
    }
}
