package dev.wtjs.internal.messaging;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The runtime-wide subscribers of {@code BroadcastChannel}s, by name. A message posted by one subscriber goes to
 * every other subscriber of the same name, on each one's own loop (through its {@link Target}). Subscriber ids are
 * negative, so they never clash with port ids in an agent's delivery hook. Thread-safe.
 */
public final class BroadcastRegistry {
    /** Where a subscriber's messages go: its agent's loop. Returns false when that agent is gone. */
    public interface Target {
        boolean deliverTo(int id, Message m);
    }

    /** Ids below this are subscribers; -1 is each agent's thread mailbox (postMessageToThread). */
    private static final AtomicInteger IDS = new AtomicInteger(-1);

    public static int nextId() {
        return IDS.decrementAndGet();
    }

    private record Sub(int id, String name, Target target) { }

    private final Map<String, List<Sub>> byName = new ConcurrentHashMap<>();
    private final Map<Integer, Sub> byId = new ConcurrentHashMap<>();

    public int subscribe(String name, Target target) {
        Sub s = new Sub(nextId(), name, target);
        byId.put(s.id, s);
        byName.computeIfAbsent(name, k -> new CopyOnWriteArrayList<>()).add(s);
        return s.id;
    }

    public void unsubscribe(int id) {
        Sub s = byId.remove(id);
        if (s == null) return;
        byName.computeIfPresent(s.name, (k, list) -> {
            list.remove(s);
            return list.isEmpty() ? null : list;
        });
    }

    /** Delivers to every other subscriber of the sender's name; false when the sender is not subscribed. */
    public boolean post(int fromId, Message m) {
        Sub from = byId.get(fromId);
        if (from == null) return false;
        List<Sub> list = byName.get(from.name);
        if (list == null) return true;
        for (Sub s : list) {
            if (s.id == fromId) continue;
            if (!s.target.deliverTo(s.id, copy(m))) unsubscribe(s.id);
        }
        return true;
    }

    /** Each receiver gets its own bytes (shared memory in the attachments stays shared, as it should). */
    private static Message copy(Message m) {
        Object p = m.payload;
        if (p instanceof ByteBuffer b) {
            ByteBuffer c = ByteBuffer.allocate(b.remaining());
            c.put(b.duplicate());
            c.flip();
            p = c;
        }
        return new Message(p, m.attachments);
    }
}
