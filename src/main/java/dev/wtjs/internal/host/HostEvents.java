package dev.wtjs.internal.host;

import java.io.PrintStream;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one thread ({@code wtjs-host-events}) on which a runtime calls the Java host's listeners: messages, errors
 * and exits of the workers Java started, in the order each worker produced them. Agents hand their news over here
 * and go on; a slow listener delays only other listeners, never a JavaScript thread.
 */
public final class HostEvents {
    private final ThreadPoolExecutor executor;
    private final PrintStream err;
    private volatile Thread thread;

    public HostEvents(PrintStream err) {
        this.err = err;
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "wtjs-host-events");
            t.setDaemon(true);
            thread = t;
            return t;
        });
    }

    /** Runs {@code task} on the events thread, after the tasks queued before it. */
    public void execute(Runnable task) {
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (Throwable e) {
                    synchronized (err) {
                        err.println("wtjs: a Java listener threw " + e);
                        e.printStackTrace(err);
                        err.flush();
                    }
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException ignored) {
            // closed
        }
    }

    public boolean isEventThread() {
        return Thread.currentThread() == thread;
    }

    /** Runs what is queued, then ends the thread and waits for it (unless called from it). */
    public void close() {
        executor.shutdown();
        if (isEventThread()) return;
        try {
            executor.awaitTermination(1, TimeUnit.MINUTES);
            Thread t = thread;
            if (t != null) t.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
