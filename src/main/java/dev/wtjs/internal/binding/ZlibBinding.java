package dev.wtjs.internal.binding;

import org.graalvm.polyglot.HostAccess.Export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The Java calls behind {@code zlib} ({@code internalBinding('host').zlib()}), on {@link Deflater} and
 * {@link Inflater}. A codec is a handle ({@link #create}) fed chunks with a flush mode ({@link #process}); the gzip
 * header and trailer are written and checked here (the JDK's Deflater/Inflater in raw mode do the deflate part).
 * A failing call returns null and leaves zlib's message, code and errno in {@link #error()}. Bytes cross as latin1
 * strings. Runs on the agent's own thread only.
 */
public final class ZlibBinding {
    // node's mode numbers (zlib.constants.DEFLATE ...)
    static final int DEFLATE = 1;
    static final int INFLATE = 2;
    static final int GZIP = 3;
    static final int GUNZIP = 4;
    static final int DEFLATERAW = 5;
    static final int INFLATERAW = 6;
    static final int UNZIP = 7;
    // zlib's flush values
    static final int Z_PARTIAL_FLUSH = 1;
    static final int Z_SYNC_FLUSH = 2;
    static final int Z_FULL_FLUSH = 3;
    static final int Z_FINISH = 4;

    private final Map<Integer, Codec> codecs = new HashMap<>();
    private int nextId = 1;
    private Object[] error;

    ZlibBinding() {
    }

    /** The last failure: {@code [message, code, errno]} (e.g. {@code incorrect header check, Z_DATA_ERROR, -3}). */
    @Export
    public Object[] error() {
        return error;
    }

    /** A new codec for {@code mode} (node's numbers); {@code dictionary} latin1 or null. */
    @Export
    public int create(int mode, int level, int strategy, String dictionary) {
        byte[] dict = dictionary == null ? null : dictionary.getBytes(StandardCharsets.ISO_8859_1);
        Codec c = switch (mode) {
            case DEFLATE, GZIP, DEFLATERAW -> new Compressor(mode, level, strategy, dict);
            default -> new Decompressor(mode, dict);
        };
        int id = nextId++;
        codecs.put(id, c);
        return id;
    }

    /** Feeds a chunk with a flush mode: the output (latin1), or null on failure (see {@link #error()}). */
    @Export
    public String process(int id, String input, int flush) {
        error = null;
        Codec c = codecs.get(id);
        if (c == null) {
            error = new Object[] {"zlib binding closed", "ERR_ZLIB_BINDING_CLOSED", 0};
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            c.process(input.getBytes(StandardCharsets.ISO_8859_1), flush, out);
        } catch (ZlibFailure f) {
            error = new Object[] {f.getMessage(), f.code, f.errno};
            return null;
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    /** Changes a compressor's level and strategy (zlib's deflateParams). */
    @Export
    public void params(int id, int level, int strategy) {
        if (codecs.get(id) instanceof Compressor c) c.params(level, strategy);
    }

    /** Starts a codec over, as new. */
    @Export
    public void reset(int id) {
        Codec c = codecs.get(id);
        if (c != null) codecs.put(id, c.fresh());
    }

    @Export
    public void close(int id) {
        Codec c = codecs.remove(id);
        if (c != null) c.end();
    }

    /** Every codec of the closing agent is released. */
    public void closeAll() {
        for (Codec c : codecs.values()) c.end();
        codecs.clear();
    }

    // ---- codecs ----

    private static final class ZlibFailure extends Exception {
        final String code;
        final int errno;

        ZlibFailure(String message, String code, int errno) {
            super(message, null, false, false);
            this.code = code;
            this.errno = errno;
        }

        static ZlibFailure data(String message) {
            return new ZlibFailure(message, "Z_DATA_ERROR", -3);
        }

        static ZlibFailure truncated() {
            return new ZlibFailure("unexpected end of file", "Z_BUF_ERROR", -5);
        }
    }

    private interface Codec {
        void process(byte[] in, int flush, ByteArrayOutputStream out) throws ZlibFailure;

        Codec fresh();

        void end();
    }

    private static final class Compressor implements Codec {
        private final int mode;
        private final byte[] dict;
        private final Deflater deflater;
        private final CRC32 crc = new CRC32();
        private final byte[] buf = new byte[16 * 1024];
        private int level;
        private int strategy;
        private boolean headerDone;

        Compressor(int mode, int level, int strategy, byte[] dict) {
            this.mode = mode;
            this.level = level;
            this.strategy = strategy;
            this.dict = dict;
            this.deflater = new Deflater(level, mode != DEFLATE);
            deflater.setStrategy(javaStrategy(strategy));
            if (dict != null) deflater.setDictionary(dict);
        }

        // zlib's Z_FILTERED and Z_HUFFMAN_ONLY; Z_RLE and Z_FIXED are not in the JDK: the default strategy
        private static int javaStrategy(int s) {
            return s == 1 ? Deflater.FILTERED : s == 2 ? Deflater.HUFFMAN_ONLY : Deflater.DEFAULT_STRATEGY;
        }

        void params(int level, int strategy) {
            this.level = level;
            this.strategy = strategy;
            deflater.setLevel(level);
            deflater.setStrategy(javaStrategy(strategy));
        }

        @Override
        public void process(byte[] in, int flush, ByteArrayOutputStream out) {
            if (mode == GZIP && !headerDone) {
                headerDone = true;
                // magic, deflate, no flags, no mtime, extra flags as zlib sets them, OS 3 (Unix)
                int xfl = level == 9 ? 2 : level == 1 || strategy >= 2 ? 4 : 0;
                out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, 3});
            }
            crc.update(in);
            deflater.setInput(in);
            if (flush == Z_FINISH) {
                deflater.finish();
                while (!deflater.finished()) out.write(buf, 0, deflater.deflate(buf));
                if (mode == GZIP) {
                    writeInt(out, (int) crc.getValue());
                    writeInt(out, (int) deflater.getBytesRead());
                }
                return;
            }
            int how = flush == Z_SYNC_FLUSH || flush == Z_PARTIAL_FLUSH ? Deflater.SYNC_FLUSH
                    : flush == Z_FULL_FLUSH ? Deflater.FULL_FLUSH : Deflater.NO_FLUSH;
            int n;
            do {
                n = deflater.deflate(buf, 0, buf.length, how);
                out.write(buf, 0, n);
            } while (n == buf.length || !deflater.needsInput());
        }

        private static void writeInt(ByteArrayOutputStream out, int v) {
            out.write(v);
            out.write(v >>> 8);
            out.write(v >>> 16);
            out.write(v >>> 24);
        }

        @Override
        public Codec fresh() {
            end();
            return new Compressor(mode, level, strategy, dict);
        }

        @Override
        public void end() {
            deflater.end();
        }
    }

    private static final class Decompressor implements Codec {
        private static final int HEADER = 0;
        private static final int BODY = 1;
        private static final int TRAILER = 2;
        private static final int DONE = 3;

        private final int originalMode;
        private final byte[] dict;
        private int mode;
        private int phase;
        private Inflater inflater;
        private final CRC32 crc = new CRC32();
        private byte[] carry = new byte[0];
        private boolean betweenMembers;
        private final byte[] buf = new byte[16 * 1024];

        Decompressor(int mode, byte[] dict) {
            this.originalMode = mode;
            this.mode = mode;
            this.dict = dict;
            this.phase = mode == GUNZIP || mode == UNZIP ? HEADER : BODY;
            if (phase == BODY) inflater = new Inflater(mode == INFLATERAW);
            if (dict != null && mode == INFLATERAW) inflater.setDictionary(dict);
        }

        @Override
        public void process(byte[] in, int flush, ByteArrayOutputStream out) throws ZlibFailure {
            byte[] data = carry.length == 0 ? in : concat(carry, in);
            carry = new byte[0];
            int pos = 0;
            loop:
            while (phase != DONE) {
                switch (phase) {
                    case HEADER -> {
                        if (pos == data.length) break loop;
                        betweenMembers = false;
                        if (mode == UNZIP) {
                            if (data.length - pos < 2) break loop;
                            if ((data[pos] & 0xff) != 0x1f || (data[pos + 1] & 0xff) != 0x8b) {
                                mode = INFLATE;
                                phase = BODY;
                                inflater = new Inflater(false);
                                continue;
                            }
                            mode = GUNZIP;
                        }
                        int len = gzipHeader(data, pos);
                        if (len < 0) break loop;
                        pos += len;
                        if (inflater != null) inflater.end();
                        inflater = new Inflater(true);
                        crc.reset();
                        phase = BODY;
                    }
                    case BODY -> {
                        inflater.setInput(data, pos, data.length - pos);
                        try {
                            while (true) {
                                int n = inflater.inflate(buf);
                                if (n > 0) {
                                    out.write(buf, 0, n);
                                    crc.update(buf, 0, n);
                                }
                                if (inflater.finished()) break;
                                if (inflater.needsDictionary()) {
                                    if (dict == null) throw new ZlibFailure("Missing dictionary", "Z_NEED_DICT", 2);
                                    inflater.setDictionary(dict);
                                    continue;
                                }
                                if (n == 0) break;
                            }
                        } catch (DataFormatException e) {
                            throw ZlibFailure.data(e.getMessage() == null ? "invalid data" : e.getMessage());
                        } catch (IllegalArgumentException e) {
                            throw ZlibFailure.data("invalid dictionary");
                        }
                        if (!inflater.finished()) {
                            pos = data.length;
                            break loop;
                        }
                        pos = data.length - inflater.getRemaining();
                        phase = mode == GUNZIP ? TRAILER : DONE;
                    }
                    case TRAILER -> {
                        if (data.length - pos < 8) break loop;
                        if (readInt(data, pos) != (int) crc.getValue()) throw ZlibFailure.data("incorrect data check");
                        if (readInt(data, pos + 4) != (int) inflater.getBytesWritten()) {
                            throw ZlibFailure.data("incorrect length check");
                        }
                        pos += 8;
                        // as node: whatever follows a member (now or in a later chunk) must be another member
                        phase = HEADER;
                        betweenMembers = true;
                    }
                    default -> {
                        break loop;
                    }
                }
            }
            if (phase != DONE && pos < data.length) carry = Arrays.copyOfRange(data, pos, data.length);
            if (flush == Z_FINISH && phase != DONE && !(betweenMembers && carry.length == 0)) {
                throw ZlibFailure.truncated();
            }
        }

        /** The gzip header's length at {@code pos}, or -1 when more bytes are needed. */
        private static int gzipHeader(byte[] d, int pos) throws ZlibFailure {
            int avail = d.length - pos;
            if (avail >= 1 && (d[pos] & 0xff) != 0x1f) throw ZlibFailure.data("incorrect header check");
            if (avail >= 2 && (d[pos + 1] & 0xff) != 0x8b) throw ZlibFailure.data("incorrect header check");
            if (avail >= 3 && d[pos + 2] != 8) throw ZlibFailure.data("unknown compression method");
            if (avail < 10) return -1;
            int flags = d[pos + 3] & 0xff;
            if ((flags & 0xe0) != 0) throw ZlibFailure.data("unknown header flags set");
            int at = pos + 10;
            if ((flags & 4) != 0) { // FEXTRA
                if (d.length - at < 2) return -1;
                at += 2 + ((d[at] & 0xff) | (d[at + 1] & 0xff) << 8);
                if (at > d.length) return -1;
            }
            for (int bit : new int[] {8, 16}) { // FNAME, FCOMMENT: zero-terminated
                if ((flags & bit) == 0) continue;
                while (at < d.length && d[at] != 0) at++;
                if (at >= d.length) return -1;
                at++;
            }
            if ((flags & 2) != 0) at += 2; // FHCRC
            if (at > d.length) return -1;
            return at - pos;
        }

        private static int readInt(byte[] d, int at) {
            return (d[at] & 0xff) | (d[at + 1] & 0xff) << 8 | (d[at + 2] & 0xff) << 16 | (d[at + 3] & 0xff) << 24;
        }

        private static byte[] concat(byte[] a, byte[] b) {
            byte[] r = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, r, a.length, b.length);
            return r;
        }

        @Override
        public Codec fresh() {
            end();
            return new Decompressor(originalMode, dict);
        }

        @Override
        public void end() {
            if (inflater != null) inflater.end();
        }
    }
}
