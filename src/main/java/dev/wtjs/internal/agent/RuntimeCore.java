package dev.wtjs.internal.agent;

import dev.wtjs.PostAfterExit;
import dev.wtjs.internal.messaging.PortEnd;
import org.graalvm.polyglot.Engine;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What all agents of one runtime share: the polyglot engine, the policy, the output streams, the thread ids, the
 * live agents and the ports that exist. Thread-safe.
 */
public final class RuntimeCore implements AutoCloseable {
    public final Engine engine;
    public final PostAfterExit postAfterExit;
    public final PrintStream out;
    public final PrintStream err;
    public final Map<String, String> sharedEnv;
    public final String cwd;
    public final boolean hostFileAccess;
    private final AtomicInteger threadIds = new AtomicInteger();
    private final Map<Integer, Agent> agents = new ConcurrentHashMap<>();
    private final Map<Integer, PortEnd> ports = new ConcurrentHashMap<>();
    private volatile boolean closed;

    private final boolean ownsEngine;

    public RuntimeCore(PostAfterExit postAfterExit, OutputStream out, OutputStream err, Map<String, String> env,
                       String cwd, boolean hostFileAccess, Engine sharedEngine) {
        this.postAfterExit = postAfterExit;
        this.out = new PrintStream(out, false, StandardCharsets.UTF_8);
        this.err = new PrintStream(err, false, StandardCharsets.UTF_8);
        this.sharedEnv = new ConcurrentHashMap<>(env);
        this.cwd = cwd == null ? Path.of("").toAbsolutePath().toString() : cwd;
        this.hostFileAccess = hostFileAccess;
        this.ownsEngine = sharedEngine == null;
        this.engine = sharedEngine != null ? sharedEngine : newEngine();
    }

    /** An engine for wtjs contexts; the launcher reports interpreter-only mode itself, so GraalVM's warning is off. */
    public static Engine newEngine() {
        return Engine.newBuilder("js")
                .option("engine.WarnInterpreterOnly", "false")
                .logHandler(OutputStream.nullOutputStream())
                .build();
    }

    public int nextThreadId() {
        return threadIds.getAndIncrement();
    }

    void register(Agent a) {
        agents.put(a.threadId(), a);
    }

    void unregister(Agent a) {
        agents.remove(a.threadId());
    }

    public Agent agent(int threadId) {
        return agents.get(threadId);
    }

    public void registerPort(PortEnd p) {
        ports.put(p.id, p);
    }

    public PortEnd port(int id) {
        return ports.get(id);
    }

    public void forgetPort(PortEnd p) {
        ports.remove(p.id);
    }

    public boolean isClosed() {
        return closed;
    }

    /** Writes to stdout (fd 1) or stderr (fd 2); whole writes never interleave. */
    public void write(int fd, String s) {
        PrintStream ps = fd == 2 ? err : out;
        synchronized (ps) {
            ps.print(s);
            ps.flush();
        }
    }

    /** Terminates every agent and waits for their threads. */
    @Override
    public void close() {
        closed = true;
        List<Agent> live = new ArrayList<>(agents.values());
        for (Agent a : live) a.terminate();
        for (Agent a : live) a.join();
        if (ownsEngine) engine.close(true);
    }
}
