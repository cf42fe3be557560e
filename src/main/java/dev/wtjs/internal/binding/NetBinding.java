package dev.wtjs.internal.binding;

import dev.wtjs.internal.agent.Agent;
import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.StandardSocketOptions;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The TCP sockets behind {@code net} ({@code internalBinding('host').net()}), on NIO. One selector thread per
 * agent ({@code wtjs-net-<threadId>}), started on first use and stopped when the agent closes, does every channel
 * operation; the agent's thread only queues operations for it, and it posts what happened (a connection, bytes
 * read, a write done, an error) to the agent's loop as calls of the one event handler the JavaScript side set.
 * Bytes cross as latin1 strings (one char per byte). Keeping the loop alive is the JavaScript side's business
 * (it refs the loop for each open handle). Without the runtime's network grant every call fails with EACCES.
 */
public final class NetBinding {
    private final Agent agent;
    private final AtomicInteger ids = new AtomicInteger(1);
    private final ConcurrentLinkedQueue<Runnable> ops = new ConcurrentLinkedQueue<>();
    /**
     * The open handles by id: changed by the selector thread only; the agent's thread reads it to write at once
     * (a handle's write queue is guarded by the handle's monitor).
     */
    private final Map<Integer, Handle> handles = new java.util.concurrent.ConcurrentHashMap<>();
    private Value handler;
    private Selector selector;
    private Thread thread;
    private volatile boolean closing;
    private String error;

    NetBinding(Agent agent) {
        this.agent = agent;
    }

    private static final class Handle {
        final int id;
        final SelectableChannel channel;
        /** For a server: whether it listens on an IPv6 socket (IPv4 peers are then shown as ::ffff:a.b.c.d). */
        final boolean v6;
        SelectionKey key;
        final ArrayDeque<ByteBuffer> writes = new ArrayDeque<>();
        final ArrayDeque<Integer> writeIds = new ArrayDeque<>();
        boolean shutdownAfterWrites;
        boolean reading = true;
        InetAddress[] candidates;
        int candidate;
        int port;

        Handle(int id, SelectableChannel channel, boolean v6) {
            this.id = id;
            this.channel = channel;
            this.v6 = v6;
        }
    }

    /** The errno name of the last failed synchronous call, or null. */
    @Export
    public String error() {
        return error;
    }

    /** Whether the runtime grants network access (the CLI does; the Java API only with allowNetwork()). */
    @Export
    public boolean allowed() {
        return agent.runtime.network;
    }

    /** The function every event goes to: {@code handler(kind, id, ...details)}, called on the agent's loop. */
    @Export
    public void setHandler(Value fn) {
        handler = fn;
    }

    // ---- calls from the agent's thread ----

    /**
     * Binds a listening socket now (so errors and the address are known at once); null host: every address
     * (IPv6 and IPv4). Returns [id, address, port, family], or null with the errno name in {@link #error()}.
     */
    @Export
    public Object[] listen(String host, int port, int backlog) {
        error = null;
        if (!agent.runtime.network) {
            error = "EACCES";
            return null;
        }
        ServerSocketChannel ch = null;
        try {
            InetSocketAddress at = host == null ? new InetSocketAddress(port)
                    : new InetSocketAddress(InetAddress.getByName(host), port);
            ch = ServerSocketChannel.open();
            ch.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            ch.bind(at, backlog > 0 ? backlog : 511);
            ch.configureBlocking(false);
            InetSocketAddress local = (InetSocketAddress) ch.getLocalAddress();
            Handle h = new Handle(ids.getAndIncrement(), ch, local.getAddress() instanceof Inet6Address);
            onSelector(() -> register(h, SelectionKey.OP_ACCEPT));
            return new Object[] {h.id, text(local.getAddress(), false), local.getPort(), family(local.getAddress(), false)};
        } catch (IOException | RuntimeException e) {
            if (ch != null) {
                try {
                    ch.close();
                } catch (IOException ignored) {
                    // failing anyway
                }
            }
            error = code(e);
            return null;
        }
    }

