package dev.wtjs;

import dev.wtjs.internal.agent.Agent;
import dev.wtjs.internal.agent.AgentConfig;
import dev.wtjs.internal.agent.RuntimeCore;

import org.graalvm.polyglot.Engine;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A wtjs runtime: one shared GraalJS engine, the policy, and every agent (main script and workers) started from it.
 * Closing it terminates every worker and returns once every thread it started has ended.
 *
 * <pre>{@code
 * try (WtjsRuntime rt = WtjsRuntime.builder().build()) {
 *     int code = rt.runMain(Path.of("app.js"));
 * }
 * }</pre>
 */
public final class WtjsRuntime implements AutoCloseable {
    private final RuntimeCore core;

    private WtjsRuntime(Builder b) {
        this.core = new RuntimeCore(b.postAfterExit, b.out, b.err, b.env, b.cwd, true, b.engine);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** An engine that several runtimes can share ({@link Builder#engine}); close it after them. */
    public static Engine newSharedEngine() {
        return RuntimeCore.newEngine();
    }

    /** Runs {@code script} as {@code node script args...} would and returns the process exit code. */
    public int runMain(Path script, String... args) {
        Path abs = script.isAbsolute() ? script : Path.of(core.cwd).resolve(script);
        return runAgent(abs.normalize().toString(), false, List.of(args));
    }

    /** Runs {@code code} as {@code node -e code args...} would and returns the process exit code. */
    public int eval(String code, String... args) {
        return runAgent(code, true, List.of(args));
    }

    private int runAgent(String script, boolean isEval, List<String> args) {
        AgentConfig c = new AgentConfig();
        c.threadId = core.nextThreadId();
        c.script = script;
        c.isEval = isEval;
        List<String> argv = new ArrayList<>();
        argv.add(execPath());
        if (!isEval) argv.add(script);
        argv.addAll(args);
        c.argv = argv;
        c.cwd = core.cwd;
        Agent main = new Agent(core, c, null);
        main.start();
        main.join();
        return main.exitCode();
    }

    private static String execPath() {
        String p = System.getProperty("wtjs.execPath");
        return p != null ? p : ProcessHandle.current().info().command().orElse("wtjs");
    }

    @Override
    public void close() {
        core.close();
    }

    /** Settings of a {@link WtjsRuntime}. */
    public static final class Builder {
        private PostAfterExit postAfterExit = PostAfterExit.THROW;
        private OutputStream out = System.out;
        private OutputStream err = System.err;
        private Map<String, String> env = System.getenv();
        private String cwd;
        private Engine engine;

        private Builder() {
        }

        /**
         * Runs on an engine shared with other runtimes (parsed code and compiled code are shared), instead of one of
         * its own. The caller keeps ownership: closing the runtime does not close it. Make it with
         * {@link #newSharedEngine()}.
         */
        public Builder engine(Engine engine) {
            this.engine = engine;
            return this;
        }

        /** What posting to an exited worker does: {@link PostAfterExit#THROW} (default) or {@code IGNORE}. */
        public Builder postAfterExit(PostAfterExit mode) {
            this.postAfterExit = mode;
            return this;
        }

        /** Where scripts' standard output goes (default: this process's). */
        public Builder stdout(OutputStream out) {
            this.out = out;
            return this;
        }

        /** Where scripts' standard error goes (default: this process's). */
        public Builder stderr(OutputStream err) {
            this.err = err;
            return this;
        }

        /** The environment scripts see as {@code process.env} (default: this process's). */
        public Builder env(Map<String, String> env) {
            this.env = env;
            return this;
        }

        /** The working directory scripts see (default: this process's). */
        public Builder cwd(Path cwd) {
            this.cwd = cwd.toAbsolutePath().normalize().toString();
            return this;
        }

        public WtjsRuntime build() {
            return new WtjsRuntime(this);
        }
    }
}
