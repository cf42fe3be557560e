package dev.wtjs.internal.binding;

import dev.wtjs.internal.agent.Agent;
import dev.wtjs.internal.host.Threads;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * vm's {@code timeout}: runs a function on the agent's thread while a watchdog thread ({@code wtjs-vm-timeout-N})
 * waits for the time to be up, then interrupts the agent's context (Context#interrupt) until the interruption
 * reaches this frame. The interrupt is non-destructive: the context goes on after it. An interruption this
 * watchdog did not cause (an outer timeout) and a cancellation (worker termination) pass through untouched.
 */
final class ScriptTimeout {
    /** How long one interrupt request lasts: the time a script's finally blocks have before the next one. */
    private static final Duration ROUND = Duration.ofMillis(20);

    private final Agent agent;
    private final long millis;
    private boolean finished;     // the function has returned or thrown (guarded by this)
    private boolean fired;        // the time was up before it did (guarded by this)
    private volatile boolean reached;   // the interruption has reached run()

    private ScriptTimeout(Agent agent, long millis) {
        this.agent = agent;
        this.millis = millis;
    }

    /** Runs {@code fn} for at most {@code millis} ms: true when it ended by itself, false when it was stopped. */
    static boolean run(Agent agent, long millis, Value fn) {
        ScriptTimeout t = new ScriptTimeout(agent, millis);
        Thread watchdog = new Thread(t::watch, "wtjs-vm-timeout-" + agent.threadId());
        watchdog.setDaemon(true);
        watchdog.start();
        boolean stopped = false;
        try {
            fn.executeVoid();
        } catch (PolyglotException e) {
            if (!e.isInterrupted() || e.isCancelled() || agent.isTerminating() || !t.hasFired()) throw e;
            t.reached = true;
            stopped = true;
        } finally {
            t.finish();
            Threads.joinUninterruptibly(watchdog);
        }
        // Context#interrupt also interrupts the thread (to wake a blocking call); that must not outlive it.
        if (stopped && !agent.isTerminating()) Thread.interrupted();
        return !stopped;
    }

    private synchronized boolean hasFired() {
        return fired;
    }

    private synchronized void finish() {
        finished = true;
        notifyAll();
    }

    private void watch() {
        synchronized (this) {
            long end = System.nanoTime() + millis * 1_000_000L;
            while (!finished) {
                long left = end - System.nanoTime();
                if (left <= 0) break;
                try {
                    wait(left / 1_000_000L, (int) (left % 1_000_000L));
                } catch (InterruptedException e) {
                    return;
                }
            }
            if (finished) return;
            fired = true;
        }
        // One request can be swallowed on its way (a catch in the script sees it as an error): repeat until the
        // interruption reaches run() or the function is over.
        while (!reached && !isFinished() && !agent.isTerminating()) {
            try {
                agent.interruptContext(ROUND);
            } catch (TimeoutException e) {
                // the agent's thread stays in the context (run()'s frame): the request ends here
            } catch (RuntimeException e) {
                return; // the context is closed
            }
        }
    }

    private synchronized boolean isFinished() {
        return finished;
    }
}
