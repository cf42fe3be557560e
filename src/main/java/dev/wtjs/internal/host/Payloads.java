package dev.wtjs.internal.host;

import dev.wtjs.JsError;
import dev.wtjs.internal.conform.Json;
import dev.wtjs.internal.messaging.JavaCodec;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Message payloads from JavaScript as Java values, and JavaScript errors as {@link JsError}s. */
public final class Payloads {
    private Payloads() {
    }

    /**
     * A payload as the JS side posted it: V8 wire-format bytes (a ByteBuffer), or the interim string form
     * ({@code "u"} for undefined, {@code "j" + JSON}) that the JS side used before its V8 codec was wired in.
     */
    public static Object decode(Object payload, Object[] attachments) {
        if (payload == null) return null;
        attachments = transferred(attachments);
        if (payload instanceof ByteBuffer b) return JavaCodec.decode(b, attachments);
        if (payload instanceof byte[] b) return JavaCodec.decode(ByteBuffer.wrap(b), attachments);
        if (payload instanceof String s) {
            if (s.equals("u")) return null;
            if (s.startsWith("j")) return normalize(Json.parse(s.substring(1)));
        }
        throw new IllegalArgumentException("not a message payload: " + payload.getClass().getName());
    }

    /** The transferred buffers of a host side table {@code [nTransferred, ...buffers, nShared, ...]}. */
    static Object[] transferred(Object[] attachments) {
        if (attachments == null || attachments.length == 0 || !(attachments[0] instanceof Number n)) return attachments;
        int count = Math.min(n.intValue(), attachments.length - 1);
        Object[] out = new Object[count];
        System.arraycopy(attachments, 1, out, 0, count);
        return out;
    }

    private static Object normalize(Object v) {
        if (v instanceof Number n && !(v instanceof Integer)) {
            double d = n.doubleValue();
            if (d == (int) d && !(d == 0 && 1 / d < 0)) return (int) d;
            return d;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), normalize(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object x : l) out.add(normalize(x));
            return out;
        }
        return v;
    }

    /**
     * A thrown JS value as a {@link JsError}: a decoded Error; the worker's uncaught-error record
     * ({@code { isError, ctor, props, hasCause, cause }}, props as property descriptors, the cause a record of its
     * own); an error-like object ({@code { name, message,
     * stack, code }}, as {@code wtjs/plugin} replies); or any other thrown value (then {@code properties().get("value")}).
     */
    public static JsError toJsError(Object v) {
        if (v instanceof JsError e) return e;
        if (v instanceof Map<?, ?> m) {
            if (Boolean.TRUE.equals(m.get("isError"))) {
                // internal/error_serdes: props holds property descriptors ({ value, writable, ... }) of the error
                // and its prototype chain, as node's error_serdes
                Map<String, Object> props = new LinkedHashMap<>();
                if (m.get("props") instanceof Map<?, ?> p) {
                    p.forEach((k, d) -> props.put(String.valueOf(k), d instanceof Map<?, ?> dm ? dm.get("value") : d));
                }
                Object name = props.remove("name");
                Object message = props.remove("message");
                Object stack = props.remove("stack");
                Object code = props.get("code");
                // the cause travels as a record of its own: an error's, or a value's
                if (Boolean.TRUE.equals(m.get("hasCause"))) props.put("cause", causeOf(m.get("cause")));
                return new JsError(name instanceof String s ? s : String.valueOf(m.get("ctor")), str(message),
                        str(stack), code instanceof String c ? c : null, props);
            }
            if (Boolean.FALSE.equals(m.get("isError")) && m.containsKey("value")) {
                // (an error whose properties could not be cloned comes as the serializer clones an error)
                return m.get("value") instanceof JsError e ? e : thrownValue(m.get("value"));
            }
            if (Boolean.FALSE.equals(m.get("isError")) && m.containsKey("symbolText")) {
                return thrownValue(m.get("symbolText"));
            }
            if (m.containsKey("message") || m.containsKey("name")) {
                Map<String, Object> props = new LinkedHashMap<>();
                m.forEach((k, x) -> props.put(String.valueOf(k), x));
                props.keySet().removeAll(List.of("name", "message", "stack"));
                Object code = props.get("code");
                return new JsError(m.get("name") instanceof String s ? s : "Error", str(m.get("message")),
                        str(m.get("stack")), code instanceof String c ? c : null, props);
            }
        }
        return thrownValue(v);
    }

    /** A cause record: a {@link JsError} for an error, else the value (a symbol as its text). */
    private static Object causeOf(Object record) {
        if (!(record instanceof Map<?, ?> r)) return record;
        if (Boolean.TRUE.equals(r.get("isError"))) return toJsError(r);
        return r.containsKey("symbolText") ? r.get("symbolText") : r.get("value");
    }

    private static JsError thrownValue(Object v) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("value", v);
        return new JsError("Error", "Uncaught " + v, null, null, props);
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }
}
