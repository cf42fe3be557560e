package dev.wtjs.internal.messaging;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One end of an entangled pair of message ports. Messages posted to this end are queued in the peer's inbox and
 * delivered on the loop of the agent that owns the peer. Any thread may post; only the owner's loop receives.
 */
public final class PortEnd {
    private static final AtomicInteger IDS = new AtomicInteger();

    /** Where a port's owner is told that messages wait (runs on any thread; must only post to a loop). */
    public interface Owner {
        void messagesWaiting(PortEnd port);
        void portClosed(PortEnd port);
    }

    public final int id = IDS.incrementAndGet();
    /** Its place in its owner's loop (the order libuv would answer its signal in; set by the owner). */
    public volatile long loopPlace;
    private final ConcurrentLinkedQueue<Message> inbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean notified = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** The current owner was told this end is closed. */
    private final AtomicBoolean told = new AtomicBoolean();
    private volatile PortEnd peer;
    private volatile Owner owner;
    private volatile boolean started;

    /** A new entangled pair. */
    public static PortEnd[] pair() {
        PortEnd a = new PortEnd();
        PortEnd b = new PortEnd();
        a.peer = b;
        b.peer = a;
        return new PortEnd[] {a, b};
    }

    /** Gives this end to an agent (at creation, or when it arrives in a transfer). */
    public void adopt(Owner newOwner) {
        owner = newOwner;
        if (closed.get()) tell(); // closed while it travelled: the new owner hears of it now
        else if (started && !inbox.isEmpty()) signal();
    }

    /** Detaches this end from its owner (it is being transferred): messages keep queueing meanwhile. */
    public void release() {
        owner = null;
        started = false;
        told.set(false);
    }

    /** Posts to the peer; returns false (and drops the message) when the pair is closed, as Node does. */
    public boolean post(Message m) {
        PortEnd p = peer;
        if (p == null || closed.get() || p.closed.get()) return false;
        p.inbox.add(m);
        if (p.started) p.signal();
        return true;
    }

    /** Starts delivery (a listener was added or start() called). */
    public void start() {
        started = true;
        if (!inbox.isEmpty()) signal();
    }

    public void stop() {
        started = false;
    }

    public boolean isStarted() {
        return started;
    }

    public boolean hasMessages() {
        return !inbox.isEmpty();
    }

    /** How many messages wait (counts the inbox: for sizing a delivery batch). */
    public int waiting() {
        return inbox.size();
    }

    /** Whether {@code other} is this end's entangled peer. */
    public boolean isPeer(PortEnd other) {
        return other != null && peer == other;
    }

    /** The next waiting message, or null (used by delivery and by receiveMessageOnPort). */
    public Message poll() {
        return inbox.poll();
    }

    /** Called by the owner's loop when it drains: later posts signal again. */
    public void drained() {
        notified.set(false);
        if (started && !inbox.isEmpty()) signal();
    }

    /**
     * Closes both ends; each owner hears of it once on its loop, this end's first. Idempotent. An end that is in
     * transit (no owner) is told when it is adopted; closing an end whose peer already closed the pair still tells
     * this end's owner.
     */
    public void close() {
        closed.set(true);
        PortEnd p = peer;
        if (p != null) p.closed.set(true);
        tell();
        if (p != null) p.tell();
    }

    private void tell() {
        Owner o = owner;
        if (o != null && told.compareAndSet(false, true)) o.portClosed(this);
    }

    public boolean isClosed() {
        return closed.get();
    }

    private void signal() {
        Owner o = owner;
        if (o != null && notified.compareAndSet(false, true)) o.messagesWaiting(this);
    }
}
