package dev.wtjs.internal.modules;

import org.graalvm.polyglot.Source;

import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@link Source}s of user code (CommonJS modules, eval'd worker code), kept so that every agent that runs the
 * same file or the same eval text hands the engine the same Source. The engine's code cache holds a Source's parsed
 * and compiled code only while the Source object is reachable: without this, each new worker of the same file
 * parses and JIT-compiles it afresh once the previous worker's Source was collected. Bounded (least recently used
 * goes first), so code generated anew each time does not pile up.
 */
public final class UserSources {
    private static final int MAX = 512;
    private static final Map<String, Source> CACHE = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Source> eldest) {
            return size() > MAX;
        }
    };

    private UserSources() {
    }

    /** The source of {@code code} named {@code filename}; file-backed when the name is an absolute path. */
    public static Source of(String filename, String code) {
        String key = filename + '\0' + code;
        synchronized (CACHE) {
            Source s = CACHE.get(key);
            if (s != null) return s;
        }
        Source s = build(filename, code);
        synchronized (CACHE) {
            CACHE.putIfAbsent(key, s);
            return CACHE.get(key);
        }
    }

    private static Source build(String filename, String code) {
        if (filename.startsWith("/")) {
            // File-backed (with our text), so import() in a CommonJS module resolves relative to its file.
            try {
                return Source.newBuilder("js", new File(filename)).content(code).cached(true).build();
            } catch (IOException e) {
                // fall back to a source that only carries the name
            }
        }
        return Source.newBuilder("js", code, filename).cached(true).buildLiteral();
    }
}
