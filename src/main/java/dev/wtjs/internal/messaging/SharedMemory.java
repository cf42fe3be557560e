package dev.wtjs.internal.messaging;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The memory of one SharedArrayBuffer, shared by every agent that received it: a direct ByteBuffer that each
 * agent's JavaScript sees through an ArrayBuffer of its own. GraalJS's Atomics cannot see such a buffer as
 * shared, so the atomic operations and wait/notify on it are done here (little-endian, as typed arrays are).
 */
public final class SharedMemory {
    private static final AtomicInteger IDS = new AtomicInteger();
    private static final VarHandle INT = MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    public final int id = IDS.incrementAndGet();
    public final ByteBuffer buffer;
    /** Waiters by byte index, in arrival order; guarded by {@code this}. */
    private final Map<Integer, List<Waiter>> waiters = new HashMap<>();

    private static final class Waiter {
        boolean notified;
    }

    public SharedMemory(int length) {
        this.buffer = ByteBuffer.allocateDirect(length).order(ByteOrder.LITTLE_ENDIAN);
    }

    // ---- read-modify-write; size is the element size in bytes (1, 2, 4, 8), signed as the typed array ----

    /** op: 0 add, 1 sub, 2 and, 3 or, 4 xor, 5 exchange, 6 load. Returns the old value. */
    public synchronized long rmw(int op, int index, int size, boolean signed, long operand) {
        if (size == 4 && op <= 5) return rmwInt(op, index, (int) operand);
        long old = read(index, size, signed);
        long v;
        switch (op) {
            case 0: v = old + operand; break;
            case 1: v = old - operand; break;
            case 2: v = old & operand; break;
            case 3: v = old | operand; break;
            case 4: v = old ^ operand; break;
            case 5: v = operand; break;
            default: return old;
        }
        write(index, size, v);
        return old;
    }

    private long rmwInt(int op, int index, int operand) {
        switch (op) {
            case 0: return (int) INT.getAndAdd(buffer, index, operand);
            case 1: return (int) INT.getAndAdd(buffer, index, -operand);
            case 2: return (int) INT.getAndBitwiseAnd(buffer, index, operand);
            case 3: return (int) INT.getAndBitwiseOr(buffer, index, operand);
            case 4: return (int) INT.getAndBitwiseXor(buffer, index, operand);
            default: return (int) INT.getAndSet(buffer, index, operand);
        }
    }

    public synchronized long compareExchange(int index, int size, boolean signed, long expected, long replacement) {
        long old = read(index, size, signed);
        if (old == normalize(expected, size, signed)) write(index, size, replacement);
        return old;
    }

    public synchronized void store(int index, int size, long value) {
        write(index, size, value);
    }

    private long read(int index, int size, boolean signed) {
        switch (size) {
            case 1: return signed ? buffer.get(index) : buffer.get(index) & 0xFF;
            case 2: return signed ? buffer.getShort(index) : buffer.getShort(index) & 0xFFFF;
            case 4: return signed ? (int) INT.getVolatile(buffer, index) : ((int) INT.getVolatile(buffer, index)) & 0xFFFFFFFFL;
            default: return (long) LONG.getVolatile(buffer, index);
        }
    }

    private static long normalize(long v, int size, boolean signed) {
        switch (size) {
            case 1: return signed ? (byte) v : v & 0xFF;
            case 2: return signed ? (short) v : v & 0xFFFF;
            case 4: return signed ? (int) v : v & 0xFFFFFFFFL;
            default: return v;
        }
    }

    private void write(int index, int size, long v) {
        switch (size) {
            case 1: buffer.put(index, (byte) v); break;
            case 2: buffer.putShort(index, (short) v); break;
            case 4: INT.setVolatile(buffer, index, (int) v); break;
            default: LONG.setVolatile(buffer, index, v);
        }
    }

    // ---- wait / notify ----

    /**
     * Atomics.wait: if the int32 (size 4) or int64 (size 8) at {@code index} equals {@code expected}, sleeps until
     * notified or {@code timeoutMs} passes (negative or infinite: no limit). Returns "ok", "not-equal" or "timed-out".
     */
    public String await(int index, int size, long expected, double timeoutMs) throws InterruptedException {
        Waiter w = new Waiter();
        synchronized (this) {
            if (read(index, size, true) != expected) return "not-equal";
            waiters.computeIfAbsent(index, k -> new ArrayList<>()).add(w);
            long deadline = Double.isInfinite(timeoutMs) || timeoutMs < 0 || Double.isNaN(timeoutMs)
                    ? Long.MAX_VALUE : System.nanoTime() + (long) (timeoutMs * 1e6);
            try {
                while (!w.notified) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) break;
                    if (deadline == Long.MAX_VALUE) wait(); else wait(left / 1_000_000, (int) (left % 1_000_000));
                }
            } finally {
                if (!w.notified) {
                    List<Waiter> l = waiters.get(index);
                    if (l != null) l.remove(w);
                }
            }
            return w.notified ? "ok" : "timed-out";
        }
    }

    /** Atomics.notify: wakes up to {@code count} waiters at {@code index}; returns how many woke. */
    public synchronized int notifyWaiters(int index, double count) {
        List<Waiter> l = waiters.get(index);
        if (l == null) return 0;
        int n = 0;
        while (!l.isEmpty() && n < count) {
            l.remove(0).notified = true;
            n++;
        }
        if (l.isEmpty()) waiters.remove(index);
        if (n > 0) notifyAll();
        return n;
    }
}
