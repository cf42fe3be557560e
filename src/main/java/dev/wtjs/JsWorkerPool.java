package dev.wtjs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;

/**
 * N workers of one plugin ({@link WtjsRuntime#newPool}), each serving {@link JsWorker#request requests} (the
 * plugin calls {@code require('wtjs/plugin').serve(handler)}). A request goes to the worker with the fewest
 * requests in flight. A worker that exits (a crash, {@code process.exit}, a {@link JsWorker#terminate}) is replaced
 * by a new one from the same {@link WorkerSpec}; the requests it had in flight fail with
 * {@link WorkerNotRunningException}. Thread-safe.
 */
public final class JsWorkerPool implements AutoCloseable {
    private final WtjsRuntime runtime;
    private final WorkerSpec spec;
    private final JsWorker[] workers;
    private final List<Consumer<JsError>> errorListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<ObjIntConsumer<JsWorker>> exitListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean closed;
    private int replaced;

    JsWorkerPool(WtjsRuntime runtime, WorkerSpec spec, int size) {
        if (size < 1) throw new IllegalArgumentException("a pool needs at least one worker");
        this.runtime = runtime;
        this.spec = spec;
        this.workers = new JsWorker[size];
        for (int i = 0; i < size; i++) workers[i] = start(i);
    }

    private JsWorker start(int slot) {
        JsWorker w = runtime.startWorker(spec);
        w.onError(e -> each(errorListeners, l -> l.accept(e)));
        w.onExit(code -> {
            try {
                each(exitListeners, l -> l.accept(w, code));
            } finally {
                replace(slot, w);
            }
        });
        return w;
    }

    /** Calls every listener even when one throws; what they threw is then thrown on (to the listener-error handler). */
    private static <L> void each(List<L> listeners, Consumer<L> call) {
        RuntimeException first = null;
        for (L l : listeners) {
            try {
                call.accept(l);
            } catch (RuntimeException e) {
                if (first == null) first = e; else first.addSuppressed(e);
            }
        }
        if (first != null) throw first;
    }

    private void replace(int slot, JsWorker dead) {
        synchronized (this) {
            if (closed || runtime.isClosed() || workers[slot] != dead) return;
            replaced++;
            try {
                workers[slot] = start(slot);
            } catch (IllegalStateException e) {
                // the runtime is closing
            }
        }
    }

    /** Sends a request to the least busy worker; see {@link JsWorker#request}. */
    public CompletableFuture<Object> request(Object request) {
        JsWorker best;
        synchronized (this) {
            if (closed) throw new IllegalStateException("the pool is closed");
            best = null;
            for (JsWorker w : workers) {
                if (!w.isRunning()) continue;
                if (best == null || w.pendingRequests() < best.pendingRequests()) best = w;
            }
            if (best == null) best = workers[0];
        }
        return best.request(request);
    }

    /** Adds a listener for the uncaught errors of the pool's workers (each such worker is then replaced). */
    public JsWorkerPool onError(Consumer<JsError> listener) {
        errorListeners.add(java.util.Objects.requireNonNull(listener, "the listener must not be null"));
        return this;
    }

    /**
     * Adds a listener for the exits of the pool's workers: it gets the worker and its exit code, on the events
     * thread, before the pool replaces that worker (a pool closing, or a closed runtime, replaces none). Exits that
     * happened before it was added are not replayed.
     */
    public JsWorkerPool onExit(ObjIntConsumer<JsWorker> listener) {
        exitListeners.add(java.util.Objects.requireNonNull(listener, "the listener must not be null"));
        return this;
    }

    /** The current workers (a snapshot). */
    public synchronized List<JsWorker> workers() {
        return new ArrayList<>(List.of(workers));
    }

    /** How many workers have been replaced so far. */
    public synchronized int replacedCount() {
        return replaced;
    }

    /** The number of worker slots (the {@code size} given to {@link WtjsRuntime#newPool}). */
    public int size() {
        return workers.length;
    }

    /** Terminates the pool's workers (no replacements); returns when every one has exited. */
    @Override
    public void close() {
        List<JsWorker> ws;
        synchronized (this) {
            if (closed) return;
            closed = true;
            ws = new ArrayList<>(List.of(workers));
        }
        List<CompletableFuture<Integer>> exits = new ArrayList<>();
        for (JsWorker w : ws) exits.add(w.terminate());
        for (CompletableFuture<Integer> f : exits) {
            try {
                f.join();
            } catch (RuntimeException ignored) {
                // already gone
            }
        }
    }
}
