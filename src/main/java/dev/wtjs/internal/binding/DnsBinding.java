package dev.wtjs.internal.binding;

import dev.wtjs.internal.agent.Agent;
import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import javax.naming.CommunicationException;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.function.Supplier;

/**
 * The name lookups behind {@code dns} ({@code internalBinding('host').dns()}): {@code lookup} through the system
 * resolver ({@link InetAddress}, which reads /etc/hosts as getaddrinfo does), record queries ({@code resolve*},
 * {@code reverse}) through the JDK's DNS client (JNDI's {@code dns:} provider, the servers of /etc/resolv.conf).
 * Every call runs on this agent's own pool ({@code wtjs-dns-<threadId>-N}, started on first use, stopped with the
 * agent) and posts {@code done(errorCode or null, lines)} back to the agent's loop, which stays ref'd until then.
 * Without the runtime's network grant every call fails with EACCES.
 */
public final class DnsBinding {
    private final Agent agent;
    private final OffLoopPool pool;

    DnsBinding(Agent agent) {
        this.agent = agent;
        this.pool = new OffLoopPool(agent, "dns");
    }

    /** A failure with node's error code (ENOTFOUND, ENODATA, ECONNREFUSED, ETIMEOUT, ...). */
    private static final class Failure extends RuntimeException {
        final String code;

        Failure(String code) {
            super(code, null, false, false);
            this.code = code;
        }
    }

    /**
     * The addresses of a host name (family 0: all, 4 or 6), one {@code address|family} a line, in the resolver's
     * order.
     */
    @Export
    public void lookup(String host, int family, Value done) {
        offLoop(() -> {
            InetAddress[] all;
            try {
                all = InetAddress.getAllByName(host);
            } catch (UnknownHostException e) {
                throw new Failure("ENOTFOUND");
            }
            StringBuilder out = new StringBuilder();
            for (InetAddress a : all) {
                int f = a instanceof Inet6Address ? 6 : 4;
                if (family != 0 && family != f) continue;
                if (out.length() > 0) out.append('\n');
                out.append(NetBinding.text(a, false)).append('|').append(f);
            }
            if (out.length() == 0) throw new Failure("ENOTFOUND");
            return out.toString();
        }, done);
    }

    /** The host name of an address and the service name of a port ({@code host\nservice}), as getnameinfo. */
    @Export
    public void lookupService(String address, int port, Value done) {
        offLoop(() -> {
            String host;
            try {
                InetAddress a = InetAddress.getByName(address);
                host = a.getHostName();
            } catch (UnknownHostException e) {
                throw new Failure("ENOTFOUND");
            }
            return host + "\n" + serviceName(port);
        }, done);
    }

    private static String serviceName(int port) {
        try {
            for (String line : Files.readAllLines(Path.of("/etc/services"))) {
                String[] parts = line.replaceAll("#.*", "").trim().split("\\s+");
                if (parts.length >= 2 && parts[1].equals(port + "/tcp")) return parts[0];
            }
        } catch (IOException | SecurityException e) {
            // no services file: the number itself, as getnameinfo gives
        }
        return Integer.toString(port);
    }

    /**
     * The records of one type (A, AAAA, MX, TXT, ...) for a name: JNDI's text of each record, one a line. servers:
     * {@code dns:} (the system's) or {@code dns://host:port} URLs separated by spaces.
     */
    @Export
    public void resolve(String name, String type, String servers, Value done) {
        offLoop(() -> String.join("\n", query(name, type, servers)), done);
    }

    /** The names of an address (PTR records of its in-addr.arpa / ip6.arpa name), one a line. */
    @Export
    public void reverse(String address, String servers, Value done) {
        offLoop(() -> {
            InetAddress a;
            try {
                a = InetAddress.getByName(address);
            } catch (UnknownHostException e) {
                throw new Failure("EINVAL");
            }
            List<String> names = new ArrayList<>();
            for (String n : query(arpaName(a), "PTR", servers)) names.add(n.endsWith(".") ? n.substring(0, n.length() - 1) : n);
            return String.join("\n", names);
        }, done);
    }

    /** The name servers of /etc/resolv.conf, one a line. */
    @Export
    public String servers() {
        StringBuilder out = new StringBuilder();
        try {
            for (String line : Files.readAllLines(Path.of("/etc/resolv.conf"))) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length >= 2 && parts[0].equals("nameserver")) {
                    if (out.length() > 0) out.append('\n');
                    out.append(parts[1]);
                }
            }
        } catch (IOException | SecurityException e) {
            // none known
        }
        return out.toString();
    }

    private static String arpaName(InetAddress a) {
        byte[] b = a.getAddress();
        StringBuilder out = new StringBuilder();
        if (a instanceof Inet4Address) {
            for (int i = b.length - 1; i >= 0; i--) out.append(b[i] & 0xff).append('.');
            return out.append("in-addr.arpa").toString();
        }
        for (int i = b.length - 1; i >= 0; i--) {
            out.append(Character.forDigit(b[i] & 0xf, 16)).append('.');
            out.append(Character.forDigit((b[i] >> 4) & 0xf, 16)).append('.');
        }
        return out.append("ip6.arpa").toString();
    }

    private static List<String> query(String name, String type, String servers) {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(DirContext.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.dns.DnsContextFactory");
        env.put(DirContext.PROVIDER_URL, servers);
        env.put("com.sun.jndi.dns.timeout.initial", "1000");
        env.put("com.sun.jndi.dns.timeout.retries", "2");
        DirContext ctx = null;
        try {
            ctx = new InitialDirContext(env);
            Attributes attrs = ctx.getAttributes(name, new String[] {type});
            Attribute attr = attrs.get(type);
            if (attr == null || attr.size() == 0) throw new Failure("ENODATA");
            List<String> out = new ArrayList<>();
            NamingEnumeration<?> values = attr.getAll();
            while (values.hasMore()) out.add(String.valueOf(values.next()));
            return out;
        } catch (NameNotFoundException e) {
            throw new Failure("ENOTFOUND");
        } catch (CommunicationException e) {
            Throwable cause = e.getRootCause();
            boolean timeout = cause instanceof java.net.SocketTimeoutException
                    || String.valueOf(e.getMessage()).toLowerCase().contains("timed out");
            throw new Failure(timeout ? "ETIMEOUT" : "ECONNREFUSED");
        } catch (NamingException e) {
            String m = String.valueOf(e.getMessage());
            throw new Failure(m.contains("name not found") ? "ENOTFOUND" : m.contains("refused") ? "EREFUSED" : "ESERVFAIL");
        } finally {
            if (ctx != null) {
                try {
                    ctx.close();
                } catch (NamingException ignored) {
                    // closing a finished query
                }
            }
        }
    }

    private void offLoop(Supplier<String> work, Value done) {
        if (!agent.runtime.network) {
            agent.loop.ref();
            pool.answer(done, "EACCES", null);
            return;
        }
        pool.run(work, e -> e instanceof Failure f ? f.code : "ESERVFAIL", done);
    }

    /** The agent is closing: its pool stops (a lookup under way is abandoned). */
    public void close() {
        pool.close();
    }
}
