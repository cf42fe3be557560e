package dev.wtjs;

import dev.wtjs.internal.agent.Agent;
import dev.wtjs.internal.agent.AgentListener;
import dev.wtjs.internal.host.HostEvents;
import dev.wtjs.internal.host.Payloads;
import dev.wtjs.internal.messaging.JavaCodec;
import dev.wtjs.internal.messaging.Message;
import dev.wtjs.internal.messaging.PortEnd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * A worker started from Java ({@link WtjsRuntime#startWorker}): the Java side of node's {@code Worker}. In the
 * worker, Java's messages arrive on {@code require('worker_threads').parentPort}, and what the worker posts there
 * reaches {@link #onMessage} listeners.
 *
 * <h2>Values</h2>
 * Messages are structured clones in V8's wire format; Java values map as follows (both ways unless noted):
 * {@code null} (JS {@code undefined} also reads as null); {@code Boolean}; {@code String}; {@code Integer},
 * {@code Long} (up to 2<sup>53</sup>), {@code Double} as numbers (a JS number reads back as {@code Integer} when it
 * is a whole number in int range, else {@code Double}); {@code BigInteger} as BigInt; a {@code Map} with String keys
 * as an object ({@code LinkedHashMap}); {@link JsMap} (or a Map with other keys) as a {@code Map}; {@code Set};
 * {@code List} and arrays as Arrays ({@code ArrayList}); {@code byte[]} as {@code Uint8Array}; {@code ByteBuffer}
 * as {@code ArrayBuffer}; {@link JsTypedArray} for other typed arrays; {@code Instant} as Date; {@link JsRegExp};
 * {@link Throwable} as Error and a JS Error as {@link JsError}. Other values make {@code postMessage} throw an
 * {@link IllegalArgumentException} naming the type; nothing is sent then.
 *
 * <h2>Threads</h2>
 * Every listener runs on the runtime's single {@code wtjs-host-events} thread, one event at a time, in the order
 * the worker produced them (its messages, then its error, then its exit). Never on a JavaScript thread, so a
 * listener may block, post, or even start workers; it only delays the runtime's other listeners. Messages wait
 * until the first {@link #onMessage} listener is added; an error or exit that happened before its listener was
 * added is replayed to it. A listener that throws is reported to the runtime's
 * {@link WtjsRuntime.Builder#listenerErrors listener-error handler} and changes nothing else: later listeners,
 * messages, replies and the exit are delivered as if it had returned.
 *
 * <h2>Requests</h2>
 * {@link #request} sends {@code { wtjsRequestId, request }} and completes with the worker's reply
 * {@code { wtjsRequestId, response }}, or fails with a {@link JsError} from {@code { wtjsRequestId, error }}. The
 * builtin {@code require('wtjs/plugin').serve(handler)} implements the worker side.
 */
public final class JsWorker {
    private final HostEvents events;
    private final PostAfterExit mode;
    private final String name;
    private final BiConsumer<JsWorker, Throwable> listenerErrors;
    private final List<Consumer<Object>> messageListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<JsError>> errorListeners = new CopyOnWriteArrayList<>();
    private final List<IntConsumer> exitListeners = new CopyOnWriteArrayList<>();
    private final List<JsError> errors = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    private final Map<Long, CompletableFuture<Object>> pending = new ConcurrentHashMap<>();
    private final AtomicLong requestIds = new AtomicLong();
    private final java.util.Set<Long> abandoned = ConcurrentHashMap.newKeySet();
    private volatile PortEnd port;
    private volatile Agent agent;
    private volatile boolean exited;
    private volatile boolean online;
    private volatile boolean requesting;

    JsWorker(HostEvents events, PostAfterExit mode, String name, BiConsumer<JsWorker, Throwable> listenerErrors) {
        this.events = events;
        this.mode = mode;
        this.name = name;
        this.listenerErrors = listenerErrors;
    }

    /** Runs one Java listener (events thread); what it throws goes to the handler and stops nothing. */
    private void call(Runnable listenerCall) {
        try {
            listenerCall.run();
        } catch (Throwable t) {
            listenerErrors.accept(this, t); // the runtime's wrapper never throws
        }
    }

    private static <T> T listener(T l) {
        return Objects.requireNonNull(l, "the listener must not be null");
    }

    /** The runtime's side of the start: the port end and the agent. */
    void attach(PortEnd port) {
        this.port = port;
        port.adopt(link);
    }

    void started(Agent agent) {
        this.agent = agent;
    }

    /** The worker's {@code threadId} (its {@code require('worker_threads').threadId}). */
    public int threadId() {
        return agent.threadId();
    }

    /** The name given in {@link WorkerSpec#name}, or "". */
    public String name() {
        return name;
    }

    /** True until the worker's exit has been delivered (then {@link #exitCode()} is complete). */
    public boolean isRunning() {
        return !exited;
    }

    /** True once the worker's script has started running. */
    public boolean isOnline() {
        return online;
    }

    /**
     * Posts a message to the worker's {@code parentPort}. Throws {@link IllegalArgumentException} for a value
     * that cannot be sent (nothing is sent then), and {@link WorkerNotRunningException} once the worker has exited
     * in {@link PostAfterExit#THROW} mode (in {@code IGNORE} mode the message is dropped, as node drops it).
     * While the worker is shutting down, before its exit is delivered, messages are dropped as node does.
     */
    public void postMessage(Object value) {
        postMessage(value, List.of());
    }

    /**
     * Posts a message, transferring the given {@code ByteBuffer}s / {@code byte[]}s: the worker gets
     * {@code ArrayBuffer}s over the same memory instead of copies. Java keeps no guard on a transferred buffer:
     * do not touch it after posting.
     */
    public void postMessage(Object value, List<?> transfer) {
        JavaCodec.Encoded e = JavaCodec.encode(value, transfer);
        if (exited) {
            if (mode == PostAfterExit.THROW) throw new WorkerNotRunningException();
            return;
        }
        port.post(new Message(e.bytes(), e.attachments()));
    }

    /**
     * Sends {@code request} as {@code { wtjsRequestId, request }} and completes with the worker's reply (see the
     * class comment). The future fails with a {@link JsError} when the worker replies with an error, and with
     * {@link WorkerNotRunningException} when the worker exits first (or has exited, in either mode). The first
     * request starts delivery as {@link #onMessage} does: from then on, messages that are not replies go to the
     * message listeners there are at the time.
     */
    public CompletableFuture<Object> request(Object request) {
        return request(request, requestIds.incrementAndGet());
    }

    /**
     * {@link #request(Object)} with a time limit: without a reply within {@code timeout}, the future fails with a
     * {@link TimeoutException} and a reply that comes later is ignored (the worker is not told).
     */
    public CompletableFuture<Object> request(Object request, Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        long id = requestIds.incrementAndGet();
        CompletableFuture<Object> f = request(request, id);
        f.orTimeout(Math.max(1, timeout.toNanos()), TimeUnit.NANOSECONDS)
                .whenComplete((v, e) -> {
                    if (e instanceof TimeoutException && pending.remove(id, f)) abandoned.add(id);
                });
        return f;
    }

    private CompletableFuture<Object> request(Object request, long id) {
        CompletableFuture<Object> f = new CompletableFuture<>();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("wtjsRequestId", id);
        m.put("request", request);
        JavaCodec.Encoded e = JavaCodec.encode(m, List.of());
        if (exited) {
            f.completeExceptionally(new WorkerNotRunningException());
            return f;
        }
        pending.put(id, f);
        if (!requesting) {
            requesting = true;
            events.execute(port::start);
        }
        if (!port.post(new Message(e.bytes(), e.attachments()))) {
            pending.remove(id);
            f.completeExceptionally(new WorkerNotRunningException());
        } else if (exited && pending.remove(id) != null) {
            f.completeExceptionally(new WorkerNotRunningException());
        }
        return f;
    }

    /** The number of {@link #request}s still waiting for their reply. */
    public int pendingRequests() {
        return pending.size();
    }

    /** Adds a listener for the worker's messages (not the replies to {@link #request}). */
    public JsWorker onMessage(Consumer<Object> listener) {
        listener(listener);
        events.execute(() -> {
            messageListeners.add(listener);
            port.start();
        });
        return this;
    }

    /**
     * Adds a listener for the worker's uncaught error (the worker then exits with code 1), or the error that says a
     * resource limit ended it: code {@code ERR_WORKER_OUT_OF_MEMORY} (its heap limit, or the JVM's heap ran out on
     * its thread) or {@code ERR_WTJS_CPU_TIME_LIMIT} ({@link WorkerSpec#cpuTimeLimit}).
     */
    public JsWorker onError(Consumer<JsError> listener) {
        listener(listener);
        events.execute(() -> {
            errorListeners.add(listener);
            for (JsError e : errors) call(() -> listener.accept(e));
        });
        return this;
    }

    /** Adds a listener for the worker's exit code. */
    public JsWorker onExit(IntConsumer listener) {
        listener(listener);
        events.execute(() -> {
            exitListeners.add(listener);
            if (exitCode.isDone()) call(() -> listener.accept(exitCode.join()));
        });
        return this;
    }

    /** Completes with the exit code once the worker has exited and its exit listeners have run. */
    public CompletableFuture<Integer> exitCode() {
        return exitCode.thenApply(c -> c);
    }

    /** The worker's uncaught errors so far (at most one, as an uncaught error ends the worker). */
    public List<JsError> errors() {
        return new ArrayList<>(errors);
    }

    /**
     * Stops the worker, even in the middle of {@code while (true) {}}. Returns {@link #exitCode()}; a terminated
     * worker exits with code 1.
     */
    public CompletableFuture<Integer> terminate() {
        Agent a = agent;
        if (a != null && !exited) a.terminate();
        return exitCode();
    }

    @Override
    public String toString() {
        return "JsWorker[threadId=" + (agent == null ? "?" : agent.threadId()) + (name.isEmpty() ? "" : ", " + name)
                + (exited ? ", exited" : "") + "]";
    }

    // ---- news from the worker, handed to the events thread ----

    private final Link link = new Link();

    AgentListener listener() {
        return link;
    }

    private final class Link implements AgentListener, PortEnd.Owner {
        @Override
        public void online(Agent a) {
            online = true;
        }

        @Override
        public void error(Agent a, Object payload) {
            events.execute(() -> {
                JsError e;
                try {
                    e = Payloads.toJsError(Payloads.decode(payload, null));
                } catch (RuntimeException ex) {
                    e = new JsError("Error", "an uncaught error that could not be decoded: " + ex.getMessage());
                }
                errors.add(e);
                JsError err = e;
                for (Consumer<JsError> l : errorListeners) call(() -> l.accept(err));
            });
        }

        @Override
        public void exited(Agent a, int code) {
            events.execute(() -> {
                try {
                    drain();
                } finally {
                    String limit = a.limitCode();
                    if (limit != null) { // ended by a resource limit: its error first, as node's 'error' event
                        JsError err = new JsError("Error", a.limitMessage(), null, limit, Map.of());
                        errors.add(err);
                        for (Consumer<JsError> l : errorListeners) call(() -> l.accept(err));
                    }
                    exited = true;
                    try {
                        PortEnd p = port;
                        if (p != null) p.close();
                    } finally {
                        for (Long id : new ArrayList<>(pending.keySet())) {
                            CompletableFuture<Object> f = pending.remove(id);
                            if (f != null) f.completeExceptionally(new WorkerNotRunningException());
                        }
                        for (IntConsumer l : exitListeners) call(() -> l.accept(code));
                        exitCode.complete(code);
                    }
                }
            });
        }

        @Override
        public void messagesWaiting(PortEnd p) {
            events.execute(JsWorker.this::drain);
        }

        @Override
        public void portClosed(PortEnd p) {
            // the worker's exit says it all
        }
    }

    /** Delivers the waiting messages (events thread). */
    private void drain() {
        PortEnd p = port;
        try {
            drainFrom(p);
        } finally {
            p.drained();
        }
    }

    private void drainFrom(PortEnd p) {
        Message m;
        while (p.isStarted() && (m = p.poll()) != null) {
            Object value;
            try {
                value = Payloads.decode(m.payload, m.attachments);
            } catch (RuntimeException ex) {
                JsError e = new JsError("Error", "A message from the worker could not be decoded: " + ex.getMessage(),
                        null, "ERR_WTJS_MESSAGE_DECODE", null);
                for (Consumer<JsError> l : errorListeners) call(() -> l.accept(e));
                continue;
            }
            if (!reply(value)) {
                for (Consumer<Object> l : messageListeners) call(() -> l.accept(value));
            }
        }
    }

    private boolean reply(Object value) {
        if (!(value instanceof Map<?, ?> m) || !(m.get("wtjsRequestId") instanceof Number n)) return false;
        if (!m.containsKey("response") && !m.containsKey("error")) return false;
        CompletableFuture<Object> f = pending.remove(n.longValue());
        if (f == null) return abandoned.remove(n.longValue());
        if (m.containsKey("error")) f.completeExceptionally(Payloads.toJsError(m.get("error")));
        else f.complete(m.get("response"));
        return true;
    }
}
