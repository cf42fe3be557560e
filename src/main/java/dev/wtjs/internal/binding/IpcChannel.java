package dev.wtjs.internal.binding;

import dev.wtjs.internal.agent.Agent;
import org.graalvm.polyglot.Value;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One end of the IPC channel between a process and the child it forked: a Unix domain socket carrying one JSON
 * text per line (node's 'json' serialization). The parent listens on a fresh socket in a private temporary folder
 * and passes its path in the child's environment; the child connects. A thread per end
 * ({@code wtjs-ipc-<pid or "child">}) reads lines and posts each to the agent's loop as {@code ('message', text)},
 * then {@code ('close')}. Writes before the child has connected wait in a buffer.
 */
final class IpcChannel {
    private final Agent agent;
    private final ServerSocketChannel server;
    private final Path dir;
    private final Path path;
    private volatile SocketChannel socket;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private volatile boolean closed;
    private Thread reader;

    private IpcChannel(Agent agent, ServerSocketChannel server, Path dir, Path path, SocketChannel socket) {
        this.agent = agent;
        this.server = server;
        this.dir = dir;
        this.path = path;
        this.socket = socket;
    }

    /** The parent's end: a socket listening for the child (see {@link #path()}). */
    static IpcChannel listen(Agent agent) throws IOException {
        Path dir = Files.createTempDirectory("wtjs-ipc-");
        Path path = dir.resolve("channel.sock");
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(path));
        return new IpcChannel(agent, server, dir, path, null);
    }

    /** The child's end, connected to the parent's socket at {@code path}. */
    static IpcChannel connect(Agent agent, String path) throws IOException {
        SocketChannel s = SocketChannel.open(StandardProtocolFamily.UNIX);
        s.connect(UnixDomainSocketAddress.of(path));
        return new IpcChannel(agent, null, null, null, s);
    }

    String path() {
        return path.toString();
    }

    /** Starts the reading thread: it accepts the child first on the parent's end. */
    void start(String name, Value onEvent) {
        reader = new Thread(() -> {
            try {
                if (socket == null) accept();
                readLines(onEvent);
            } catch (IOException e) {
                // closed: the end of the channel
            }
            if (!closed) agent.post(() -> agent.callback(onEvent, "close"));
        }, name);
        reader.setDaemon(true);
        reader.start();
    }

    private void accept() throws IOException {
        SocketChannel s = server.accept();
        removeSocketFile();
        synchronized (this) {
            socket = s;
            if (pending.size() > 0) writeAll(s, pending.toByteArray());
            pending.reset();
        }
    }

    private void readLines(Value onEvent) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (socket.read(buf) > 0) {
            buf.flip();
            while (buf.hasRemaining()) {
                byte b = buf.get();
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                String text = line.toString(StandardCharsets.UTF_8);
                line.reset();
                agent.post(() -> agent.callback(onEvent, "message", text));
            }
            buf.clear();
        }
    }

    /** Sends one line (the newline is added); false once closed. */
    boolean send(String text) {
        if (closed) return false;
        byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (this) {
            SocketChannel s = socket;
            if (s == null) {
                pending.writeBytes(bytes);
                return true;
            }
            try {
                writeAll(s, bytes);
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }

    private static void writeAll(SocketChannel s, byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) s.write(b);
    }

    /** Closes this end (the other end sees the channel close); its thread ends. */
    void close() {
        closed = true;
        try {
            if (server != null) server.close();
            SocketChannel s = socket;
            if (s != null) s.close();
        } catch (IOException ignored) {
            // already closed
        }
        removeSocketFile();
        Thread t = reader;
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void removeSocketFile() {
        if (path == null) return;
        try {
            Files.deleteIfExists(path);
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // left for the system's temporary-file cleaning
        }
    }
}
