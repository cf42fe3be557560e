package example;

import dev.wtjs.FileAccess;
import dev.wtjs.JsWorker;
import dev.wtjs.WorkerSpec;
import dev.wtjs.WtjsRuntime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the plugin plugin/primes.js in a wtjs worker: sandboxed (it may read its own folder only), with a heap and a
 * CPU time limit, and says whether GraalJS compiles it (JIT) or only interprets it on this JVM.
 */
public final class Embed {
    private Embed() {
    }

    public static void main(String[] args) throws Exception {
        Path plugin = Path.of(args.length > 0 ? args[0] : "plugin/primes.js").toAbsolutePath().normalize();
        try (WtjsRuntime rt = WtjsRuntime.builder()
                .fileAccess(FileAccess.readOnly(plugin.getParent()))   // the plugin reads its folder, nothing else
                .build()) {
            System.out.println("Java " + Runtime.version().feature() + ": GraalJS "
                    + (rt.isOptimizing() ? "compiles hot JavaScript (JIT)" : "only interprets (no JIT)"));
            JsWorker worker = rt.startWorker(WorkerSpec.file(plugin)
                    .maxOldGenerationSizeMb(256)                      // past it: ERR_WORKER_OUT_OF_MEMORY, exit 1
                    .cpuTimeLimit(Duration.ofMinutes(5)));            // past it: ERR_WTJS_CPU_TIME_LIMIT, exit 1
            worker.onError(e -> System.err.println("plugin error: " + e));
            long first = 0;
            long last = 0;
            Object reply = null;
            for (int i = 0; i < 15; i++) {
                long t0 = System.nanoTime();
                reply = worker.request(Map.of("below", 1_000_000)).get(2, TimeUnit.MINUTES);
                long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
                if (i == 0) first = ms;
                last = ms;
            }
            System.out.println("reply " + reply + "; first request " + first + " ms, 15th " + last + " ms");
            System.out.println(rt.isOptimizing() ? "mode: JIT" : "mode: interpreter");
        }
    }
}
