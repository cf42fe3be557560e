package dev.wtjs.internal.agent;

import dev.wtjs.internal.messaging.Message;
import dev.wtjs.internal.messaging.PortEnd;

import java.util.List;
import java.util.Map;

/** What an agent is started with: the main script's, or a worker's options as {@code new Worker} validated them. */
public final class AgentConfig {
    public int threadId;
    public String name = "";
    /** A file path (absolute) or, when {@link #isEval}, source code; null for an agent driven only by the host. */
    public String script;
    public boolean isEval;
    /** The name eval'd code runs under: {@code [eval]} (-e, -p), {@code [stdin]}, {@code [worker eval]}. */
    public String evalName = "[eval]";
    /** node -p: print the completion value of the eval'd code when the process exits. */
    public boolean printResult;
    /** The Java host named {@link #script} itself: it is readable whatever the file-access policy says. */
    public boolean hostChosenScript;
    public List<String> argv = List.of();
    public List<String> execArgv = List.of();
    /** The worker's own copy of the environment; null means share the runtime's ({@code SHARE_ENV}). */
    public Map<String, String> env;
    public Message workerData;
    public Message environmentData;
    /** The child's end of the parent port (workers only). */
    public PortEnd parentPort;
    public double[] resourceLimits = {0, 0, 0, 4};
    /** The most CPU time the worker's thread may use (0: no limit); a Java host's option. */
    public long cpuTimeLimitNanos;
    public String cwd;
    /** Worker options stdout/stderr: true: the worker's writes to fd 1/2 go to the parent's worker.stdout/stderr. */
    public boolean stdoutToParent;
    public boolean stderrToParent;
    /** Worker option stdin: true: the parent's worker.stdin feeds the worker's process.stdin. */
    public boolean stdin;
}
