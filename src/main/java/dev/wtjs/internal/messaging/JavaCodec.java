package dev.wtjs.internal.messaging;

import dev.wtjs.JsError;
import dev.wtjs.JsMap;
import dev.wtjs.JsRegExp;
import dev.wtjs.JsTypedArray;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Java values to and from V8's ValueSerializer wire format (version 15, what node's {@code v8.serialize} and
 * {@code postMessage} write). The mapping (see docs/java-api.md):
 * <pre>
 * Java                                JS
 * null                                null (undefined and holes also read as null)
 * Boolean                             boolean
 * String, Character                   string
 * Integer, Short, Byte                number (int32)
 * Long (|v| <= 2^53), Float, Double   number; reads back as Integer when integral in int32 range, else Double
 * BigInteger                          BigInt
 * Map with only String keys           object (reads back as LinkedHashMap&lt;String,Object&gt;)
 * JsMap, Map with other keys          Map (reads back as JsMap)
 * Set                                 Set (reads back as LinkedHashSet)
 * List, Object[], primitive arrays    Array (reads back as ArrayList)
 * byte[]                              Uint8Array (reads back as byte[])
 * ByteBuffer (position..limit)        ArrayBuffer (reads back as a heap ByteBuffer)
 * JsTypedArray                        that typed array / DataView
 * Instant, java.util.Date             Date (reads back as Instant)
 * JsRegExp                            RegExp
 * Throwable (JsError keeps its name)  Error (reads back as JsError)
 * </pre>
 * Shared references and cycles among maps, lists, sets, arrays and buffers are kept both ways. Anything else is
 * refused with an {@link IllegalArgumentException} that names the type and where it was found; nothing is sent.
 */
public final class JavaCodec {
    public static final int VERSION = 15;

    private JavaCodec() {
    }

    /** What {@link #encode} produces: the bytes and the transferred buffers (transfer id = index), or null. */
    public record Encoded(ByteBuffer bytes, Object[] transferred) {
        /**
         * The side table as the host carries it beside the bytes (see internal/worker/serialize.js):
         * {@code [nTransferred, ...buffers, nShared, ...shared, nHost, ...(mode, data)]}; null when empty.
         */
        public Object[] attachments() {
            if (transferred == null) return null;
            Object[] out = new Object[transferred.length + 3];
            out[0] = transferred.length;
            System.arraycopy(transferred, 0, out, 1, transferred.length);
            out[transferred.length + 1] = 0;
            out[transferred.length + 2] = 0;
            return out;
        }
    }

    /** Encodes {@code value}; the entries of {@code transfer} (ByteBuffer or byte[]) travel as transferred. */
    public static Encoded encode(Object value, List<?> transfer) {
        Writer w = new Writer();
        List<Object> attachments = new ArrayList<>();
        if (transfer != null) {
            for (Object t : transfer) {
                if (!(t instanceof ByteBuffer) && !(t instanceof byte[])) {
                    throw new IllegalArgumentException("Only ByteBuffer and byte[] can be transferred from Java, not "
                            + typeName(t));
                }
                if (w.transfer.containsKey(t)) throw new IllegalArgumentException("Transfer list contains duplicates");
                w.transfer.put(t, attachments.size());
                attachments.add(t instanceof byte[] b ? ByteBuffer.wrap(b) : ((ByteBuffer) t).slice());
            }
        }
        w.header();
        try {
            w.value(value);
        } catch (StackOverflowError e) {
            throw new IllegalArgumentException("Cannot send a value nested this deeply to JavaScript");
        }
        return new Encoded(w.toByteBuffer(), attachments.isEmpty() ? null : attachments.toArray());
    }

    /** Encodes {@code value} without transfers. */
    public static byte[] encodeToBytes(Object value) {
        ByteBuffer b = encode(value, null).bytes();
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }

    /** Decodes V8 wire-format bytes; {@code attachments[i]} is the ArrayBuffer with transfer id i. */
    public static Object decode(ByteBuffer bytes, Object[] attachments) {
        return new Reader(bytes, attachments).readMessage();
    }

