package dev.wtjs.internal.binding;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Certificates as node's getPeerCertificate() shows them, as JSON for the JavaScript side: subject and issuer by
 * attribute, subjectaltname, validity in OpenSSL's format, serial number and fingerprints in upper-case hex, the
 * RSA key's size, exponent and modulus; {@code raw} and {@code pubkey} in base64 (made Buffers there).
 */
final class CertificateInfo {
    private static final DateTimeFormatter OPENSSL_TIME =
            DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss yyyy 'GMT'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private CertificateInfo() {
    }

    static String json(X509Certificate[] chain) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < chain.length; i++) {
            if (i > 0) s.append(',');
            one(s, chain[i]);
        }
        return s.append(']').toString();
    }

    private static void one(StringBuilder s, X509Certificate c) {
        s.append('{');
        s.append("\"subject\":");
        names(s, c.getSubjectX500Principal());
        s.append(",\"issuer\":");
        names(s, c.getIssuerX500Principal());
        String alt = altNames(c);
        if (alt != null) field(s, "subjectaltname", alt);
        s.append(",\"ca\":").append(c.getBasicConstraints() >= 0);
        if (c.getPublicKey() instanceof RSAPublicKey rsa) {
            field(s, "modulus", rsa.getModulus().toString(16).toUpperCase(Locale.ROOT));
            field(s, "exponent", "0x" + rsa.getPublicExponent().toString(16));
        }
        field(s, "pubkey", Base64.getEncoder().encodeToString(c.getPublicKey().getEncoded()));
        if (c.getPublicKey() instanceof RSAPublicKey rsa) s.append(",\"bits\":").append(rsa.getModulus().bitLength());
        field(s, "valid_from", OPENSSL_TIME.format(c.getNotBefore().toInstant()));
        field(s, "valid_to", OPENSSL_TIME.format(c.getNotAfter().toInstant()));
        try {
            byte[] der = c.getEncoded();
            field(s, "fingerprint", fingerprint("SHA-1", der));
            field(s, "fingerprint256", fingerprint("SHA-256", der));
            field(s, "fingerprint512", fingerprint("SHA-512", der));
        } catch (CertificateEncodingException | NoSuchAlgorithmException e) {
            // left out
        }
        try {
            List<String> usage = c.getExtendedKeyUsage();
            if (usage != null) {
                s.append(",\"ext_key_usage\":[");
                for (int i = 0; i < usage.size(); i++) {
                    if (i > 0) s.append(',');
                    string(s, usage.get(i));
                }
                s.append(']');
            }
        } catch (CertificateParsingException e) {
            // left out
        }
        String serial = c.getSerialNumber().toString(16).toUpperCase(Locale.ROOT);
        field(s, "serialNumber", serial.length() % 2 == 1 ? "0" + serial : serial);
        try {
            field(s, "raw", Base64.getEncoder().encodeToString(c.getEncoded()));
        } catch (CertificateEncodingException e) {
            // left out
        }
        s.append('}');
    }

    /** A name's attributes in the certificate's order ({"CN": "x", "O": "y"}); repeated ones become arrays. */
    private static void names(StringBuilder s, X500Principal p) {
        java.util.LinkedHashMap<String, java.util.List<String>> byType = new java.util.LinkedHashMap<>();
        try {
            for (Rdn rdn : new LdapName(p.getName(X500Principal.RFC2253)).getRdns()) {
                byType.computeIfAbsent(rdn.getType(), k -> new java.util.ArrayList<>()).add(String.valueOf(rdn.getValue()));
            }
        } catch (InvalidNameException e) {
            // an empty name
        }
        s.append('{');
        boolean first = true;
        for (var e : byType.entrySet()) {
            if (!first) s.append(',');
            first = false;
            string(s, e.getKey());
            s.append(':');
            if (e.getValue().size() == 1) {
                string(s, e.getValue().get(0));
            } else {
                s.append('[');
                for (int i = 0; i < e.getValue().size(); i++) {
                    if (i > 0) s.append(',');
                    string(s, e.getValue().get(i));
                }
                s.append(']');
            }
        }
        s.append('}');
    }

    /** subjectAltName as OpenSSL prints it ("DNS:localhost, IP Address:127.0.0.1"), or null. */
    private static String altNames(X509Certificate c) {
        try {
            var all = c.getSubjectAlternativeNames();
            if (all == null) return null;
            StringBuilder s = new StringBuilder();
            for (List<?> entry : all) {
                int type = (Integer) entry.get(0);
                String prefix = switch (type) {
                    case 1 -> "email:";
                    case 2 -> "DNS:";
                    case 6 -> "URI:";
                    case 7 -> "IP Address:";
                    default -> null;
                };
                if (prefix == null || !(entry.get(1) instanceof String value)) continue;
                if (s.length() > 0) s.append(", ");
                s.append(prefix).append(type == 7 ? ipText(value) : value);
            }
            return s.toString();
        } catch (CertificateParsingException e) {
            return null;
        }
    }

    private static String ipText(String value) {
        if (!value.contains(":")) return value;
        try {
            // OpenSSL writes IPv6 addresses in full, upper case, without compression
            byte[] b = java.net.InetAddress.getByName(value).getAddress();
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < b.length; i += 2) {
                if (i > 0) s.append(':');
                s.append(Integer.toHexString(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff)).toUpperCase(Locale.ROOT));
            }
            return s.toString();
        } catch (java.net.UnknownHostException e) {
            return value;
        }
    }

    private static String fingerprint(String algorithm, byte[] der) throws NoSuchAlgorithmException {
        byte[] d = MessageDigest.getInstance(algorithm).digest(der);
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(d);
    }

    private static void field(StringBuilder s, String name, String value) {
        s.append(',');
        string(s, name);
        s.append(':');
        string(s, value);
    }

    private static void string(StringBuilder s, String v) {
        s.append('"');
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            switch (ch) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                default -> {
                    if (ch < 0x20) s.append(String.format("\\u%04x", (int) ch));
                    else s.append(ch);
                }
            }
        }
        s.append('"');
    }
}