    /** Starts connecting to host:port; the outcome comes as a "connect" or "error" event. Returns the id. */
    @Export
    public int connect(String host, int port) {
        int id = ids.getAndIncrement();
        if (!agent.runtime.network) {
            post("error", id, "EACCES", "connect", host, port);
            return id;
        }
        onSelector(() -> {
            try {
                SocketChannel ch = SocketChannel.open();
                ch.configureBlocking(false);
                Handle h = new Handle(id, ch, false);
                h.port = port;
                try {
                    h.candidates = InetAddress.getAllByName(host);
                } catch (UnknownHostException e) {
                    ch.close();
                    post("lookupError", id, host);
                    return;
                }
                handles.put(id, h);
                tryConnect(h);
            } catch (IOException e) {
                post("error", id, code(e), "connect", host, port);
            }
        });
        return id;
    }

    /**
     * Writes bytes (a latin1 string) to the socket: at once if nothing is waiting and the socket takes them all
     * (returns true, as libuv's try-write), else queued for the selector thread, and a "written" event with
     * {@code req} says when they went out (returns false).
     */
    @Export
    public boolean write(int id, String data, int req) {
        ByteBuffer buf = ByteBuffer.wrap(data.getBytes(StandardCharsets.ISO_8859_1));
        Handle now = handles.get(id);
        if (now != null && now.channel instanceof SocketChannel ch) {
            synchronized (now) {
                if (now.writes.isEmpty() && !now.shutdownAfterWrites && ch.isConnected()) {
                    try {
                        ch.write(buf);
                    } catch (IOException e) {
                        // the selector thread meets the failure again and reports it
                    }
                    if (!buf.hasRemaining()) return true;
                }
            }
        }
        onSelector(() -> {
            Handle h = handles.get(id);
            if (h == null) return;
            synchronized (h) {
                h.writes.add(buf);
                h.writeIds.add(req);
            }
            flush(h);
        });
        return false;
    }

    /** Half-closes the socket once its queued writes are out ("shutdown" event). */
    @Export
    public void shutdown(int id) {
        onSelector(() -> {
            Handle h = handles.get(id);
            if (h == null) return;
            synchronized (h) {
                h.shutdownAfterWrites = true;
            }
            flush(h);
        });
    }

    /** Starts or stops reading from the socket (backpressure, pause()). */
    @Export
    public void setReading(int id, boolean on) {
        onSelector(() -> {
            Handle h = handles.get(id);
            if (h == null || h.reading == on) return;
            h.reading = on;
            synchronized (h) {
                interest(h);
            }
        });
    }

