package dev.wtjs.cli.daemon;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.util.Arrays;

/**
 * The daemon's frame writer for one run: frames are queued and written to the client by a thread of its own, so
 * <ul>
 * <li>a run's agents never write to the socket themselves (a socket channel is closed when a thread writing to it
 * is interrupted, and agents are interrupted by terminate() and vm's timeout while they may be printing);</li>
 * <li>a script printing line by line costs a copy per line, not a hand-off to another thread: what queues up while
 * the thread writes goes out as one write, consecutive output of one stream as one frame.</li>
 * </ul>
 * The queue is bounded: a sender waits while {@link #LIMIT} bytes are pending, so a client that reads slowly (a
 * paused terminal, a slow pipe) holds the script back as its own stdout would. A failed write fails every later
 * send, as a closed descriptor would.
 */
final class QueuedWriter extends Frames.Writer {
    /** Pending bytes past which senders wait for the writing thread. */
    static final int LIMIT = 1 << 20;

    /** A joined frame stays below this (a frame reader refuses 64 MB). */
    private static final int MAX_JOINED = 16 << 20;

    private Bytes pending = new Bytes();
    private Bytes spare = new Bytes();
    /** Where the last pending frame starts, and its type: output of the same stream joins it. */
    private int lastStart = -1;
    private byte lastType;
    /** Frames handed to the writing thread and not yet written. */
    private boolean writing;
    private IOException failure;
    private boolean closed;
    private final Thread thread;

    QueuedWriter(SocketChannel ch, String name) {
        super(ch);
        thread = new Thread(this::drain, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    void send(byte type, byte[] data, int off, int len) throws IOException {
        boolean interrupted = false;
        try {
            synchronized (this) {
                while (failure == null && !closed && pending.size() >= LIMIT) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        interrupted = true; // the caller's interrupt is its own: kept for it, after the send
                    }
                }
                if (failure != null) throw failure;
                if (closed) throw new IOException("the run's connection is closed");
                int joined = lastStart < 0 ? -1 : pending.size() - lastStart - 5 + len;
                if (type == lastType && (type == Frames.OUT || type == Frames.ERR) && joined >= 0
                        && joined <= MAX_JOINED) {
                    pending.setInt(lastStart + 1, joined);
                } else {
                    lastStart = pending.size();
                    lastType = type;
                    pending.add(type);
                    pending.addInt(len);
                }
                pending.add(data, off, len);
                notifyAll();
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    @Override
    void flush() throws IOException {
        boolean interrupted = false;
        try {
            synchronized (this) {
                while (failure == null && (pending.size() > 0 || writing)) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                if (failure != null) throw failure;
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /** Writes what is pending, then stops the thread (frames sent afterwards fail). */
    @Override
    void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
    }

    private void drain() {
        while (true) {
            Bytes batch;
            synchronized (this) {
                while (pending.size() == 0 && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        // nobody interrupts this thread but the JVM's end
                    }
                }
                if (pending.size() == 0) return; // closed, and all written
                batch = pending;
                pending = spare;
                spare = batch;
                lastStart = -1;
                writing = true;
            }
            IOException failed = null;
            try {
                batch.writeTo(out);
                out.flush();
            } catch (IOException e) {
                failed = e;
            }
            synchronized (this) {
                batch.reset();
                writing = false;
                if (failed != null) {
                    failure = failed;
                    pending.reset();
                }
                notifyAll();
                if (failure != null) return;
            }
        }
    }

    /** A growable byte array whose ints can be patched in place. */
    private static final class Bytes {
        private byte[] b = new byte[8 * 1024];
        private int size;

        int size() {
            return size;
        }

        void reset() {
            size = 0;
        }

        private void room(int n) {
            if (size + n > b.length) b = Arrays.copyOf(b, Math.max(b.length * 2, size + n));
        }

        void add(byte v) {
            room(1);
            b[size++] = v;
        }

        void add(byte[] data, int off, int len) {
            room(len);
            System.arraycopy(data, off, b, size, len);
            size += len;
        }

        void addInt(int v) {
            room(4);
            setInt(size, v);
            size += 4;
        }

        void setInt(int at, int v) {
            b[at] = (byte) (v >>> 24);
            b[at + 1] = (byte) (v >>> 16);
            b[at + 2] = (byte) (v >>> 8);
            b[at + 3] = (byte) v;
        }

        void writeTo(java.io.OutputStream out) throws IOException {
            out.write(b, 0, size);
        }
    }
}
