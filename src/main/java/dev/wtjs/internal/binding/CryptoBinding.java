package dev.wtjs.internal.binding;

import dev.wtjs.internal.agent.Agent;
import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.function.Supplier;

/**
 * The key derivations behind {@code crypto.pbkdf2} and {@code crypto.scrypt} ({@code internalBinding('host')
 * .crypto()}): PBKDF2 (RFC 8018) over the JDK's HMACs, and scrypt (RFC 7914), which the JDK lacks, on top of it.
 * Bytes cross as latin1 strings. The callback forms run on this agent's own pool ({@code wtjs-crypto-<threadId>-N},
 * started on first use, stopped with the agent) and post the result back to the agent's loop, which stays alive
 * (ref'd) until then.
 */
public final class CryptoBinding {
    private final OffLoopPool pool;

    CryptoBinding(Agent agent) {
        this.pool = new OffLoopPool(agent, "crypto");
    }

    private static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /** PBKDF2 with the HMAC named by the JVM ({@code HmacSHA256} ...); keylen bytes, as latin1. */
    @Export
    public String pbkdf2(String password, String salt, int iterations, int keylen, String mac)
            throws GeneralSecurityException {
        return latin1(derive(bytes(password), bytes(salt), iterations, keylen, mac));
    }

    /** scrypt with cost N, block size r, parallelization p; keylen bytes, as latin1. */
    @Export
    public String scrypt(String password, String salt, double n, int r, int p, int keylen)
            throws GeneralSecurityException {
        return latin1(scryptBytes(bytes(password), bytes(salt), (int) n, r, p, keylen));
    }

    /** {@link #pbkdf2} off the loop: {@code done(error message or null, key)} on the loop. */
    @Export
    public void pbkdf2Async(String password, String salt, int iterations, int keylen, String mac, Value done) {
        offLoop(() -> {
            try {
                return derive(bytes(password), bytes(salt), iterations, keylen, mac);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }, done);
    }

    /** {@link #scrypt} off the loop: {@code done(error message or null, key)} on the loop. */
    @Export
    public void scryptAsync(String password, String salt, double n, int r, int p, int keylen, Value done) {
        offLoop(() -> {
            try {
                return scryptBytes(bytes(password), bytes(salt), (int) n, r, p, keylen);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }, done);
    }

    private void offLoop(Supplier<byte[]> work, Value done) {
        pool.run(() -> latin1(work.get()), e -> String.valueOf(e.getMessage()), done);
    }

    /** The agent is closing: its pool stops (a derivation under way is abandoned). */
    public void close() {
        pool.close();
    }

    // ---- PBKDF2 (RFC 8018, section 5.2) ----

    private static byte[] derive(byte[] password, byte[] salt, int iterations, int keylen, String macName)
            throws GeneralSecurityException {
        Mac mac = Mac.getInstance(macName);
        // A zero-length HMAC key is the same as one zero byte (keys are padded with zeros); the JDK refuses empty keys.
        mac.init(new SecretKeySpec(password.length == 0 ? new byte[1] : password, macName));
        int hLen = mac.getMacLength();
        byte[] out = new byte[keylen];
        byte[] u = new byte[hLen];
        byte[] t = new byte[hLen];
        for (int block = 1, done = 0; done < keylen; block++) {
            mac.update(salt);
            mac.update(new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block});
            mac.doFinal(u, 0);
            System.arraycopy(u, 0, t, 0, hLen);
            for (int i = 1; i < iterations; i++) {
                mac.update(u);
                mac.doFinal(u, 0);
                for (int k = 0; k < hLen; k++) t[k] ^= u[k];
            }
            int n = Math.min(hLen, keylen - done);
            System.arraycopy(t, 0, out, done, n);
            done += n;
        }
        return out;
    }

    // ---- scrypt (RFC 7914) ----

    private static byte[] scryptBytes(byte[] password, byte[] salt, int n, int r, int p, int keylen)
            throws GeneralSecurityException {
        int blockBytes = 128 * r;
        byte[] b = derive(password, salt, 1, p * blockBytes, "HmacSHA256");
        int words = 32 * r;
        int[] x = new int[words];
        int[] v = new int[words * n];
        int[] scratch = new int[words];
        for (int i = 0; i < p; i++) {
            int offset = i * blockBytes;
            for (int w = 0; w < words; w++) x[w] = littleEndian(b, offset + 4 * w);
            roMix(x, v, scratch, n, r);
            for (int w = 0; w < words; w++) putLittleEndian(b, offset + 4 * w, x[w]);
        }
        return derive(password, b, 1, keylen, "HmacSHA256");
    }

    /** scryptROMix: fills v with n successive mixes of x, then mixes x with n entries of v that x itself picks. */
    private static void roMix(int[] x, int[] v, int[] scratch, int n, int r) {
        int words = x.length;
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, 0, v, i * words, words);
            blockMix(x, scratch, r);
        }
        for (int i = 0; i < n; i++) {
            int j = x[(2 * r - 1) * 16] & (n - 1);   // Integerify, mod n (a power of two)
            for (int w = 0; w < words; w++) x[w] ^= v[j * words + w];
            blockMix(x, scratch, r);
        }
    }

    /** scryptBlockMix: each 64-byte block, xored into the running state, goes through Salsa20/8; evens then odds. */
    private static void blockMix(int[] b, int[] y, int r) {
        int[] state = new int[16];
        System.arraycopy(b, (2 * r - 1) * 16, state, 0, 16);
        for (int i = 0; i < 2 * r; i++) {
            for (int k = 0; k < 16; k++) state[k] ^= b[i * 16 + k];
            salsa8(state);
            int target = (i % 2 == 0 ? i / 2 : r + i / 2) * 16;
            System.arraycopy(state, 0, y, target, 16);
        }
        System.arraycopy(y, 0, b, 0, b.length);
    }

    // Salsa20's quarter-rounds, four words each: first down the columns, then along the rows.
    private static final int[][] COLUMNS = {{0, 4, 8, 12}, {5, 9, 13, 1}, {10, 14, 2, 6}, {15, 3, 7, 11}};
    private static final int[][] ROWS = {{0, 1, 2, 3}, {5, 6, 7, 4}, {10, 11, 8, 9}, {15, 12, 13, 14}};

    /** The Salsa20/8 core: four double rounds, then the input added back. */
    private static void salsa8(int[] block) {
        int[] s = block.clone();
        for (int round = 0; round < 4; round++) {
            for (int[] q : COLUMNS) quarter(s, q[0], q[1], q[2], q[3]);
            for (int[] q : ROWS) quarter(s, q[0], q[1], q[2], q[3]);
        }
        for (int k = 0; k < 16; k++) block[k] += s[k];
    }

    private static void quarter(int[] s, int a, int b, int c, int d) {
        s[b] ^= Integer.rotateLeft(s[a] + s[d], 7);
        s[c] ^= Integer.rotateLeft(s[b] + s[a], 9);
        s[d] ^= Integer.rotateLeft(s[c] + s[b], 13);
        s[a] ^= Integer.rotateLeft(s[d] + s[c], 18);
    }

    private static int littleEndian(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }

    private static void putLittleEndian(byte[] b, int at, int value) {
        b[at] = (byte) value;
        b[at + 1] = (byte) (value >>> 8);
        b[at + 2] = (byte) (value >>> 16);
        b[at + 3] = (byte) (value >>> 24);
    }
}