    public static Object decode(byte[] bytes) {
        return decode(ByteBuffer.wrap(bytes), null);
    }

    static String typeName(Object o) {
        return o == null ? "null" : o.getClass().getName();
    }

    // ---------------------------------------------------------------- writing

    private static final class Writer {
        byte[] buf = new byte[64];
        int pos;
        int nextId;
        final IdentityHashMap<Object, Integer> ids = new IdentityHashMap<>();
        final IdentityHashMap<Object, Integer> transfer = new IdentityHashMap<>();
        final StringBuilder path = new StringBuilder("value");

        ByteBuffer toByteBuffer() {
            return ByteBuffer.wrap(Arrays.copyOf(buf, pos));
        }

        void ensure(int n) {
            if (pos + n > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
        }

        void b(int v) {
            ensure(1);
            buf[pos++] = (byte) v;
        }

        void varint(long v) {
            ensure(10);
            while ((v & ~0x7FL) != 0) {
                buf[pos++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[pos++] = (byte) v;
        }

        void raw(byte[] src, int off, int len) {
            ensure(len);
            System.arraycopy(src, off, buf, pos, len);
            pos += len;
        }

        void dbl(double d) {
            long bits = Double.doubleToRawLongBits(d);
            ensure(8);
            for (int i = 0; i < 8; i++) buf[pos++] = (byte) (bits >>> (8 * i));
        }

        void header() {
            b(0xFF);
            varint(VERSION);
        }

        void int32(int v) {
            b('I');
            varint(((v << 1) ^ (v >> 31)) & 0xFFFFFFFFL);
        }

        void number(double d) {
            if (d == (int) d && !(d == 0 && Double.doubleToRawLongBits(d) != 0)) int32((int) d);
            else {
                b('N');
                dbl(d);
            }
        }

        void string(String s) {
            int n = s.length();
            boolean oneByte = true;
            for (int i = 0; i < n && oneByte; i++) oneByte = s.charAt(i) <= 0xFF;
            if (oneByte) {
                b('"');
                varint(n);
                ensure(n);
                for (int i = 0; i < n; i++) buf[pos++] = (byte) s.charAt(i);
            } else {
                int byteLength = n * 2;
                // V8 keeps two-byte payloads 2-aligned relative to the start of the buffer.
                if (((pos + 1 + varintSize(byteLength)) & 1) != 0) b(0);
                b('c');
                varint(byteLength);
                ensure(byteLength);
                for (int i = 0; i < n; i++) {
                    char c = s.charAt(i);
                    buf[pos++] = (byte) c;
                    buf[pos++] = (byte) (c >>> 8);
                }
            }
        }

        static int varintSize(long v) {
            int n = 1;
            while ((v & ~0x7FL) != 0) {
                v >>>= 7;
                n++;
            }
            return n;
        }

        void key(String k) {
            // V8 hands array-index keys over as numbers.
            if (!k.isEmpty() && k.charAt(0) >= '0' && k.charAt(0) <= '9' && k.length() <= 10) {
                try {
                    long n = Long.parseLong(k);
                    if (n < 4294967295L && Long.toString(n).equals(k)) {
                        if (n <= Integer.MAX_VALUE) int32((int) n);
                        else {
                            b('N');
                            dbl(n);
                        }
                        return;
                    }
                } catch (NumberFormatException ignored) {
                    // not a number
                }
            }
            string(k);
        }

        void bigint(BigInteger v) {
            int sign = v.signum() < 0 ? 1 : 0;
            BigInteger a = v.abs();
            if (a.signum() == 0) {
                varint(0);
                return;
            }
            int digits = (a.bitLength() + 63) / 64;
            int byteLength = digits * 8;
            varint((long) byteLength * 2 + sign);
            byte[] be = a.toByteArray(); // big-endian, maybe with a leading 0
            ensure(byteLength);
            for (int i = 0; i < byteLength; i++) {
                int j = be.length - 1 - i;
                buf[pos++] = j >= 0 ? be[j] : 0;
            }
        }

        /** Returns true (and writes a reference) when {@code o} was written before. */
        boolean reference(Object o) {
            Integer id = ids.get(o);
            if (id != null) {
                b('^');
                varint(id);
                return true;
            }
            return false;
        }

        int assignId(Object o) {
            int id = nextId++;
            if (o != null) ids.put(o, id);
            return id;
        }

        // The JS reader refuses input nested deeper than its limit (internal/binding/serdes kMaxDepth, 2048):
        // refuse it here, where the caller can still be told.
        private static final int MAX_DEPTH = 2047;
        private int depth;

        void value(Object v) {
            if (++depth >= MAX_DEPTH) {
                throw new IllegalArgumentException("Cannot send a value nested deeper than " + (MAX_DEPTH - 1)
                        + " levels to JavaScript");
            }
            valueAt(v);
            depth--;
        }

        private void valueAt(Object v) {
            if (v == null) {
                b('0');
            } else if (v instanceof Boolean bool) {
                b(bool ? 'T' : 'F');
            } else if (v instanceof String s) {
                string(s);
            } else if (v instanceof Character c) {
                string(c.toString());
            } else if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
                int32(((Number) v).intValue());
            } else if (v instanceof Long l) {
                long x = l;
                if (x == (int) x) int32((int) x);
                else if (Math.abs(x) <= (1L << 53)) number(x);
                else throw unsupported(v, "a Long beyond 2^53 loses precision as a JS number; send a BigInteger");
            } else if (v instanceof Double || v instanceof Float) {
                number(((Number) v).doubleValue());
            } else if (v instanceof BigInteger bi) {
                b('Z');
                bigint(bi);
            } else if (v instanceof Instant t) {
                assignId(null);
                b('D');
                dbl(t.toEpochMilli());
            } else if (v instanceof java.util.Date d) {
                assignId(null);
                b('D');
                dbl(d.getTime());
            } else if (v instanceof JsRegExp re) {
                assignId(null);
                b('R');
                string(re.source());
                varint(regExpFlags(re.flags()));
            } else if (v instanceof Throwable t) {
                error(t);
            } else if (v instanceof byte[] bytes) {
                if (reference(v)) return;
                Integer tid = transfer.get(v);
                if (tid != null) {
                    assignId(null);
                    b('t');
                    varint(tid);
                } else {
                    assignId(null);
                    b('B');
                    varint(bytes.length);
                    raw(bytes, 0, bytes.length);
                }
                assignId(v);
                view(0x42, 0, bytes.length);
            } else if (v instanceof ByteBuffer bb) {
                if (reference(v)) return;
                assignId(v);
                Integer tid = transfer.get(v);
                if (tid != null) {
                    b('t');
                    varint(tid);
                } else {
                    ByteBuffer d = bb.duplicate();
                    b('B');
                    varint(d.remaining());
                    ensure(d.remaining());
                    int n = d.remaining();
                    d.get(buf, pos, n);
                    pos += n;
                }
            } else if (v instanceof JsTypedArray ta) {
                if (reference(v)) return;
                byte[] bytes = ta.bytes();
                assignId(null);
                b('B');
                varint(bytes.length);
                raw(bytes, 0, bytes.length);
                assignId(v);
                view(viewTag(ta.type()), 0, bytes.length);
            } else if (v instanceof Map<?, ?> m) {
                if (reference(v)) return;
                assignId(v);
                boolean plain = !(v instanceof JsMap);
                if (plain) {
                    for (Object k : m.keySet()) {
                        if (!(k instanceof String)) {
                            plain = false;
                            break;
                        }
                    }
                }
                if (plain) {
                    b('o');
                    int n = 0;
                    for (Map.Entry<?, ?> e : m.entrySet()) {
                        String k = (String) e.getKey();
                        key(k);
                        child("." + k, e.getValue());
                        n++;
                    }
                    b('{');
                    varint(n);
                } else {
                    b(';');
                    int n = 0;
                    for (Map.Entry<?, ?> e : m.entrySet()) {
                        child(".<key " + n + ">", e.getKey());
                        child(".get(" + e.getKey() + ")", e.getValue());
                        n += 2;
                    }
                    b(':');
                    varint(n);
                }
            } else if (v instanceof Set<?> s) {
                if (reference(v)) return;
                assignId(v);
                b('\'');
                int n = 0;
                for (Object e : s) {
                    child("<" + n + ">", e);
                    n++;
                }
                b(',');
                varint(n);
            } else if (v instanceof Collection<?> || v instanceof Object[] || v.getClass().isArray()) {
                if (reference(v)) return;
                assignId(v);
                List<?> list = asList(v);
                array(list);
            } else {
                throw unsupported(v, null);
            }
        }

        private void child(String step, Object v) {
            int mark = path.length();
            path.append(step);
            value(v);
            path.setLength(mark);
        }

        IllegalArgumentException unsupported(Object v, String why) {
            return new IllegalArgumentException("Cannot send a " + typeName(v) + " to JavaScript (at " + path + ")"
                    + (why != null ? ": " + why : "; see the value mapping in docs/java-api.md"));
        }

        void array(List<?> list) {
            int n = list.size();
            b('A');
            varint(n);
            // An array of numbers with any non-int32 in it is written as doubles only (V8's PACKED_DOUBLE_ELEMENTS).
            boolean doubles = n > 0;
            boolean anyDouble = false;
            for (Object e : list) {
                if (!(e instanceof Number) || e instanceof BigInteger) {
                    doubles = false;
                    break;
                }
                double d = ((Number) e).doubleValue();
                if (e instanceof Long l && (long) d != l) {
                    doubles = false;
                    break;
                }
                if (d != (int) d || (d == 0 && Double.doubleToRawLongBits(d) != 0)) anyDouble = true;
            }
            int i = 0;
            for (Object e : list) {
                if (doubles && anyDouble) {
                    b('N');
                    dbl(((Number) e).doubleValue());
                } else {
                    child("[" + i + "]", e);
                }
                i++;
            }
            b('$');
            varint(0);
            varint(n);
        }

        void view(int tag, int offset, int length) {
            b('V');
            varint(tag);
            varint(offset);
            varint(length);
            varint(0);
        }

        void error(Throwable t) {
            assignId(null);
            b('r');
            String name = t instanceof JsError je ? je.name() : "Error";
            switch (name) {
                case "EvalError": b('E'); break;
                case "RangeError": b('R'); break;
                case "ReferenceError": b('F'); break;
                case "SyntaxError": b('S'); break;
                case "TypeError": b('T'); break;
                case "URIError": b('U'); break;
                default: break;
            }
            String message = t.getMessage();
            if (message != null) {
                b('m');
                string(message);
            }
            String stack;
            if (t instanceof JsError je && je.jsStack() != null) {
                stack = je.jsStack();
            } else {
                StringBuilder sb = new StringBuilder(name);
                if (message != null && !message.isEmpty()) sb.append(": ").append(message);
                for (StackTraceElement e : t.getStackTrace()) sb.append("\n    at ").append(e);
                stack = sb.toString();
            }
            b('s');
            string(stack);
            b('.');
        }
    }

    static List<?> asList(Object v) {
        if (v instanceof List<?> l) return l;
        if (v instanceof Collection<?> c) return new ArrayList<>(c);
        if (v instanceof Object[] a) return Arrays.asList(a);
        int n = java.lang.reflect.Array.getLength(v);
        List<Object> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(java.lang.reflect.Array.get(v, i));
        return out;
    }

    // RegExp flag bits (V8's JSRegExp::Flag).
    private static final String FLAG_CHARS = "gimyusdv";
    private static final int[] FLAG_BITS = {1, 2, 4, 8, 16, 32, 64, 256};

    static int regExpFlags(String flags) {
        int bits = 0;
        for (char c : flags.toCharArray()) {
            int i = FLAG_CHARS.indexOf(c);
            if (i < 0) throw new IllegalArgumentException("invalid RegExp flag '" + c + "'");
            bits |= FLAG_BITS[i];
        }
        return bits;
    }

    static String regExpFlagString(int bits) {
        StringBuilder sb = new StringBuilder();
        // In the order JS's RegExp.prototype.flags prints them.
        String order = "dgimsuvy";
        for (char c : order.toCharArray()) {
            if ((bits & FLAG_BITS[FLAG_CHARS.indexOf(c)]) != 0) sb.append(c);
        }
        return sb.toString();
    }

    private static final String[] VIEW_NAMES = {"Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array",
            "Uint16Array", "Int32Array", "Uint32Array", "Float16Array", "Float32Array", "Float64Array",
            "BigInt64Array", "BigUint64Array", "DataView"};
    private static final int[] VIEW_TAGS = {'b', 'B', 'C', 'w', 'W', 'd', 'D', 'h', 'f', 'F', 'q', 'Q', '?'};

    static int viewTag(String type) {
        for (int i = 0; i < VIEW_NAMES.length; i++) if (VIEW_NAMES[i].equals(type)) return VIEW_TAGS[i];
        throw new IllegalArgumentException("not a typed array type: " + type);
    }

    static String viewName(int tag) {
        for (int i = 0; i < VIEW_TAGS.length; i++) if (VIEW_TAGS[i] == tag) return VIEW_NAMES[i];
        return null;
    }

    // ---------------------------------------------------------------- reading

    /** Thrown for bytes that are not a well-formed message this codec can represent. */
    public static final class DecodeException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        DecodeException(String message) {
            super(message);
        }
    }

