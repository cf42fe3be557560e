package dev.wtjs.internal.binding;

import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSession;
import java.nio.ByteBuffer;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;

/**
 * One TLS connection's state machine on an SSLEngine, fed and drained by the JavaScript side (a memory BIO, as
 * node's TLSWrap): bytes from the network go in with {@link #feed}, plain bytes to send with {@link #write};
 * {@link #takeOutgoing} gives what must go on the wire, {@link #takeIncoming} what the peer sent in plain.
 * Handshake tasks run inline, on the agent's thread. Bytes come in as ArrayBuffer ranges and go out as Java
 * buffers (which the JavaScript side copies into its own memory).
 */
public final class TlsEngine {
    private final SSLEngine engine;
    private final Runnable onDestroy;
    private ByteBuffer inNet;
    private ByteBuffer outNet;
    private ByteBuffer appIn;
    private ByteBuffer appOut;
    private boolean secure;
    private String error;
    private String verifyError;
    private X509Certificate[] peerChain;
    private String requestedName;

    TlsEngine(SSLEngine engine, Runnable onDestroy) {
        this.engine = engine;
        this.onDestroy = onDestroy;
        SSLSession s = engine.getSession();
        inNet = ByteBuffer.allocate(s.getPacketBufferSize());
        outNet = ByteBuffer.allocate(s.getPacketBufferSize());
        appIn = ByteBuffer.allocate(s.getApplicationBufferSize());
        appOut = ByteBuffer.allocate(4096);
    }

    void peerVerified(X509Certificate[] chain, String code) {
        peerChain = chain.clone();
        verifyError = code;
    }

    void requestedName(String name) {
        requestedName = name;
    }

    /** Starts the handshake (a client's hello is then in {@link #takeOutgoing}). */
    @Export
    public void start() {
        try {
            engine.beginHandshake();
        } catch (SSLException e) {
            failed(e);
            return;
        }
        drive();
    }

    /** Bytes that came from the network: {@code length} bytes of the ArrayBuffer {@code buffer} at {@code offset}. */
    @Export
    public void feed(Value buffer, int offset, int length) {
        inNet = room(inNet, length);
        buffer.readBuffer(offset, inNet.array(), inNet.position(), length);
        inNet.position(inNet.position() + length);
        drive();
    }

    /** Plain bytes to send (sent once the handshake is done), as {@link #feed} takes them. */
    @Export
    public void write(Value buffer, int offset, int length) {
        appOut = room(appOut, length);
        buffer.readBuffer(offset, appOut.array(), appOut.position(), length);
        appOut.position(appOut.position() + length);
        drive();
    }

    /** Ends this side: a close_notify follows what was written. */
    @Export
    public void end() {
        engine.closeOutbound();
        drive();
    }

    /** What must go to the network now, or null when nothing. */
    @Export
    public ByteBuffer takeOutgoing() {
        return take(outNet);
    }

    /** What the peer sent, in plain, or null when nothing. */
    @Export
    public ByteBuffer takeIncoming() {
        return take(appIn);
    }

    /** Whether the handshake is complete. */
    @Export
    public boolean secure() {
        return secure;
    }

    /** Whether the peer closed its side (close_notify). */
    @Export
    public boolean peerEnded() {
        return engine.isInboundDone();
    }

    /** Why the connection failed (a handshake or record error), or null. */
    @Export
    public String error() {
        return error;
    }

    /** node's verify-error code for the peer's certificate chain, or null when it is trusted (or absent). */
    @Export
    public String verifyError() {
        return verifyError;
    }

    /** Whether the peer showed a certificate. */
    @Export
    public boolean hasPeerCertificate() {
        return peerChain != null;
    }

    /** The peer's chain, leaf first, as JSON (see {@link CertificateInfo}); "[]" without one. */
    @Export
    public String peerCertificates() {
        return CertificateInfo.json(peerChain == null ? new X509Certificate[0] : peerChain);
    }

    /** This side's own certificate as JSON, "[]" without one. */
    @Export
    public String ownCertificate() {
        Certificate[] own = engine.getSession().getLocalCertificates();
        if (own == null || own.length == 0 || !(own[0] instanceof X509Certificate x)) return "[]";
        return CertificateInfo.json(new X509Certificate[] {x});
    }

    /** The protocol in use ("TLSv1.3"), or null before the handshake. */
    @Export
    public String protocol() {
        return secure ? engine.getSession().getProtocol() : null;
    }

