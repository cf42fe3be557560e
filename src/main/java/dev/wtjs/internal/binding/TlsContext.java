package dev.wtjs.internal.binding;

import org.graalvm.polyglot.HostAccess.Export;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIMatcher;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.StandardConstants;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;
import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A secure context (node's SecureContext): an SSLContext with this side's key and certificate and the
 * certificates it trusts. The peer's chain is never refused during the handshake: it is checked against the trusted
 * certificates and the outcome kept as node's verify-error code, for the JavaScript side to act on
 * ({@code rejectUnauthorized}, {@code authorized}, {@code authorizationError}) as node does after its handshake.
 */
public final class TlsContext {
    private final X509TrustManager trusted;
    private final Map<SSLEngine, TlsEngine> engines = new ConcurrentHashMap<>();
    private SSLContext ssl;

    TlsContext(X509TrustManager trusted) {
        this.trusted = trusted;
    }

    void init(SSLContext context) {
        this.ssl = context;
    }

    /**
     * An engine for one connection. Client: {@code serverName} is sent as SNI (null: none). Server:
     * {@code requestCert} asks the client for a certificate. {@code alpn}: protocol names joined by commas, or null.
     */
    @Export
    public TlsEngine engine(boolean client, String serverName, String peerHost, int peerPort, String alpn,
                            boolean requestCert) {
        SSLEngine e = peerHost == null ? ssl.createSSLEngine() : ssl.createSSLEngine(peerHost, peerPort);
        e.setUseClientMode(client);
        TlsEngine engine = new TlsEngine(e, () -> engines.remove(e));
        SSLParameters p = e.getSSLParameters();
        if (client) {
            if (serverName != null) p.setServerNames(List.of(new SNIHostName(serverName)));
            else p.setServerNames(List.of());
        } else {
            // every name is accepted; the one asked for is what the socket's servername shows
            p.setSNIMatchers(List.of(new SNIMatcher(StandardConstants.SNI_HOST_NAME) {
                @Override
                public boolean matches(SNIServerName name) {
                    if (name instanceof SNIHostName h) engine.requestedName(h.getAsciiName());
                    return true;
                }
            }));
            if (requestCert) p.setWantClientAuth(true);
        }
        if (alpn != null && !alpn.isEmpty()) p.setApplicationProtocols(alpn.split(","));
        e.setSSLParameters(p);
        engines.put(e, engine);
        return engine;
    }

    X509ExtendedTrustManager trust() {
        return new Recorder();
    }

    /** node's code for why a chain is not trusted (OpenSSL's verify errors), or null when it is. */
    private String verify(X509Certificate[] chain, String authType, boolean server) {
        try {
            if (server) trusted.checkServerTrusted(chain, authType);
            else trusted.checkClientTrusted(chain, authType);
            return null;
        } catch (CertificateException | IllegalArgumentException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof CertificateExpiredException) return "CERT_HAS_EXPIRED";
                if (t instanceof CertificateNotYetValidException) return "CERT_NOT_YET_VALID";
            }
            X509Certificate last = chain[chain.length - 1];
            if (selfSigned(last)) return chain.length == 1 ? "DEPTH_ZERO_SELF_SIGNED_CERT" : "SELF_SIGNED_CERT_IN_CHAIN";
            return chain.length == 1 ? "UNABLE_TO_VERIFY_LEAF_SIGNATURE" : "UNABLE_TO_GET_ISSUER_CERT_LOCALLY";
        }
    }

    private static boolean selfSigned(X509Certificate c) {
        if (!c.getSubjectX500Principal().equals(c.getIssuerX500Principal())) return false;
        try {
            c.verify(c.getPublicKey());
            return true;
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }

    private void record(X509Certificate[] chain, String authType, SSLEngine e, boolean server) {
        TlsEngine engine = e == null ? null : engines.get(e);
        if (engine != null) engine.peerVerified(chain, verify(chain, authType, server));
    }

    /** Accepts every chain, noting for its engine whether the trusted certificates vouch for it. */
    private final class Recorder extends X509ExtendedTrustManager {
        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            record(chain, authType, engine, true);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            record(chain, authType, engine, false);
        }

        // wtjs makes only SSLEngines from its contexts: a check without one is refused, never waved through

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            throw new CertificateException("wtjs checks certificates per SSLEngine only");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            throw new CertificateException("wtjs checks certificates per SSLEngine only");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("wtjs checks certificates per SSLEngine only");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("wtjs checks certificates per SSLEngine only");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return trusted.getAcceptedIssuers();
        }
    }
}
