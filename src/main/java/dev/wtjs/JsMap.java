package dev.wtjs;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JavaScript {@code Map} as a message value. A JS {@code Map} arrives in Java as a {@code JsMap}, and a
 * {@code JsMap} is always sent as a JS {@code Map}, even when all its keys are strings (another {@link Map} with
 * only string keys is sent as a plain object; one with other keys as a {@code Map}). Keeps insertion order.
 */
public class JsMap extends LinkedHashMap<Object, Object> {
    private static final long serialVersionUID = 1L;

    public JsMap() {
    }

    public JsMap(Map<?, ?> entries) {
        super(entries);
    }
}
