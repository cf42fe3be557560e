package dev.wtjs.internal.loop;

import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.LockSupport;

/**
 * One agent's event loop. It runs on the agent's own thread; other threads only {@link #post} tasks to it.
 * The phases follow libuv's order: expired timers, queued tasks (messages, host work), immediates, close tasks
 * (what node does in libuv's close callbacks, such as a worker's {@code 'exit'}).
 * What the phases do in JavaScript is the {@link Phases}' business; the loop only decides when and whether.
 */
public final class EventLoop {
    /** The JavaScript side of the loop, called on the loop thread. */
    public interface Phases {
        /**
         * Runs the earliest timer if due at {@code now}. The JavaScript side reports the next due time through
         * {@link #setTimer}, also from the promise jobs that run when the call returns, so nothing is returned.
         */
        void runTimers(double now);
        /** Runs one immediate of this phase's batch; returns whether more of the batch remain. */
        boolean runImmediates();
        /** Emits {@code beforeExit}. */
        void beforeExit();
    }

    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Runnable> closeTasks = new ConcurrentLinkedQueue<>();
    /** Signalled handles (message ports), by their place in the loop's handle queue: see {@link #signal}. */
    private final ConcurrentSkipListMap<Long, Runnable> signalled = new ConcurrentSkipListMap<>();
    private volatile Thread thread;
    private volatile boolean stopped;
    private final long origin = System.nanoTime();
    /** Time spent waiting for work (for eventLoopUtilization; read from other threads). */
    private volatile long idleNanos;

    // Loop-thread state.
    private int refs;
    private double nextTimerDue = -1;
    private boolean timersRef;
    private boolean immediatePending;
    private boolean immediateRef;

    /** Monotonic milliseconds since the loop was made (what {@code performance.now()} counts). */
    public double now() {
        return (System.nanoTime() - origin) / 1e6;
    }

    /** Milliseconds this loop has spent idle, waiting for work (any thread). */
    public double idleMillis() {
        return idleNanos / 1e6;
    }

    /** Queues a task from any thread and wakes the loop. */
    public void post(Runnable task) {
        tasks.add(task);
        Thread t = thread;
        if (t != null) LockSupport.unpark(t);
    }

    /**
     * Signals the handle at {@code place} (from any thread): {@code task} runs in a poll phase. libuv answers its
     * signalled async handles (node's message ports) in one pass over its handle queue, in the order the handles
     * were made, after the thread pool's answers; a handle signalled during the pass by a handle before it is
     * answered in the same pass, one signalled again after its turn in the pass waits for the next turn of the
     * loop. {@code place} is positive and unique among the handles that may be signalled at once.
     */
    public void signal(long place, Runnable task) {
        signalled.put(place, task);
        Thread t = thread;
        if (t != null) LockSupport.unpark(t);
    }

    /** Queues a task for the close phase, after this turn's immediates (from any thread) and wakes the loop. */
    public void postClose(Runnable task) {
        closeTasks.add(task);
        Thread t = thread;
        if (t != null) LockSupport.unpark(t);
    }

    /** Asks the loop to finish after the current callback (from any thread). */
    public void stop() {
        stopped = true;
        Thread t = thread;
        if (t != null) LockSupport.unpark(t);
    }

    public boolean isStopped() {
        return stopped;
    }

    /** A handle (worker, port, host task) starts keeping the loop alive. */
    public void ref() {
        refs++;
    }

    public void unref() {
        refs--;
    }

    /** The earliest timer is now due at {@code due} (negative: no timers); {@code ref}: some timer is ref'd. */
    public void setTimer(double due, boolean ref) {
        nextTimerDue = due;
        timersRef = ref;
    }

    public void setImmediate(boolean pending, boolean ref) {
        immediatePending = pending;
        immediateRef = ref;
    }

    /** Runs until nothing ref'd is left or {@link #stop} is called. */
    public void run(Phases phases) {
        thread = Thread.currentThread();
        while (!stopped) {
            // libuv checks liveness before each iteration: a loop with nothing ref'd does not run its timers at
            // all (an unref'd timer already due when the script ends never fires), it emits 'beforeExit'.
            if (!alive()) {
                phases.beforeExit();
                if (!alive()) break;
            }
            double phaseNow = now();
            while (!stopped && nextTimerDue >= 0 && nextTimerDue <= phaseNow) {
                phases.runTimers(phaseNow);
            }
            if (stopped) break;
            // Only what was queued when the phase began: a task posted by a task (a port re-signalling after
            // its batch of messages) waits for the next turn, so timers and immediates get theirs.
            int batch = tasks.size();
            Runnable task;
            while (batch-- > 0 && !stopped && (task = tasks.poll()) != null) task.run();
            if (stopped) break;
            long passed = 0;
            Map.Entry<Long, Runnable> handle;
            while (!stopped && (handle = signalled.higherEntry(passed)) != null) {
                passed = handle.getKey();
                if (signalled.remove(passed, handle.getValue())) handle.getValue().run();
            }
            if (stopped) break;
            if (immediatePending) {
                while (!stopped && phases.runImmediates()) {
                    // one immediate per call, so promise jobs run between them
                }
                if (stopped) break;
            }
            int closing = closeTasks.size();
            while (closing-- > 0 && !stopped && (task = closeTasks.poll()) != null) task.run();
            if (stopped) break;
            if (alive()) waitForWork();
        }
        stopped = true;
    }

    private boolean alive() {
        return refs > 0 || (nextTimerDue >= 0 && timersRef) || (immediatePending && immediateRef) || !tasks.isEmpty()
            || !signalled.isEmpty() || !closeTasks.isEmpty();
    }

    private void waitForWork() {
        if (!tasks.isEmpty() || !signalled.isEmpty() || !closeTasks.isEmpty() || immediatePending || stopped) return;
        long t0 = System.nanoTime();
        if (nextTimerDue >= 0) {
            double wait = nextTimerDue - now();
            if (wait > 0) LockSupport.parkNanos(this, (long) (wait * 1e6));
        } else {
            LockSupport.park(this);
        }
        idleNanos += System.nanoTime() - t0;
    }
}