    /** The cipher suite in use, or null before the handshake. */
    @Export
    public String cipher() {
        return secure ? engine.getSession().getCipherSuite() : null;
    }

    /** The protocol ALPN agreed on, "" when none. */
    @Export
    public String alpn() {
        String p = engine.getApplicationProtocol();
        return p == null ? "" : p;
    }

    /** The host name the client asked for (SNI), on a server; null when none. */
    @Export
    public String requestedName() {
        return requestedName;
    }

    /** The connection is gone: its context forgets it. */
    @Export
    public void destroy() {
        onDestroy.run();
    }

    // ---- the state machine ----

    private void drive() {
        if (error != null) return;
        try {
            while (step()) {
                // each step moved something: go on
            }
        } catch (SSLException | RuntimeException e) {
            failed(e);
        }
    }

    private boolean step() throws SSLException {
        HandshakeStatus hs = engine.getHandshakeStatus();
        switch (hs) {
            case NEED_TASK -> {
                Runnable t;
                while ((t = engine.getDelegatedTask()) != null) t.run();
                return true;
            }
            case NEED_WRAP -> {
                return wrap();
            }
            case NEED_UNWRAP, NEED_UNWRAP_AGAIN -> {
                return unwrap();
            }
            default -> {
                boolean moved = false;
                if (inNet.position() > 0 && !engine.isInboundDone()) moved = unwrap();
                if (appOut.position() > 0 && !engine.isOutboundDone()) moved |= wrap();
                return moved;
            }
        }
    }

    private boolean wrap() throws SSLException {
        appOut.flip();
        SSLEngineResult r;
        try {
            r = engine.wrap(appOut, outNet);
        } finally {
            appOut.compact();
        }
        if (r.getStatus() == SSLEngineResult.Status.BUFFER_OVERFLOW) {
            outNet = grow(outNet, engine.getSession().getPacketBufferSize());
            return true;
        }
        noteFinished(r);
        return r.bytesConsumed() > 0 || r.bytesProduced() > 0
                || r.getHandshakeStatus() == HandshakeStatus.FINISHED;
    }

    private boolean unwrap() throws SSLException {
        inNet.flip();
        SSLEngineResult r;
        try {
            r = engine.unwrap(inNet, appIn);
        } finally {
            inNet.compact();
        }
        switch (r.getStatus()) {
            case BUFFER_OVERFLOW -> {
                appIn = grow(appIn, engine.getSession().getApplicationBufferSize());
                return true;
            }
            case BUFFER_UNDERFLOW -> {
                inNet = room(inNet, engine.getSession().getPacketBufferSize() - inNet.position());
                return false;
            }
            default -> {
                noteFinished(r);
                return r.bytesConsumed() > 0 || r.bytesProduced() > 0
                        || r.getHandshakeStatus() == HandshakeStatus.FINISHED;
            }
        }
    }

    private void noteFinished(SSLEngineResult r) {
        if (r.getHandshakeStatus() == HandshakeStatus.FINISHED) secure = true;
    }

    /** A fatal error: its alert still goes out (the JavaScript side sends what is pending, then closes). */
    private void failed(Exception e) {
        error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        try {
            engine.closeOutbound();
            for (int i = 0; i < 4 && engine.getHandshakeStatus() == HandshakeStatus.NEED_WRAP; i++) {
                appOut.clear();
                if (!wrap()) break;
            }
        } catch (SSLException | RuntimeException ignored) {
            // nothing more can be said to the peer
        }
    }

    private static ByteBuffer take(ByteBuffer b) {
        if (b.position() == 0) return null;
        ByteBuffer out = ByteBuffer.wrap(java.util.Arrays.copyOf(b.array(), b.position()));
        b.clear();
        return out;
    }

    /** A copy of {@code b} with at least {@code more} bytes more room than it has (the engine asked for more). */
    private static ByteBuffer grow(ByteBuffer b, int more) {
        ByteBuffer bigger = ByteBuffer.allocate(Math.max(b.capacity() * 2, b.capacity() + more));
        b.flip();
        bigger.put(b);
        return bigger;
    }

    /** {@code b}, or a larger copy of it, with room for {@code more} bytes. */
    private static ByteBuffer room(ByteBuffer b, int more) {
        if (b.remaining() >= more) return b;
        ByteBuffer bigger = ByteBuffer.allocate(Math.max(b.capacity() * 2, b.position() + more));
        b.flip();
        bigger.put(b);
        return bigger;
    }
}
