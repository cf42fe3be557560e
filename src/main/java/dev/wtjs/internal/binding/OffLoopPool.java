package dev.wtjs.internal.binding;

import dev.wtjs.internal.agent.Agent;
import org.graalvm.polyglot.Value;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A binding's own threads for work off its agent's loop ({@code wtjs-<kind>-<threadId>-N}, started on first use,
 * stopped with the agent). Each piece of work holds the loop open until its answer, {@code done(error, result)},
 * has run on the loop through the host-callback hook.
 */
final class OffLoopPool {
    private final Agent agent;
    private final String kind;
    private final AtomicInteger threads = new AtomicInteger();
    private ExecutorService pool;

    OffLoopPool(Agent agent, String kind) {
        this.agent = agent;
        this.kind = kind;
    }

    /** Runs {@code work} on the pool; what it throws becomes the answer's error through {@code errorOf}. */
    synchronized void run(Supplier<String> work, Function<Throwable, String> errorOf, Value done) {
        if (pool == null) {
            pool = Executors.newCachedThreadPool(task -> {
                Thread t = new Thread(task, "wtjs-" + kind + "-" + agent.threadId() + "-" + threads.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        agent.loop.ref();
        pool.execute(() -> {
            String error = null;
            String result = null;
            try {
                result = work.get();
            } catch (RuntimeException | OutOfMemoryError e) {
                error = errorOf.apply(e);
            }
            answer(done, error, result);
        });
    }

    /** Answers {@code done} on the loop without running anything (a refused call). */
    void answer(Value done, String error, String result) {
        agent.post(() -> {
            agent.loop.unref();
            agent.callback(done, error, result);
        });
    }

    /** The agent is closing: the pool stops (work under way is abandoned). */
    synchronized void close() {
        if (pool == null) return;
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
