package dev.wtjs.internal.binding;

import dev.wtjs.internal.messaging.SharedMemory;
import org.graalvm.polyglot.HostAccess.Export;

/**
 * SharedArrayBuffer memory and Atomics on it ({@code internalBinding('host').sharedMemory()}): allocation and the
 * atomic operations of internal/shared_memory.js. Indexes are byte offsets into the buffer.
 */
public final class SharedMemoryBinding {
    @Export
    public SharedMemory allocate(int length) {
        return new SharedMemory(length);
    }

    @Export
    public Object buffer(SharedMemory m) {
        return m.buffer;
    }

    @Export
    public int id(SharedMemory m) {
        return m.id;
    }

    @Export
    public double rmw(SharedMemory m, int op, int index, int size, boolean signed, double operand) {
        return m.rmw(op, index, size, signed, (long) operand);
    }

    @Export
    public double compareExchange(SharedMemory m, int index, int size, boolean signed, double expected,
                                  double replacement) {
        return m.compareExchange(index, size, signed, (long) expected, (long) replacement);
    }

    @Export
    public void store(SharedMemory m, int index, int size, double value) {
        m.store(index, size, (long) value);
    }

    /** BigInt64/BigUint64 variants take and return decimal strings (exact 64-bit values). */
    @Export
    public String rmw64(SharedMemory m, int op, int index, String operand) {
        return Long.toString(m.rmw(op, index, 8, true, Long.parseLong(operand)));
    }

    @Export
    public String compareExchange64(SharedMemory m, int index, String expected, String replacement) {
        return Long.toString(m.compareExchange(index, 8, true, Long.parseLong(expected), Long.parseLong(replacement)));
    }

    @Export
    public String await(SharedMemory m, int index, int size, String expected, double timeoutMs) {
        try {
            return m.await(index, size, Long.parseLong(expected), timeoutMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "timed-out";
        }
    }

    @Export
    public int notify(SharedMemory m, int index, double count) {
        return m.notifyWaiters(index, count);
    }
}