    private static final Object HOLE = new Object();

    private static final class Reader {
        final ByteBuffer in;
        final Object[] attachments;
        final List<Object> objects = new ArrayList<>();
        int version;

        Reader(ByteBuffer bytes, Object[] attachments) {
            this.in = bytes.duplicate().order(ByteOrder.LITTLE_ENDIAN);
            this.attachments = attachments;
        }

        DecodeException bad(String what) {
            return new DecodeException("Unable to deserialize cloned data: " + what + " at byte " + in.position());
        }

        Object readMessage() {
            try {
                if (in.remaining() >= 2 && (in.get(in.position()) & 0xFF) == 0xFF) {
                    in.get();
                    version = (int) varint();
                    if (version > VERSION) throw bad("unsupported version " + version);
                } else {
                    version = 0;
                }
                Object v = value();
                return v == HOLE ? null : v;
            } catch (java.nio.BufferUnderflowException e) {
                throw bad("truncated data");
            }
        }

        int u8() {
            return in.get() & 0xFF;
        }

        int tag() {
            int t;
            do {
                t = u8();
            } while (t == 0);
            return t;
        }

        int peekTag() {
            int p = in.position();
            while (p < in.limit() && in.get(p) == 0) p++;
            return p < in.limit() ? in.get(p) & 0xFF : -1;
        }

