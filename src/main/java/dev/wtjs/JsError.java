package dev.wtjs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JavaScript error as Java sees it: an uncaught error of a worker (its {@code error} event), an {@code Error}
 * object inside a message, or a rejected {@link JsWorker#request request}. It carries the error's {@link #name()}
 * ({@code TypeError}, ...), {@link #getMessage() message}, JavaScript {@link #jsStack() stack} and node's
 * {@link #code() code} when it has one ({@code ERR_...}); other own properties are in {@link #properties()}.
 * <p>
 * Sending a {@code JsError} (or any other {@link Throwable}) to JavaScript makes an {@code Error} of the same name
 * with the same message; the V8 wire format carries only name, message and stack.
 */
public class JsError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String jsStack;
    private final String code;
    private final transient Map<String, Object> properties;

    /** An error to send to JavaScript, or a Java-made stand-in for one. */
    public JsError(String name, String message) {
        this(name, message, null, null, Map.of());
    }

    /**
     * The full form. {@code properties} holds the error's other own properties (copied); {@code code} and
     * {@code stack} may be null.
     */
    public JsError(String name, String message, String jsStack, String code, Map<String, Object> properties) {
        super(message, null, false, false);
        this.name = name == null ? "Error" : name;
        this.jsStack = jsStack;
        this.code = code;
        this.properties = properties == null || properties.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** The error's {@code name}: {@code Error}, {@code TypeError}, {@code RangeError}, ... */
    public String name() {
        return name;
    }

    /** The error's {@code code} ({@code ERR_...}), or null when it has none. */
    public String code() {
        return code;
    }

    /** The JavaScript stack ({@code err.stack}: the {@code Name: message} line and the frames), or null. */
    public String jsStack() {
        return jsStack;
    }

    /** The error's other own enumerable properties (as message values), never null. */
    public Map<String, Object> properties() {
        return properties;
    }

    /** As node prints an error's first line: {@code Name [CODE]: message}. */
    @Override
    public String toString() {
        String head = code != null ? name + " [" + code + "]" : name;
        String m = getMessage();
        return m == null || m.isEmpty() ? head : head + ": " + m;
    }
}