    /**
     * Closes a socket or server (queued writes are dropped) and returns once its port is released: NIO only
     * releases a registered channel at the selector's next select, and a script may listen on the same port or
     * expect ECONNREFUSED from it right after close.
     */
    @Export
    public void close(int id) {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        onSelector(() -> {
            try {
                Handle h = handles.remove(id);
                if (h != null) {
                    closeQuietly(h);
                    selector.selectNow(); // deregisters the cancelled key, so the socket really closes now
                }
            } catch (IOException ignored) {
                // the channel is closed anyway
            } finally {
                done.countDown();
            }
        });
        try {
            done.await(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The agent is closing: every socket closes and the selector thread ends (any thread but the selector's). */
    public void closeAll() {
        closing = true;
        Selector s;
        Thread t;
        synchronized (this) {
            s = selector;
            t = thread;
        }
        if (s == null) return;
        s.wakeup();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- the selector thread ----

    private void onSelector(Runnable op) {
        ops.add(op);
        Selector s;
        synchronized (this) {
            if (selector == null) {
                try {
                    selector = Selector.open();
                } catch (IOException e) {
                    throw new IllegalStateException("cannot open a selector", e);
                }
                thread = new Thread(this::run, "wtjs-net-" + agent.threadId());
                thread.setDaemon(true);
                thread.start();
            }
            s = selector;
        }
        s.wakeup();
    }

    private void run() {
        Selector s = selector;
        try {
            while (!closing) {
                Runnable op;
                while ((op = ops.poll()) != null) op.run();
                s.select();
                for (SelectionKey key : s.selectedKeys()) {
                    Handle h = (Handle) key.attachment();
                    if (!key.isValid()) continue;
                    try {
                        if (key.isAcceptable()) accept(h);
                        else {
                            if (key.isConnectable()) finishConnect(h);
                            if (key.isValid() && key.isWritable()) flush(h);
                            if (key.isValid() && key.isReadable()) read(h);
                        }
                    } catch (java.nio.channels.CancelledKeyException ignored) {
                        // closed meanwhile
                    }
                }
                s.selectedKeys().clear();
            }
        } catch (IOException | RuntimeException e) {
            agent.runtime.write(2, "wtjs: network thread failed: " + e + "\n");
        } finally {
            for (Handle h : handles.values()) closeQuietly(h);
            handles.clear();
            try {
                s.close();
            } catch (IOException ignored) {
                // ending anyway
            }
        }
    }

    private void register(Handle h, int ops) {
        try {
            h.key = h.channel.register(selector, ops, h);
            handles.put(h.id, h);
        } catch (ClosedChannelException e) {
            // closed before it was registered
        }
    }

    private void accept(Handle server) {
        SocketChannel ch;
        try {
            ch = ((ServerSocketChannel) server.channel).accept();
            if (ch == null) return;
            ch.configureBlocking(false);
            ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
        } catch (IOException e) {
            return; // the peer went away before we took it
        }
        Handle h = new Handle(ids.getAndIncrement(), ch, server.v6);
        try {
            InetSocketAddress remote = (InetSocketAddress) ch.getRemoteAddress();
            InetSocketAddress local = (InetSocketAddress) ch.getLocalAddress();
            // the event goes first, so the data that follows finds its socket
            post("connection", server.id, h.id, text(remote.getAddress(), server.v6), remote.getPort(),
                    family(remote.getAddress(), server.v6), text(local.getAddress(), server.v6), local.getPort());
            register(h, SelectionKey.OP_READ);
        } catch (IOException e) {
            closeQuietly(h);
        }
    }

    private void tryConnect(Handle h) {
        SocketChannel ch = (SocketChannel) h.channel;
        InetAddress a = h.candidates[h.candidate];
        try {
            if (ch.connect(new InetSocketAddress(a, h.port))) connected(h);
            else if (h.key == null) h.key = ch.register(selector, SelectionKey.OP_CONNECT, h);
            else h.key.interestOps(SelectionKey.OP_CONNECT);
        } catch (IOException e) {
            connectFailed(h, e);
        }
    }

    private void finishConnect(Handle h) {
        try {
            if (((SocketChannel) h.channel).finishConnect()) connected(h);
        } catch (IOException e) {
            connectFailed(h, e);
        }
    }

    private void connectFailed(Handle h, IOException e) {
        InetAddress a = h.candidates[h.candidate];
        if (h.candidate + 1 < h.candidates.length) {
            // the next address of the name, on a fresh socket
            try {
                if (h.key != null) h.key.cancel();
                h.channel.close();
                SocketChannel ch = SocketChannel.open();
                ch.configureBlocking(false);
                Handle next = new Handle(h.id, ch, false);
                next.candidates = h.candidates;
                next.candidate = h.candidate + 1;
                next.port = h.port;
                handles.put(h.id, next);
                tryConnect(next);
                return;
            } catch (IOException again) {
                e = again;
            }
        }
        handles.remove(h.id);
        closeQuietly(h);
        post("error", h.id, code(e), "connect", text(a, false), h.port);
    }

    private void connected(Handle h) throws IOException {
        SocketChannel ch = (SocketChannel) h.channel;
        ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
        InetSocketAddress remote = (InetSocketAddress) ch.getRemoteAddress();
        InetSocketAddress local = (InetSocketAddress) ch.getLocalAddress();
        post("connect", h.id, text(remote.getAddress(), false), remote.getPort(), family(remote.getAddress(), false),
                text(local.getAddress(), false), local.getPort());
        if (h.key == null) h.key = ch.register(selector, 0, h);
        flush(h);
    }

    private void interest(Handle h) {
        if (h.key == null || !h.key.isValid()) return;
        SocketChannel ch = (SocketChannel) h.channel;
        if (!ch.isConnected()) return;
        int ops = (h.reading ? SelectionKey.OP_READ : 0) | (h.writes.isEmpty() ? 0 : SelectionKey.OP_WRITE);
        h.key.interestOps(ops);
    }

    private final ByteBuffer readBuffer = ByteBuffer.allocate(64 * 1024);

    private void read(Handle h) {
        SocketChannel ch = (SocketChannel) h.channel;
        readBuffer.clear();
        int n;
        try {
            n = ch.read(readBuffer);
        } catch (IOException e) {
            fail(h, e, "read");
            return;
        }
        if (n < 0) {
            h.reading = false;
            synchronized (h) {
                interest(h);
            }
            post("end", h.id);
        } else if (n > 0) {
            post("data", h.id, new String(readBuffer.array(), 0, n, StandardCharsets.ISO_8859_1));
        }
    }

    private void flush(Handle h) {
        synchronized (h) {
            flushLocked(h);
        }
    }

    private void flushLocked(Handle h) {
        SocketChannel ch = (SocketChannel) h.channel;
        if (!ch.isConnected()) return; // flushed once connected
        try {
            while (!h.writes.isEmpty()) {
                ByteBuffer b = h.writes.peek();
                ch.write(b);
                if (b.hasRemaining()) break;
                h.writes.poll();
                post("written", h.id, h.writeIds.poll());
            }
            if (h.writes.isEmpty() && h.shutdownAfterWrites) {
                h.shutdownAfterWrites = false;
                ch.shutdownOutput();
                post("shutdown", h.id);
            }
            interest(h);
        } catch (IOException e) {
            fail(h, e, "write");
        }
    }

    private void fail(Handle h, IOException e, String syscall) {
        handles.remove(h.id);
        closeQuietly(h);
        post("error", h.id, code(e), syscall, null, 0);
    }

    private static void closeQuietly(Handle h) {
        try {
            if (h.key != null) h.key.cancel();
            h.channel.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    private void post(String kind, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = kind;
        System.arraycopy(args, 0, all, 1, args.length);
        agent.post(() -> {
            Value h = handler;
            if (h != null) agent.callback(h, all);
        });
    }

    // ---- addresses and errors ----

    static String code(Exception e) {
        if (e instanceof BindException) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("Cannot assign requested address")) return "EADDRNOTAVAIL";
            if (m.contains("Permission denied")) return "EACCES";
            return "EADDRINUSE";
        }
        if (e instanceof ConnectException) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("timed out")) return "ETIMEDOUT";
            if (m.contains("unreachable")) return "ENETUNREACH";
            return "ECONNREFUSED";
        }
        if (e instanceof UnknownHostException) return "ENOTFOUND";
        if (e instanceof SocketException || e instanceof IOException) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("reset")) return "ECONNRESET";
            if (m.contains("Broken pipe")) return "EPIPE";
            if (m.contains("timed out")) return "ETIMEDOUT";
        }
        return "EIO";
    }

    /** An address as node prints it: IPv4 dotted, IPv6 compressed; an IPv4 peer of an IPv6 socket mapped. */
    static String text(InetAddress a, boolean v6Socket) {
        if (a instanceof Inet4Address) return v6Socket ? "::ffff:" + a.getHostAddress() : a.getHostAddress();
        byte[] b = a.getAddress();
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) g[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        int bestAt = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) j++;
            if (j - i > bestLen) {
                bestAt = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestAt) {
                s.append("::");
                i += bestLen - 1;
                continue;
            }
            if (s.length() > 0 && s.charAt(s.length() - 1) != ':') s.append(':');
            s.append(Integer.toHexString(g[i]));
        }
        return s.toString();
    }

    static String family(InetAddress a, boolean v6Socket) {
        return a instanceof Inet4Address && !v6Socket ? "IPv4" : "IPv6";
    }
}
