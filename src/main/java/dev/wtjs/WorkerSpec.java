package dev.wtjs;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to start as a worker with {@link WtjsRuntime#startWorker}: a script file or source code, and the options
 * node's {@code new Worker(filename, options)} takes. A mutable builder; the runtime copies what it needs at start.
 *
 * <pre>{@code
 * WorkerSpec spec = WorkerSpec.file(Path.of("plugins/echo/index.js"))
 *         .name("echo").workerData(Map.of("greeting", "hi")).argv("--fast");
 * }</pre>
 */
public final class WorkerSpec {
    final Path file;
    final String source;
    Object workerData;
    List<String> argv = List.of();
    Map<String, String> env;
    String name = "";
    final double[] resourceLimits = {0, 0, 0, 4};
    long cpuTimeLimitNanos;

    private WorkerSpec(Path file, String source) {
        this.file = file;
        this.source = source;
    }

    /**
     * A worker running a script file, as {@code new Worker(path)}. A relative path is resolved against the runtime's
     * working directory. The file itself is readable by the worker even under {@link FileAccess#none()}; what it
     * {@code require}s needs a {@link FileAccess} grant.
     */
    public static WorkerSpec file(Path script) {
        return new WorkerSpec(java.util.Objects.requireNonNull(script, "the worker's script path is null"), null);
    }

    /** A worker running source code, as {@code new Worker(code, { eval: true })}. */
    public static WorkerSpec source(String code) {
        return new WorkerSpec(null, java.util.Objects.requireNonNull(code, "the worker's source code is null"));
    }

    /** The worker's {@code workerData}, a message value (see {@link JsWorker} for the mapping). */
    public WorkerSpec workerData(Object data) {
        this.workerData = data;
        return this;
    }

    /** Extra {@code process.argv} entries, after the executable and the script. */
    public WorkerSpec argv(String... args) {
        this.argv = List.of(args);
        return this;
    }

    public WorkerSpec argv(List<String> args) {
        this.argv = List.copyOf(args);
        return this;
    }

    /**
     * The worker's own {@code process.env}; by default a copy of the runtime's environment (empty unless the
     * runtime was given one with {@link WtjsRuntime.Builder#env} or {@link WtjsRuntime.Builder#hostEnvironment()}).
     */
    public WorkerSpec env(Map<String, String> env) {
        this.env = new LinkedHashMap<>(env);
        return this;
    }

    /** The worker's name ({@code require('worker_threads').threadName}, error messages). */
    public WorkerSpec name(String name) {
        this.name = name == null ? "" : name.trim();
        return this;
    }

    /**
     * The worker's stack size in MB (node's {@code resourceLimits.stackSizeMb}, default 4); wtjs gives the thread
     * four times as much Java stack, as a GraalJS frame is bigger than a V8 frame.
     */
    public WorkerSpec stackSizeMb(double mb) {
        resourceLimits[3] = mb;
        return this;
    }

    /**
     * All of node's {@code resourceLimits}. The stack size is the thread's; {@code maxOldGenerationSizeMb} is the most the
     * worker may grow the JVM's live heap by: past it the worker ends with an {@code ERR_WORKER_OUT_OF_MEMORY}
     * error and exit code 1, as in node (how it is measured, and how closely: docs/java-api.md, "Limits").
     * {@code maxYoungGenerationSizeMb} and {@code codeRangeSizeMb} are only reported back (the nursery is the
     * JVM's, shared by all workers).
     */
    public WorkerSpec resourceLimits(double maxYoungGenerationSizeMb, double maxOldGenerationSizeMb,
                                     double codeRangeSizeMb, double stackSizeMb) {
        resourceLimits[0] = maxYoungGenerationSizeMb;
        resourceLimits[1] = maxOldGenerationSizeMb;
        resourceLimits[2] = codeRangeSizeMb;
        resourceLimits[3] = stackSizeMb;
        return this;
    }

    /** node's {@code resourceLimits.maxOldGenerationSizeMb} alone (see {@link #resourceLimits}). */
    public WorkerSpec maxOldGenerationSizeMb(double mb) {
        resourceLimits[1] = mb;
        return this;
    }

    /**
     * The most CPU time the worker's thread may use (null or zero: no limit). Past it the worker is terminated
     * and reports an error with code {@code ERR_WTJS_CPU_TIME_LIMIT}, then exits with code 1; it is checked every
     * few milliseconds. (The time the JIT compiler spends on the worker's code runs on other threads and is not
     * counted.)
     */
    public WorkerSpec cpuTimeLimit(java.time.Duration limit) {
        if (limit != null && limit.isNegative()) throw new IllegalArgumentException("negative CPU time limit: " + limit);
        cpuTimeLimitNanos = limit == null ? 0 : limit.toNanos();
        return this;
    }

    @Override
    public String toString() {
        return "WorkerSpec[" + (file != null ? file : "source") + (name.isEmpty() ? "" : ", name=" + name) + "]";
    }
}
