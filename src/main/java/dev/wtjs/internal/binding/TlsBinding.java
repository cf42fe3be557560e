package dev.wtjs.internal.binding;

import org.graalvm.polyglot.HostAccess.Export;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

/**
 * The calls behind {@code tls} ({@code internalBinding('host').tls()}): secure contexts made from PEM text, each
 * making SSLEngines for single connections. TLS itself runs on the JDK's SSLEngine over bytes the JavaScript side
 * carries on its net sockets (see {@link TlsEngine}); nothing here does I/O, and every call runs on the agent's
 * thread; the network is reached only through net, which the runtime's network grant gates.
 */
public final class TlsBinding {
    private String error;

    /** Why the last {@link #context} call failed, or null. */
    @Export
    public String error() {
        return error;
    }

    /**
     * A secure context. {@code keyPem}/{@code certPem}: the private key and certificate chain this side shows
     * (null: none); {@code caPem}: the certificates it trusts (null: the JDK's default trust store). Returns null
     * with the reason in {@link #error()} when the material cannot be read.
     */
    @Export
    public TlsContext context(String keyPem, String certPem, String caPem) {
        error = null;
        try {
            KeyManagerFactory kmf = null;
            if (keyPem != null && certPem != null) {
                PrivateKey key = Pem.privateKey(keyPem);
                List<X509Certificate> chain = Pem.certificates(certPem);
                if (chain.isEmpty()) throw new GeneralSecurityException("no certificate in cert");
                KeyStore ks = KeyStore.getInstance("PKCS12");
                ks.load(null, null);
                ks.setKeyEntry("key", key, new char[0], chain.toArray(new X509Certificate[0]));
                kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(ks, new char[0]);
            }
            X509TrustManager trusted = trustManager(caPem == null ? null : Pem.certificates(caPem));
            SSLContext ssl = SSLContext.getInstance("TLS");
            TlsContext context = new TlsContext(trusted);
            ssl.init(kmf == null ? null : kmf.getKeyManagers(), new javax.net.ssl.TrustManager[] {context.trust()},
                    null);
            context.init(ssl);
            return context;
        } catch (GeneralSecurityException | java.io.IOException | IllegalArgumentException e) {
            error = String.valueOf(e.getMessage());
            return null;
        }
    }

    /** The certificates the JDK trusts by default, as PEM texts (tls.rootCertificates). */
    @Export
    public String[] rootCertificates() throws GeneralSecurityException {
        X509Certificate[] roots = trustManager(null).getAcceptedIssuers();
        String[] out = new String[roots.length];
        Base64.Encoder b64 = Base64.getMimeEncoder(64, new byte[] {'\n'});
        for (int i = 0; i < roots.length; i++) {
            out[i] = "-----BEGIN CERTIFICATE-----\n" + b64.encodeToString(roots[i].getEncoded())
                    + "\n-----END CERTIFICATE-----";
        }
        return out;
    }

    /** The cipher suites the JDK's TLS supports (tls.getCiphers). */
    @Export
    public String[] ciphers() throws GeneralSecurityException {
        return SSLContext.getDefault().getSupportedSSLParameters().getCipherSuites();
    }

    private static X509TrustManager trustManager(List<X509Certificate> cas) throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        if (cas == null) {
            tmf.init((KeyStore) null);
        } else {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try {
                ks.load(null, null);
            } catch (java.io.IOException e) {
                throw new GeneralSecurityException(e);
            }
            for (int i = 0; i < cas.size(); i++) ks.setCertificateEntry("ca" + i, cas.get(i));
            tmf.init(ks);
        }
        for (javax.net.ssl.TrustManager tm : tmf.getTrustManagers()) {
            if (tm instanceof X509TrustManager x) return x;
        }
        throw new GeneralSecurityException("no X.509 trust manager");
    }
}
