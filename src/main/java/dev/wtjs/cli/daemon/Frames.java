package dev.wtjs.cli.daemon;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The daemon's wire format, shared by the client (plain JDK classes only: the client must start without GraalVM)
 * and the daemon: frames of a type byte, a length and that many bytes, on a Unix domain socket.
 */
final class Frames {
    /** Changes whenever the frames change; a request of another version is refused. */
    static final String VERSION = "wtjs-daemon-1";

    // client -> daemon
    static final byte RUN = 'R';
    static final byte STDIN = 'I';
    static final byte STDIN_END = 'E';
    static final byte SIGNAL = 'S';
    static final byte STDOUT_CLOSED = 'C';
    static final byte STATUS = '?';
    static final byte STOP = 'Q';
    // daemon -> client
    static final byte OUT = 'O';
    static final byte ERR = 'F';
    static final byte WANT_STDIN = 'D';
    static final byte EXIT = 'X';
    static final byte TEXT = 'T';

    /** One frame read. */
    record Frame(byte type, byte[] data) {
        int asInt() {
            return ByteBuffer.wrap(data).getInt();
        }

        String asText() {
            return new String(data, StandardCharsets.UTF_8);
        }
    }

    private Frames() {
    }

    /** The frame writer of a socket; whole frames never interleave. */
    static class Writer {
        final DataOutputStream out;

        Writer(SocketChannel ch) {
            this.out = new DataOutputStream(new java.io.BufferedOutputStream(output(ch), 64 * 1024));
        }

        void send(byte type, byte[] data, int off, int len) throws IOException {
            synchronized (out) {
                out.writeByte(type);
                out.writeInt(len);
                out.write(data, off, len);
                out.flush();
            }
        }

        /** Returns once every frame sent before has been written (or the connection failed). */
        void flush() throws IOException {
        }

        /** Ends the writer's own work, if any (frames sent afterwards fail). */
        void close() {
        }

        void send(byte type, byte[] data) throws IOException {
            send(type, data, 0, data.length);
        }

        void sendInt(byte type, int value) throws IOException {
            send(type, ByteBuffer.allocate(4).putInt(value).array());
        }

        void sendText(byte type, String text) throws IOException {
            send(type, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The next frame, or null at the end of the stream. */
    static Frame read(DataInputStream in) throws IOException {
        int type = in.read();
        if (type < 0) return null;
        try {
            int len = in.readInt();
            if (len < 0 || len > 64 << 20) throw new IOException("bad frame length " + len);
            byte[] data = new byte[len];
            in.readFully(data);
            return new Frame((byte) type, data);
        } catch (EOFException e) {
            return null;
        }
    }

    static DataInputStream reader(SocketChannel ch) {
        return new DataInputStream(new java.io.BufferedInputStream(input(ch), 64 * 1024));
    }

    /** A list of strings as bytes: a count, then each one's length and UTF-8 bytes. */
    static byte[] strings(List<String> list) {
        try {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            DataOutputStream d = new DataOutputStream(b);
            d.writeInt(list.size());
            for (String s : list) {
                byte[] u = s.getBytes(StandardCharsets.UTF_8);
                d.writeInt(u.length);
                d.write(u);
            }
            return b.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> strings(byte[] data) throws IOException {
        DataInputStream d = new DataInputStream(new java.io.ByteArrayInputStream(data));
        int n = d.readInt();
        if (n < 0 || n > data.length) throw new IOException("bad string count");
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byte[] u = new byte[d.readInt()];
            d.readFully(u);
            list.add(new String(u, StandardCharsets.UTF_8));
        }
        return list;
    }

    /**
     * Why {@code dir} may not hold the daemon's socket, or null when it may: it must be a directory (not a link)
     * owned by this user with mode 0700, so only this user reaches the socket.
     */
    static String unsafeFolder(Path dir) {
        try {
            // bin/wtjs passes its user id: one stat of the folder then answers (no user-name lookup) in the
            // common case; anything else is said below with names
            String uid = System.getProperty("wtjs.uid");
            if (uid != null) {
                Map<String, Object> a = Files.readAttributes(dir, "unix:mode,uid", LinkOption.NOFOLLOW_LINKS);
                if (a.get("mode") instanceof Integer mode && (mode & 0170777) == 040700
                        && uid.equals(String.valueOf(a.get("uid")))) {
                    return null;
                }
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // said below
        }
        try {
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return dir + " is not a directory";
            String owner = Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName();
            String me = System.getProperty("user.name");
            if (!owner.equals(me)) return dir + " is owned by " + owner + ", not " + me;
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS);
            if (!p.equals(PosixFilePermissions.fromString("rwx------"))) {
                return dir + " has mode " + PosixFilePermissions.toString(p) + ", not rwx------";
            }
            return null;
        } catch (IOException | UnsupportedOperationException e) {
            return "cannot check " + dir + ": " + e;
        }
    }

    /** Makes {@code dir} with mode 0700 if it is missing; then says why it is unsafe, or null. */
    static String prepareFolder(Path dir) {
        String unsafe = unsafeFolder(dir);
        if (unsafe == null) return null;
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createDirectories(dir.getParent());
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------")); // past the umask
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another client made it meanwhile: checked below
            } catch (IOException | UnsupportedOperationException e) {
                return "cannot make " + dir + ": " + e;
            }
            return unsafeFolder(dir);
        }
        return unsafe;
    }

    /** Reads straight from the channel (the JDK's channel streams may lock reads and writes together). */
    private static InputStream input(SocketChannel ch) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) return 0;
                return ch.read(ByteBuffer.wrap(b, off, len));
            }
        };
    }

    private static OutputStream output(SocketChannel ch) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ByteBuffer buf = ByteBuffer.wrap(b, off, len);
                while (buf.hasRemaining()) ch.write(buf);
            }
        };
    }
}
