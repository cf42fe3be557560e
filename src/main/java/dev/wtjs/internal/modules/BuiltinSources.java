package dev.wtjs.internal.modules;

import org.graalvm.polyglot.Source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The JavaScript builtins shipped as resources under {@code dev/wtjs/lib/}. Texts and wrapped {@link Source}s are
 * read once per JVM and shared by every agent, so a worker's start reuses the engine's parsed code.
 */
public final class BuiltinSources {
    private static final String ROOT = "/dev/wtjs/lib/";
    /** Bundled npm packages (ids {@code deps/<package>/<file>}), laid out by src/main/js-deps/install. */
    private static final String DEPS_ROOT = "/dev/wtjs/";
    private static final String MISSING = new String("<missing>");
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();
    private static final Map<String, Source> WRAPPED = new ConcurrentHashMap<>();
    private static final Map<String, Adapted> ADAPTED = new ConcurrentHashMap<>();

    private BuiltinSources() {
    }

    /** The text of builtin {@code id}, or null if there is none. */
    public static String text(String id) {
        String t = TEXTS.computeIfAbsent(id, BuiltinSources::load);
        return t == MISSING ? null : t;
    }

    /** The builtin wrapped as a function expression with the given parameters, named {@code node:<id>}. */
    public static Source wrapped(String id, List<String> params) {
        return WRAPPED.computeIfAbsent(id + "(" + String.join(",", params) + ")", key -> {
            String text = text(id);
            if (text == null) throw new IllegalArgumentException("No such builtin: " + id);
            return wrap(id, params, text);
        });
    }

    private static Source wrap(String id, List<String> params, String text) {
        String code = "(function (" + String.join(", ", params) + ") {" + text + "\n})";
        return Source.newBuilder("js", code, "node:" + id).cached(true).buildLiteral();
    }

    /**
     * Builtin {@code id} wrapped as {@link #wrapped} does, from {@code text}: its source as a builtin adapted it (the
     * loader's requireDep). Kept per id while the text is the same, so agents share its parsed code.
     */
    public static Source adapted(String id, List<String> params, String text) {
        String key = id + "(" + String.join(",", params) + ") adapted";
        Adapted a = ADAPTED.get(key);
        if (a == null || !a.text.equals(text)) {
            a = new Adapted(text, wrap(id, params, text));
            ADAPTED.put(key, a);
        }
        return a.source;
    }

    private record Adapted(String text, Source source) {
    }

    /** A builtin evaluated as a plain expression (the bootstrap files). */
    public static Source expression(String id) {
        return WRAPPED.computeIfAbsent(id, key -> {
            String text = text(id);
            if (text == null) throw new IllegalArgumentException("No such builtin: " + id);
            return Source.newBuilder("js", text, "node:" + id).cached(true).buildLiteral();
        });
    }

    /**
     * What a builtin's id looks like: names joined by '/', none starting with a dot. A request such as
     * {@code ./constants} must never find {@code lib/constants.js}: a class-path directory (tests run from
     * target/classes) would resolve the dot segment, a jar would not.
     */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*(/[A-Za-z0-9_][A-Za-z0-9_.-]*)*");

    private static String load(String id) {
        if (id.contains("..") || !ID.matcher(id).matches()) return MISSING;
        String path = (id.startsWith("deps/") ? DEPS_ROOT : ROOT) + id + ".js";
        try (InputStream in = BuiltinSources.class.getResourceAsStream(path)) {
            if (in == null) return MISSING;
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
