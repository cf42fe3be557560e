package dev.wtjs.internal.agent;

/**
 * How a worker agent reports its life to whoever started it (the parent agent's loop, or a Java host).
 * Called on the worker's own thread; implementations must only hand the news over to their own thread.
 */
public interface AgentListener {
    void online(Agent agent);

    /** An uncaught error; {@code payload} is the serialized error (V8 wire format bytes or a string). */
    void error(Agent agent, Object payload);

    void exited(Agent agent, int code);
}
