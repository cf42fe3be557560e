package dev.wtjs.internal.binding;

import dev.wtjs.JsError;
import dev.wtjs.internal.agent.Agent;
import dev.wtjs.internal.agent.AgentConfig;
import dev.wtjs.internal.agent.RuntimeCore;
import dev.wtjs.internal.agent.AgentListener;
import dev.wtjs.internal.messaging.Message;
import dev.wtjs.internal.messaging.PortEnd;
import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starting and stopping child workers ({@code internalBinding('host').workers()}). The child's news comes back to
 * this agent's loop as calls of the bootstrap's {@code workerOnline}, {@code workerError} and {@code workerExit}.
 */
public final class WorkerBinding {
    private final Agent parent;

    WorkerBinding(Agent parent) {
        this.parent = parent;
    }

    /**
     * Starts a worker. {@code opts}: script (absolute path or code), isEval, name, argv, execArgv, env (alternating
     * keys and values, or null to share), workerData (payload), workerDataAttachments, resourceLimits (4 numbers),
     * environmentData (payload). Returns {threadId, id of the parent's end of the worker's port}, or null when the
     * worker's thread could not be made.
     */
    @Export
    public int[] start(Value opts) {
        AgentConfig c = new AgentConfig();
        c.script = opts.getMember("script").asString();
        c.isEval = opts.getMember("isEval").asBoolean();
        c.name = opts.getMember("name").asString();
        // node: [execPath, script (or '[worker eval]'), ...options.argv]
        List<String> argv = new ArrayList<>();
        argv.add(RuntimeCore.execPath());
        argv.add(c.isEval ? "[worker eval]" : c.script);
        c.evalName = "[worker eval]";
        argv.addAll(HostBinding.strings(opts.getMember("argv")));
        c.argv = argv;
        c.execArgv = HostBinding.strings(opts.getMember("execArgv"));
        Value env = opts.getMember("env");
        if (env != null && !env.isNull()) {
            Map<String, String> m = new HashMap<>();
            for (long i = 0; i + 1 < env.getArraySize(); i += 2) {
                m.put(env.getArrayElement(i).asString(), env.getArrayElement(i + 1).asString());
            }
            c.env = m;
        }
        c.workerData = new Message(HostBinding.payloadOf(opts.getMember("workerData")),
                HostBinding.attachmentsOf(opts.getMember("workerDataAttachments")));
        c.environmentData = new Message(HostBinding.payloadOf(opts.getMember("environmentData")), null);
        Value limits = opts.getMember("resourceLimits");
        for (int i = 0; i < 4 && limits != null && i < limits.getArraySize(); i++) {
            c.resourceLimits[i] = limits.getArrayElement(i).asDouble();
        }
        c.cwd = parent.config.cwd;
        c.stdoutToParent = flag(opts, "stdout");
        c.stderrToParent = flag(opts, "stderr");
        c.stdin = flag(opts, "stdin");
        PortEnd[] parentEnd = new PortEnd[1];
        Agent child;
        try {
            child = parent.runtime.startWorker(c, end -> {
                parent.own(end);
                parentEnd[0] = end;
            }, new ToParent(parent));
        } catch (JsError e) {
            return null; // its thread could not be made: new Worker throws ERR_WORKER_INIT_FAILED
        }
        parent.adoptChild(child);
        return new int[] {c.threadId, parentEnd[0].id};
    }

    private static boolean flag(Value opts, String name) {
        Value v = opts.getMember(name);
        return v != null && v.isBoolean() && v.asBoolean();
    }

    @Export
    public void terminate(int threadId) {
        Agent child = parent.runtime.agent(threadId);
        if (child != null) child.terminate();
    }

    /** The child's life, handed to the parent's loop. */
    private static final class ToParent implements AgentListener {
        private final Agent parent;

        ToParent(Agent parent) {
            this.parent = parent;
        }

        @Override
        public void online(Agent child) {
            parent.post(() -> parent.callHook("workerOnline", child.threadId()));
        }

        @Override
        public void error(Agent child, Object payload) {
            parent.post(() -> parent.callHook("workerError", child.threadId(), payload));
        }

        @Override
        public void exited(Agent child, int code) {
            // node learns of the exit in the poll phase, after what the worker sent before it, and emits 'exit' in
            // that turn's close phase, after the immediates.
            parent.post(() -> parent.postClose(() -> {
                parent.childGone(child);
                // a worker ended by a resource limit: its error ('error' before 'exit', as node's)
                parent.callHook("workerExit", child.threadId(), code, child.limitCode(), child.limitMessage());
            }));
        }
    }
}
