package dev.wtjs.examples;

import dev.wtjs.FileAccess;
import dev.wtjs.JsError;
import dev.wtjs.JsWorkerPool;
import dev.wtjs.WorkerSpec;
import dev.wtjs.WtjsRuntime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A Java application that loads a JS plugin folder, sends it work and prints the results.
 * <pre>
 * mvn -q -B -o test-compile
 * java -cp "target/test-classes:target/classes:target/lib/*" dev.wtjs.examples.PluginHost examples/word-count-plugin
 * </pre>
 * The plugin may read its own folder only, reaches no Java class, and runs in two worker threads.
 */
public final class PluginHost {
    private PluginHost() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "examples/word-count-plugin").toAbsolutePath();
        try (WtjsRuntime rt = WtjsRuntime.builder().fileAccess(FileAccess.readOnly(folder)).build();
             JsWorkerPool pool = rt.newPool(WorkerSpec.file(folder.resolve("index.js")).workerData(Map.of("top", 2)), 2)) {
            pool.onError(e -> System.err.println("plugin crashed (replaced): " + e));
            List<String> texts = List.of("the cat and the hat", "to be or not to be", "Über über alles");
            List<CompletableFuture<Object>> replies = new ArrayList<>();
            for (String t : texts) replies.add(pool.request(Map.of("text", t)));
            for (int i = 0; i < texts.size(); i++) {
                System.out.println(texts.get(i) + " -> " + replies.get(i).get());
            }
            try {
                pool.request(Map.of("text", 42)).get();
            } catch (ExecutionException e) {
                JsError err = (JsError) e.getCause();
                System.out.println("bad request -> " + err);
            }
        }
    }
}