        long varint() {
            long v = 0;
            int shift = 0;
            int b;
            do {
                if (shift > 63) throw bad("varint too long");
                b = u8();
                v |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            return v;
        }

        int length() {
            long n = varint();
            if (n > in.remaining()) throw bad("length " + n + " beyond the data");
            return (int) n;
        }

        double dbl() {
            return in.getDouble();
        }

        int add(Object o) {
            objects.add(o);
            return objects.size() - 1;
        }

        Object value() {
            int t = tag();
            switch (t) {
                case '?': varint(); return value(); // verify object count
                case '-': return HOLE;
                case '_': case '0': return null;
                case 'T': return Boolean.TRUE;
                case 'F': return Boolean.FALSE;
                case 'I': {
                    long z = varint();
                    return (int) ((z >>> 1) ^ -(z & 1));
                }
                case 'U': {
                    long u = varint() & 0xFFFFFFFFL;
                    return u <= Integer.MAX_VALUE ? (Object) (int) u : (Object) (double) u;
                }
                case 'N': return number(dbl());
                case 'Z': return bigint();
                case 'S': case '"': case 'c': return stringBody(t);
                case '^': {
                    long id = varint();
                    if (id >= objects.size()) throw bad("reference to unknown object " + id);
                    return objects.get((int) id);
                }
                case 'o': return object();
                case 'A': return denseArray();
                case 'a': return sparseArray();
                case 'D': {
                    double ms = dbl();
                    Object d = Double.isNaN(ms) ? null : Instant.ofEpochMilli((long) ms);
                    add(d);
                    return d;
                }
                case 'y': add(Boolean.TRUE); return Boolean.TRUE;
                case 'x': add(Boolean.FALSE); return Boolean.FALSE;
                case 'n': {
                    Object n = number(dbl());
                    add(n);
                    return n;
                }
                case 'z': {
                    Object n = bigint();
                    add(n);
                    return n;
                }
                case 's': {
                    String s = string();
                    add(s);
                    return s;
                }
                case 'R': {
                    String source = string();
                    JsRegExp re = new JsRegExp(source, regExpFlagString((int) varint()));
                    add(re);
                    return re;
                }
                case ';': return map();
                case '\'': return set();
                case 'B': case '~': {
                    int n = length();
                    if (t == '~') varint();
                    byte[] bytes = new byte[n];
                    in.get(bytes);
                    return maybeView(ByteBuffer.wrap(bytes));
                }
                case 't': {
                    long id = varint();
                    if (attachments == null || id >= attachments.length) throw bad("unknown transferred buffer " + id);
                    Object a = attachments[(int) id];
                    ByteBuffer bb = bufferOf(a);
                    if (bb == null) throw bad("transferred buffer " + id + " is a " + typeName(a));
                    return maybeView(bb);
                }
                case 'u': {
                    long id = varint();
                    Object a = attachments != null && id < attachments.length ? attachments[(int) id] : null;
                    ByteBuffer bb = bufferOf(a);
                    if (bb == null) throw bad("a SharedArrayBuffer cannot be received by Java");
                    return maybeView(bb);
                }
                case 'r': return error();
                case '\\': throw bad("a host object (e.g. a MessagePort) cannot be received by Java");
                default: throw bad("unknown tag 0x" + Integer.toHexString(t));
            }
        }

        ByteBuffer bufferOf(Object a) {
            if (a instanceof ByteBuffer b) return b.duplicate();
            if (a instanceof byte[] b) return ByteBuffer.wrap(b);
            return null;
        }

        Object maybeView(ByteBuffer buffer) {
            add(buffer);
            if (peekTag() != 'V') return buffer;
            tag();
            int vt = (int) varint();
            long off = varint();
            long len = varint();
            if (version >= 14) varint(); // flags
            if (off + len > buffer.capacity()) throw bad("view beyond its buffer");
            byte[] bytes = new byte[(int) len];
            ByteBuffer d = buffer.duplicate();
            d.position((int) off);
            d.get(bytes);
            String name = viewName(vt);
            if (name == null) throw bad("unknown view type 0x" + Integer.toHexString(vt));
            Object view = vt == 'B' ? bytes : new JsTypedArray(name, bytes);
            add(view);
            return view;
        }

        static Object number(double d) {
            if (d == (int) d && !(d == 0 && Double.doubleToRawLongBits(d) != 0)) return (int) d;
            return d;
        }

        BigInteger bigint() {
            long bitfield = varint();
            boolean negative = (bitfield & 1) != 0;
            int byteLength = (int) (bitfield >>> 1);
            if (byteLength > in.remaining()) throw bad("BigInt beyond the data");
            byte[] le = new byte[byteLength];
            in.get(le);
            byte[] be = new byte[byteLength + 1];
            for (int i = 0; i < byteLength; i++) be[byteLength - i] = le[i];
            BigInteger v = new BigInteger(be);
            return negative ? v.negate() : v;
        }

        String string() {
            int t = tag();
            if (t == 'S' || t == '"' || t == 'c') return stringBody(t);
            throw bad("expected a string");
        }

        String stringBody(int t) {
            int n = length();
            byte[] b = new byte[n];
            in.get(b);
            if (t == '"') return new String(b, StandardCharsets.ISO_8859_1);
            if (t == 'c') {
                if ((n & 1) != 0) throw bad("odd two-byte string length");
                return new String(b, StandardCharsets.UTF_16LE);
            }
            return new String(b, StandardCharsets.UTF_8);
        }

        String key() {
            Object k = value();
            if (k instanceof String s) return s;
            if (k instanceof Integer i) return Integer.toString(i);
            if (k instanceof Double d) return jsNumberString(d);
            throw bad("bad property key");
        }

        Object object() {
            Map<String, Object> m = new LinkedHashMap<>();
            add(m);
            properties(m, '{');
            return m;
        }

        int properties(Map<String, Object> m, int end) {
            int n = 0;
            while (peekTag() != end) {
                String k = key();
                Object v = value();
                m.put(k, v == HOLE ? null : v);
                n++;
            }
            tag();
            varint();
            return n;
        }

        Object denseArray() {
            int n = (int) varint();
            if (n > in.remaining()) throw bad("array length beyond the data");
            List<Object> list = new ArrayList<>(n);
            add(list);
            for (int i = 0; i < n; i++) {
                Object v = value();
                list.add(v == HOLE ? null : v);
            }
            Map<String, Object> extra = new LinkedHashMap<>();
            properties(extra, '$');
            varint();
            return list;
        }

        Object sparseArray() {
            long n = varint();
            List<Object> list = new ArrayList<>();
            add(list);
            Map<String, Object> props = new LinkedHashMap<>();
            properties(props, '@');
            varint();
            if (n > 1 << 24) throw bad("sparse array too long for Java");
            for (long i = 0; i < n; i++) list.add(null);
            for (Map.Entry<String, Object> e : props.entrySet()) {
                try {
                    long i = Long.parseLong(e.getKey());
                    if (i >= 0 && i < n) list.set((int) i, e.getValue());
                } catch (NumberFormatException ignored) {
                    // a named property of the array: Java lists have none
                }
            }
            return list;
        }

        Object map() {
            JsMap m = new JsMap();
            add(m);
            while (peekTag() != ':') {
                Object k = value();
                Object v = value();
                m.put(k == HOLE ? null : k, v == HOLE ? null : v);
            }
            tag();
            varint();
            return m;
        }

        Object set() {
            Set<Object> s = new LinkedHashSet<>();
            add(s);
            while (peekTag() != ',') {
                Object v = value();
                s.add(v == HOLE ? null : v);
            }
            tag();
            varint();
            return s;
        }

        Object error() {
            int slot = add(null);
            String name = "Error";
            String message = null;
            String stack = null;
            Object cause = null;
            boolean hasCause = false;
            for (;;) {
                int t = tag();
                switch (t) {
                    case 'E': name = "EvalError"; break;
                    case 'R': name = "RangeError"; break;
                    case 'F': name = "ReferenceError"; break;
                    case 'S': name = "SyntaxError"; break;
                    case 'T': name = "TypeError"; break;
                    case 'U': name = "URIError"; break;
                    case 'm': message = string(); break;
                    case 's': stack = string(); break;
                    case 'c': cause = value(); hasCause = true; break;
                    case '.': {
                        Map<String, Object> props = new LinkedHashMap<>();
                        if (hasCause) props.put("cause", cause);
                        JsError e = new JsError(name, message == null ? "" : message, stack, null, props);
                        objects.set(slot, e);
                        return e;
                    }
                    default: throw bad("unknown error tag 0x" + Integer.toHexString(t));
                }
            }
        }
    }

    /** JS's Number::toString for the doubles that can be property keys. */
    static String jsNumberString(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e21) return Long.toString((long) d);
        return Double.toString(d);
    }
}
