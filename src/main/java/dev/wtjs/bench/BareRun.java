package dev.wtjs.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.graalvm.polyglot.Context;

/**
 * A bare GraalJS context, as {@link Floor}'s, that runs a CommonJS file once and prints one expression over its
 * exports ({@code WTJS_MAIN=dev.wtjs.bench.BareRun bin/wtjs FILE EXPRESSION}): what running that much JavaScript
 * costs a cold JVM without wtjs (bench/startup's "bare context" row, beside the floor).
 */
public final class BareRun {
    private BareRun() {
    }

    public static void main(String[] args) throws IOException {
        String source = Files.readString(Path.of(args[0]));
        try (Context c = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build()) {
            c.eval("js", "(function (module, exports) {\n" + source + "\n})").execute(
                    c.eval("js", "globalThis.module = { exports: {} }"), c.eval("js", "module.exports"));
            c.eval("js", "print((function (exports) { return " + args[1] + "; })(module.exports))");
        }
    }
}
