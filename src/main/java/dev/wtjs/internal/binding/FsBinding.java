package dev.wtjs.internal.binding;

import dev.wtjs.internal.agent.Agent;
import org.graalvm.polyglot.HostAccess.Export;
import org.graalvm.polyglot.Value;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Java calls behind {@code fs} and {@code os} ({@code internalBinding('host').fs()}). One small method per
 * operation. A failing call returns null (or false) and leaves the errno name in {@link #error()}; the JS side
 * turns it into node's error ({@code ENOENT: no such file or directory, open '<path>'}). Every access goes through
 * the runtime's {@code FileAccess}: reading needs {@link HostBinding#readable}, changing needs {@link #writable}
 * (only {@code FileAccess.full()} allows writing); a refused access fails with EACCES.
 * Bytes cross as latin1 strings (one char per byte).
 */
public final class FsBinding {
    private final Agent agent;
    private final HostBinding host;
    private String error;

    FsBinding(Agent agent, HostBinding host) {
        this.agent = agent;
        this.host = host;
    }

    /**
     * Calls {@code fn} on this agent's loop after {@code trips} turns: each trip is one queued task that runs in a
     * turn's poll phase and queues the next, as each request to libuv's thread pool is answered in a later turn.
     */
    @Export
    public void later(int trips, Value fn) {
        agent.post(new Trip(trips, fn));
    }

    private final class Trip implements Runnable {
        private int left;
        private final Value fn;

        Trip(int trips, Value fn) {
            this.left = trips;
            this.fn = fn;
        }

        @Override
        public void run() {
            if (--left > 0) agent.post(this);
            else agent.callback(fn);
        }
    }

    /** The errno name of the last failed call (ENOENT, EEXIST, ...), or null after a successful one. */
    @Export
    public String error() {
        return error;
    }

    public boolean writable(Path p) {
        return agent.runtime.fileAccess.isFull();
    }

    private Path readPath(String path) throws IOException {
        Path p = Path.of(path);
        if (!host.readable(p)) throw new AccessDeniedException(path);
        return directoryIfSlashed(path, p);
    }

    private Path writePath(String path) throws IOException {
        Path p = Path.of(path);
        if (!writable(p)) throw new AccessDeniedException(path);
        return directoryIfSlashed(path, p);
    }

    /**
     * A path with a trailing slash names a directory (the JDK drops the slash): ENOTDIR for anything else; its final
     * link is followed (`lstat('link/')` is the folder's), ENOENT or ELOOP when that leads nowhere.
     */
    private static Path directoryIfSlashed(String path, Path p) throws IOException {
        if (!isSlashed(path)) return p;
        if (Files.exists(p) && !Files.isDirectory(p)) throw new FileSystemException(path, null, "Not a directory");
        if (Files.isSymbolicLink(p)) {
            Files.readAttributes(p, BasicFileAttributes.class); // (ENOENT, ELOOP)
            return p.toRealPath();
        }
        return p;
    }

    /** A name under a folder that is not there is ENOENT first (ENOTDIR under a file: see missingCode). */
    private static void mustBeUnderAFolder(String path) throws IOException {
        Path parent = Path.of(path).toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) throw new NoSuchFileException(path);
    }

    /** A slashed path whose last component is a link: what unlink(2) and rename(2) refuse with ENOTDIR. */
    private static void notASlashedLink(String path) throws IOException {
        if (isSlashed(path) && Files.isSymbolicLink(Path.of(path))) {
            throw new FileSystemException(path, null, "Not a directory");
        }
    }

    /**
     * Where a new entry is made (a link, a folder, a file by open(2) with O_CREAT): a slashed path that names
     * something is EEXIST (EISDIR for a file), one that names nothing ENOENT (mkdir makes it).
     */
    private Path newEntryPath(String path, String slashedMissing, String slashedExisting) throws IOException {
        Path p = Path.of(path);
        if (!writable(p)) throw new AccessDeniedException(path);
        if (isSlashed(path)) {
            boolean there = Files.exists(p, LinkOption.NOFOLLOW_LINKS);
            if (!there) mustBeUnderAFolder(path);
            String reason = there ? slashedExisting : slashedMissing;
            if (reason != null) throw new FileSystemException(path, null, reason);
        }
        return p;
    }

    private static boolean isSlashed(String path) {
        return path.length() > 1 && path.endsWith("/");
    }

    private <T> T fail(Exception e) {
        error = code(e);
        return null;
    }

    /** A call whose answer is only whether it worked. */
    @FunctionalInterface
    private interface Step {
        void run() throws IOException;
    }

    /** Runs {@code step}: true, or false with {@link #error} set to what node would report. */
    private boolean succeeds(Step step) {
        error = null;
        try {
            step.run();
            return true;
        } catch (IOException | RuntimeException e) {
            fail(e);
            return false;
        }
    }

    static String code(Exception e) {
        if (e instanceof NoSuchFileException missing) return missingCode(missing.getFile());
        if (e instanceof FileAlreadyExistsException) return "EEXIST";
        if (e instanceof DirectoryNotEmptyException) return "ENOTEMPTY";
        if (e instanceof NotDirectoryException) return "ENOTDIR";
        if (e instanceof AccessDeniedException) return "EACCES";
        if (e instanceof FileSystemLoopException) return "ELOOP";
        if (e instanceof java.nio.file.NotLinkException) return "EINVAL";
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            // (JDK 25 says "Too many levels of symbolic links or unable to access attributes of symbolic link")
            if (fse.getReason().startsWith("Too many levels of symbolic links")) return "ELOOP";
            switch (fse.getReason()) {
                case "No such file or directory": return "ENOENT";
                case "File exists": return "EEXIST";
                case "Not a directory": return "ENOTDIR";
                case "Is a directory": return "EISDIR";
                case "Directory not empty": return "ENOTEMPTY";
                case "Permission denied": return "EACCES";
                case "Operation not permitted": return "EPERM";
                case "Invalid argument": return "EINVAL";
                case "Invalid cross-device link": return "EXDEV";
                case "File name too long": return "ENAMETOOLONG";
                case "Read-only file system": return "EROFS";
                case "Bad file descriptor": return "EBADF";
                case "No space left on device": return "ENOSPC";
                default: return "EIO";
            }
        }
        if (e instanceof java.nio.file.InvalidPathException || e instanceof IllegalArgumentException) return "EINVAL";
        return "EIO";
    }

    /**
     * What the kernel says of a path that is not there: ENOENT, unless it goes through something that is not a
     * directory (ENOTDIR) or through a link that loops (ELOOP).
     */
    private static String missingCode(String path) {
        if (path == null) return "ENOENT";
        try {
            for (Path a = Path.of(path).getParent(); a != null; a = a.getParent()) {
                if (Files.exists(a)) return Files.isDirectory(a) ? "ENOENT" : "ENOTDIR";
                if (Files.isSymbolicLink(a) && loops(a)) return "ELOOP";
            }
        } catch (RuntimeException e) {
            // an odd path: ENOENT
        }
        return "ENOENT";
    }

    private static boolean loops(Path link) {
        try {
            Files.readAttributes(link, BasicFileAttributes.class);
            return false;
        } catch (IOException e) {
            return "ELOOP".equals(code(e));
        }
    }

    // ---- files ----

    /** The file's bytes as a latin1 string; EISDIR for a directory. */
    @Export
    public String readFile(String path) {
        error = null;
        try {
            Path p = readPath(path);
            if (Files.isDirectory(p)) {
                error = "EISDIR";
                return null;
            }
            return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException e) {
            return fail(e);
        }
    }

    /** Writes (or appends) latin1-encoded bytes; {@code exclusive}: fail with EEXIST when the file exists. */
    @Export
    public boolean writeFile(String path, String data, boolean append, boolean exclusive) {
        error = null;
        try {
            // open(2) with O_CREAT refuses a slashed path (EISDIR), whatever it names
            newEntryPath(path, "Is a directory", "Is a directory");
            Path p = writePath(path);
            if (Files.isDirectory(p)) {
                error = "EISDIR";
                return false;
            }
            byte[] bytes = data.getBytes(StandardCharsets.ISO_8859_1);
            if (exclusive) {
                Files.write(p, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } else if (append) {
                Files.write(p, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } else {
                Files.write(p, bytes);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            fail(e);
            return false;
        }
    }

    /**
     * dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs; null
     * on failure. {@code follow}: stat, else lstat.
     */
    @Export
    public double[] stat(String path, boolean follow) {
        error = null;
        try {
            Path p = readPath(path);
            LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
            Map<String, Object> a;
            try {
                a = Files.readAttributes(p, "unix:*", opts);
            } catch (UnsupportedOperationException e) {
                a = new java.util.HashMap<>(Files.readAttributes(p, "posix:*", opts));
            }
            double size = num(a.get("size"));
            double mode = a.containsKey("mode") ? num(a.get("mode")) : fallbackMode(p, opts);
            double ctime = a.containsKey("ctime") ? ms(a.get("ctime")) : ms(a.get("lastModifiedTime"));
            return new double[] {
                num(a.get("dev")), mode, num(a.get("nlink")), num(a.get("uid")), num(a.get("gid")),
                num(a.get("rdev")), 4096, num(a.get("ino")), size, Math.ceil(size / 4096) * 8,
                ms(a.get("lastAccessTime")), ms(a.get("lastModifiedTime")), ctime, ms(a.get("creationTime")),
            };
        } catch (IOException | RuntimeException e) {
            return fail(e);
        }
    }

    private static double fallbackMode(Path p, LinkOption[] opts) {
        if (Files.isSymbolicLink(p) && opts.length > 0) return 0120777;
        if (Files.isDirectory(p, opts)) return 040755;
        return 0100644;
    }

    private static double num(Object o) {
        return o instanceof Number n ? n.doubleValue() : 0;
    }

    private static double ms(Object o) {
        if (o instanceof FileTime t) {
            java.time.Instant i = t.toInstant();
            return i.getEpochSecond() * 1000.0 + i.getNano() / 1_000_000.0;
        }
        return 0;
    }

    @Export
    public boolean exists(String path) {
        error = null;
        try {
            Path p = Path.of(path);
            return host.readable(p) && Files.exists(p);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Creates one directory. */
    @Export
    public boolean mkdir(String path) {
        return succeeds(() -> {
            Files.createDirectory(newEntryPath(path, null, "File exists"));
        });
    }

    /** The entry names, sorted as libuv's scandir sorts them; null on failure. */
    @Export
    public String[] readdir(String path) {
        error = null;
        try {
            Path p = readPath(path);
            List<String> names = new ArrayList<>();
            try (Stream<Path> s = Files.list(p)) {
                s.forEach(e -> names.add(e.getFileName().toString()));
            }
            Collections.sort(names);
            return names.toArray(new String[0]);
        } catch (IOException | RuntimeException e) {
            return fail(e);
        }
    }

    /** 1 file, 2 directory, 3 symbolic link, 0 other (or unknown): the Dirent type of each of {@code names}. */
    @Export
    public int[] types(String dir, String[] names) {
        int[] out = new int[names.length];
        Path d = Path.of(dir);
        for (int i = 0; i < names.length; i++) {
            Path p = d.resolve(names[i]);
            if (Files.isSymbolicLink(p)) out[i] = 3;
            else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) out[i] = 2;
            else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) out[i] = 1;
            else out[i] = 0;
        }
        return out;
    }

    /** Deletes a file (not a directory: EISDIR, as unlink(2) on Linux). */
    @Export
    public boolean unlink(String path) {
        error = null;
        try {
            notASlashedLink(path);
            Path p = writePath(path);
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                error = "EISDIR";
                return false;
            }
            Files.delete(p);
            return true;
        } catch (IOException | RuntimeException e) {
            fail(e);
            return false;
        }
    }

    /** Deletes an empty directory. */
    @Export
    public boolean rmdir(String path) {
        error = null;
        try {
            notASlashedLink(path);
            Path p = writePath(path);
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                error = "ENOTDIR";
                return false;
            }
            Files.delete(p);
            return true;
        } catch (IOException | RuntimeException e) {
            fail(e);
            return false;
        }
    }

    /** Deletes a file or a whole tree (symbolic links are removed, not followed). */
    @Export
    public boolean rmTree(String path) {
        return succeeds(() -> {
            delete(writePath(path));
        });
    }

    private static void delete(Path p) throws IOException {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            List<Path> children;
            try (Stream<Path> s = Files.list(p)) {
                children = s.toList();
            }
            for (Path c : children) delete(c);
        }
        Files.delete(p);
    }

    @Export
    public boolean rename(String from, String to) {
        error = null;
        try {
            notASlashedLink(from);
            notASlashedLink(to);
            Path a = writePath(from);
            if (!Files.exists(a, LinkOption.NOFOLLOW_LINKS)) throw new NoSuchFileException(from);
            // a slashed new name must become a folder: ENOTDIR for anything else moved there
            if (isSlashed(to) && !Files.isDirectory(a, LinkOption.NOFOLLOW_LINKS)) {
                mustBeUnderAFolder(to);
                throw new FileSystemException(to, null, "Not a directory");
            }
            Path b = writePath(to);
            if (Files.isDirectory(a, LinkOption.NOFOLLOW_LINKS) && Files.exists(b)
                    && !Files.isDirectory(b)) {
                error = "ENOTDIR";
                return false;
            }
            if (!Files.isDirectory(a, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(b, LinkOption.NOFOLLOW_LINKS)) {
                error = "EISDIR";
                return false;
            }
            Files.move(a, b, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | RuntimeException e) {
            fail(e);
            return false;
        }
    }

    // ---- attributes and links ----

    private static LinkOption[] follow(boolean follow) {
        return follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
    }

    /** Sets the file's permission bits (the low 9 bits of {@code mode}). */
    @Export
    public boolean chmod(String path, int mode) {
        return succeeds(() -> {
            Path p = writePath(path);
            java.util.Set<java.nio.file.attribute.PosixFilePermission> perms =
                    java.util.EnumSet.noneOf(java.nio.file.attribute.PosixFilePermission.class);
            java.nio.file.attribute.PosixFilePermission[] order = java.nio.file.attribute.PosixFilePermission.values();
            // (OWNER_READ ... OTHERS_EXECUTE: bit 8 down to bit 0)
            for (int i = 0; i < 9; i++) if ((mode & (1 << (8 - i))) != 0) perms.add(order[i]);
            Files.setPosixFilePermissions(p, perms);
        });
    }

    /** Sets the owner and group ids (-1: left as they are); {@code follow} false: the link itself. */
    @Export
    public boolean chown(String path, int uid, int gid, boolean follow) {
        return succeeds(() -> {
            Path p = writePath(path);
            if (uid != -1) Files.setAttribute(p, "unix:uid", uid, follow(follow));
            if (gid != -1) Files.setAttribute(p, "unix:gid", gid, follow(follow));
        });
    }

    /** Sets the access and modification times (ms since the epoch, fractions kept to the microsecond). */
    @Export
    public boolean utimes(String path, double atimeMs, double mtimeMs, boolean follow) {
        return succeeds(() -> {
            Path p = writePath(path);
            Files.getFileAttributeView(p, java.nio.file.attribute.BasicFileAttributeView.class, follow(follow))
                    .setTimes(micros(mtimeMs), micros(atimeMs), null);
        });
    }

    private static FileTime micros(double ms) {
        return FileTime.from(Math.round(ms * 1000), java.util.concurrent.TimeUnit.MICROSECONDS);
    }

    /** Cuts the file to {@code length} bytes, or extends it with zeros. */
    @Export
    public boolean truncate(String path, double length) {
        return succeeds(() -> {
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(writePath(path),
                    StandardOpenOption.WRITE)) {
                long len = (long) Math.max(0, length);
                if (len < ch.size()) ch.truncate(len);
                else if (len > ch.size()) ch.write(java.nio.ByteBuffer.allocate(1), len - 1);
            }
        });
    }

    /** A hard link {@code to} naming the file {@code from}. */
    @Export
    public boolean link(String from, String to) {
        return succeeds(() -> {
            Path a = readPath(from);
            // a missing source is reported before anything wrong with the new name, as link(2) does
            if (!Files.exists(a, LinkOption.NOFOLLOW_LINKS)) throw new NoSuchFileException(from);
            Files.createLink(newEntryPath(to, "No such file or directory", "File exists"), a);
        });
    }

    /** A symbolic link at {@code path} holding {@code target} as given (a relative target stays relative). */
    @Export
    public boolean symlink(String target, String path) {
        return succeeds(() -> {
            Files.createSymbolicLink(newEntryPath(path, "No such file or directory", "File exists"), Path.of(target));
        });
    }

    /** What a symbolic link holds; EINVAL for anything else. */
    @Export
    public String readlink(String path) {
        error = null;
        try {
            return Files.readSymbolicLink(readPath(path)).toString();
        } catch (IOException | RuntimeException e) {
            return fail(e);
        }
    }

    /**
     * Copies a file as libuv's copyfile does: the source is opened (a folder opens too), then the destination for
     * writing, through any link (a dangling one makes its target), created or truncated ({@code exclusive},
     * COPYFILE_EXCL: created, EEXIST when anything is there, a link too); a copy onto the source itself does nothing;
     * the destination takes the source's permissions; a copy that fails once the destination was opened removes it.
     */
    @Export
    public boolean copyFile(String from, String to, boolean exclusive) {
        error = null;
        Path b = null;
        boolean opened = false;
        try {
            Path a = readPath(from);
            try (FileChannel in = FileChannel.open(a, StandardOpenOption.READ)) {
                // open(2) with O_CREAT refuses a slashed path (EISDIR), whatever it names
                b = newEntryPath(to, "Is a directory", "Is a directory");
                try (FileChannel out = exclusive
                        ? FileChannel.open(b, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)
                        : FileChannel.open(b, StandardOpenOption.WRITE, StandardOpenOption.CREATE)) {
                    opened = true;
                    if (Files.isSameFile(a, b)) return true;
                    if (Files.isDirectory(a)) throw new FileSystemException(from, null, "Is a directory");
                    out.truncate(0);
                    for (long at = 0, size = in.size(); at < size; ) at += in.transferTo(at, size - at, out);
                }
                try {
                    Files.setPosixFilePermissions(b, Files.getPosixFilePermissions(a));
                } catch (UnsupportedOperationException e) {
                    // (no POSIX permissions on this file system)
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            fail(e);
            if (opened) {
                try {
                    Files.deleteIfExists(b); // (node's copyFileSync of a folder onto a file removes the file)
                } catch (IOException ignored) {
                    // the error above is the one to report
                }
            }
            return false;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    /** Creates {@code prefix} + 6 random characters as a new directory; returns its path. */
    @Export
    public String mkdtemp(String prefix) {
        error = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            StringBuilder sb = new StringBuilder(prefix);
            for (int i = 0; i < 6; i++) sb.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
            try {
                Files.createDirectory(writePath(sb.toString()));
                return sb.toString();
            } catch (FileAlreadyExistsException e) {
                // try another name
            } catch (IOException | RuntimeException e) {
                return fail(e);
            }
        }
        error = "EEXIST";
        return null;
    }

    @Export
    public String realpath(String path) {
        error = null;
        try {
            return readPath(path).toRealPath().toString();
        } catch (IOException | RuntimeException e) {
            return fail(e);
        }
    }

    /** access(2): mode bits R_OK 4, W_OK 2, X_OK 1 (F_OK 0: exists). */
    @Export
    public boolean access(String path, int mode) {
        return succeeds(() -> {
            Path p = readPath(path);
            Files.readAttributes(p, BasicFileAttributes.class); // (ENOENT, ELOOP, ...)
            if ((mode & 2) != 0 && (!writable(p) || !Files.isWritable(p))) throw new AccessDeniedException(path);
            if ((mode & 4) != 0 && !Files.isReadable(p)) throw new AccessDeniedException(path);
            if ((mode & 1) != 0 && !Files.isExecutable(p)) throw new AccessDeniedException(path);
        });
    }

    // ---- file descriptors: this agent's own table of channels, closed with the agent ----

    private record Open(java.nio.channels.FileChannel channel, Path path, boolean append) {}

    private final Map<Integer, Open> descriptors = new java.util.HashMap<>();
    private int nextFd = 3;

    private static final int O_WRONLY = 1;
    private static final int O_RDWR = 2;
    private static final int O_CREAT = 64;
    private static final int O_EXCL = 128;
    private static final int O_TRUNC = 512;
    private static final int O_APPEND = 1024;

    private Open descriptor(int fd) throws IOException {
        Open o = descriptors.get(fd);
        if (o == null) throw new FileSystemException(null, null, "Bad file descriptor");
        return o;
    }

    /** open(2) with numeric flags (O_*); the new descriptor, or -1. */
    @Export
    public int open(String path, int flags) {
        error = null;
        try {
            boolean writes = (flags & (O_WRONLY | O_RDWR)) != 0;
            // open(2) with O_CREAT refuses a slashed path (EISDIR), whatever it names
            if ((flags & O_CREAT) != 0) newEntryPath(path, "Is a directory", "Is a directory");
            Path p = writes || (flags & O_CREAT) != 0 ? writePath(path) : readPath(path);
            if (!host.readable(p)) throw new AccessDeniedException(path);
            // O_EXCL refuses any existing name first, a directory or a dangling link too
            if ((flags & O_CREAT) != 0 && (flags & O_EXCL) != 0 && Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(path);
            }
            if (writes && Files.isDirectory(p)) throw new FileSystemException(path, null, "Is a directory");
            java.util.Set<java.nio.file.OpenOption> opts = new java.util.HashSet<>();
            if ((flags & O_WRONLY) == 0) opts.add(StandardOpenOption.READ);
            if (writes) opts.add(StandardOpenOption.WRITE);
            if ((flags & O_CREAT) != 0) {
                opts.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
            }
            if ((flags & O_TRUNC) != 0 && writes) opts.add(StandardOpenOption.TRUNCATE_EXISTING);
            boolean append = (flags & O_APPEND) != 0;
            java.nio.channels.FileChannel ch;
            if (Files.isDirectory(p)) {
                ch = null;   // a directory opened for reading: fstat works, reading is EISDIR
            } else {
                ch = java.nio.channels.FileChannel.open(p, opts);
            }
            int fd = nextFd++;
            descriptors.put(fd, new Open(ch, p, append));
            return fd;
        } catch (IOException | RuntimeException e) {
            fail(e);
            return -1;
        }
    }

    /** Reads up to length bytes at position (-1: the current position, which moves); latin1, or null. */
    @Export
    public String read(int fd, int length, double position) {
        error = null;
        try {
            Open o = descriptor(fd);
            if (o.channel == null) throw new FileSystemException(null, null, "Is a directory");
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(Math.max(0, length));
            int n = position < 0 ? o.channel.read(buf) : o.channel.read(buf, (long) position);
            return new String(buf.array(), 0, Math.max(n, 0), StandardCharsets.ISO_8859_1);
        } catch (java.nio.channels.NonReadableChannelException e) {
            error = "EBADF";
            return null;
        } catch (IOException | RuntimeException e) {
            return fail(e);
        }
    }

    /** Writes latin1 bytes at position (-1: the current position, or the end when opened to append); count or -1. */
    @Export
    public int write(int fd, String data, double position) {
        error = null;
        if ((fd == 1 || fd == 2) && !descriptors.containsKey(fd)) return writeStdio(fd, data);
        try {
            Open o = descriptor(fd);
            if (o.channel == null) throw new FileSystemException(null, null, "Is a directory");
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(data.getBytes(StandardCharsets.ISO_8859_1));
            int n = 0;
            if (o.append) {
                o.channel.position(o.channel.size());
                while (buf.hasRemaining()) n += o.channel.write(buf);
            } else if (position < 0) {
                while (buf.hasRemaining()) n += o.channel.write(buf);
            } else {
                long at = (long) position;
                while (buf.hasRemaining()) n += o.channel.write(buf, at + n);
            }
            return n;
        } catch (java.nio.channels.NonWritableChannelException e) {
            error = "EBADF";
            return -1;
        } catch (IOException | RuntimeException e) {
            fail(e);
            return -1;
        }
    }

    /** fs.writeSync(1 or 2, ...): the process's own stdout/stderr, as the descriptors are in node. */
    private int writeStdio(int fd, String data) {
        byte[] bytes = data.getBytes(StandardCharsets.ISO_8859_1);
        int errno = agent.runtime.writeBytes(fd, bytes);
        if (errno == 0) return bytes.length;
        error = errno == -32 ? "EPIPE" : "EIO";
        return -1;
    }

    /** stat of an open descriptor's file (as {@link #stat}). */
    @Export
    public double[] fstat(int fd) {
        error = null;
        try {
            Path p = descriptor(fd).path;
            return stat(p.toString(), true);
        } catch (IOException | RuntimeException e) {
            return fail(e);
        }
    }

    @Export
    public boolean ftruncate(int fd, double length) {
        error = null;
        try {
            Open o = descriptor(fd);
            if (o.channel == null) throw new FileSystemException(null, null, "Is a directory");
            long len = (long) length;
            long size = o.channel.size();
            if (len < size) {
                long at = o.channel.position();
                o.channel.truncate(len);
                o.channel.position(at);   // ftruncate(2) leaves the offset where it was (FileChannel moves it)
            } else if (len > size) {
                o.channel.write(java.nio.ByteBuffer.allocate((int) (len - size)), size);
            }
            return true;
        } catch (java.nio.channels.NonWritableChannelException e) {
            error = "EINVAL";
            return false;
        } catch (IOException | RuntimeException e) {
            fail(e);
            return false;
        }
    }

    @Export
    public boolean fsync(int fd) {
        return succeeds(() -> {
            Open o = descriptor(fd);
            if (o.channel != null) o.channel.force(true);
        });
    }

    @Export
    public boolean close(int fd) {
        return succeeds(() -> {
            Open o = descriptor(fd);
            descriptors.remove(fd);
            if (o.channel != null) o.channel.close();
        });
    }

    // ---- fs.watch: the JDK's WatchService (inotify on Linux), one per agent, read by its own thread ----

    /** One fs.watch: events under {@code root} (a directory, or a file's folder with {@code onlyName}). */
    private static final class Watch {
        final Path root;
        final String onlyName;
        final boolean recursive;
        final Value callback;
        final List<java.nio.file.WatchKey> keys = new ArrayList<>();
        volatile boolean closed;

        Watch(Path root, String onlyName, boolean recursive, Value callback) {
            this.root = root;
            this.onlyName = onlyName;
            this.recursive = recursive;
            this.callback = callback;
        }
    }

    private java.nio.file.WatchService watchService;
    private Thread watchThread;
    private final Map<java.nio.file.WatchKey, List<Watch>> watches = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Integer, Watch> watchIds = new java.util.HashMap<>();
    private int nextWatch = 1;

    /**
     * Starts watching a file or directory; {@code callback(eventType, filename)} runs on this agent's loop for each
     * change ('rename' for an entry created or deleted, 'change' for one modified), filename relative to the
     * watched directory (or the file's own name). The id for {@link #unwatch}, or -1 (see {@link #error()}).
     */
    @Export
    public int watch(String path, boolean recursive, Value callback) {
        error = null;
        try {
            Path p = readPath(path);
            if (!Files.exists(p)) throw new NoSuchFileException(path);
            boolean dir = Files.isDirectory(p);
            Path root = dir ? p : p.toAbsolutePath().getParent();
            Watch w = new Watch(root, dir ? null : p.getFileName().toString(), recursive && dir, callback);
            if (watchService == null) startWatching();
            register(w, root);
            int id = nextWatch++;
            watchIds.put(id, w);
            return id;
        } catch (IOException | RuntimeException e) {
            fail(e);
            return -1;
        }
    }

    /** Stops a watch (loop thread); its pending events are dropped. */
    @Export
    public void unwatch(int id) {
        Watch w = watchIds.remove(id);
        if (w == null) return;
        w.closed = true;
        for (java.nio.file.WatchKey key : w.keys) {
            List<Watch> list = watches.get(key);
            if (list == null) continue;
            list.remove(w);
            if (list.isEmpty()) {
                watches.remove(key);
                key.cancel();
            }
        }
    }

    private void register(Watch w, Path dir) throws IOException {
        java.nio.file.WatchKey key = dir.register(watchService, java.nio.file.StandardWatchEventKinds.ENTRY_CREATE,
                java.nio.file.StandardWatchEventKinds.ENTRY_DELETE, java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY);
        watches.computeIfAbsent(key, k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(w);
        w.keys.add(key);
        if (w.recursive) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path child : s.filter(c -> Files.isDirectory(c, LinkOption.NOFOLLOW_LINKS)).toList()) {
                    register(w, child);
                }
            }
        }
    }

    private void startWatching() throws IOException {
        watchService = java.nio.file.FileSystems.getDefault().newWatchService();
        java.nio.file.WatchService service = watchService;
        Thread t = new Thread(() -> {
            try {
                for (;;) {
                    java.nio.file.WatchKey key = service.take();
                    Path dir = (Path) key.watchable();
                    for (java.nio.file.WatchEvent<?> ev : key.pollEvents()) {
                        if (!(ev.context() instanceof Path name)) continue;   // OVERFLOW
                        String type = ev.kind() == java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY ? "change" : "rename";
                        for (Watch w : watches.getOrDefault(key, List.of())) deliver(w, type, dir, name);
                    }
                    key.reset();
                }
            } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
                // the agent is closing
            }
        }, "wtjs-fswatch-" + agent.threadId());
        t.setDaemon(true);
        watchThread = t;
        t.start();
    }

    private void deliver(Watch w, String type, Path dir, Path name) {
        if (w.onlyName != null && !w.onlyName.equals(name.toString())) return;
        String filename = w.onlyName != null ? w.onlyName : w.root.relativize(dir.resolve(name)).toString();
        agent.post(() -> {
            if (w.closed) return;
            if (w.recursive && type.equals("rename") && Files.isDirectory(dir.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                try {
                    register(w, dir.resolve(name));
                } catch (IOException | RuntimeException ignored) {
                    // gone again already
                }
            }
            agent.callback(w.callback, type, filename);
        });
    }

    /** Closes every descriptor still open: the agent is closing. */
    public void closeAll() {
        if (watchService != null) {
            try {
                watchService.close();
                watchThread.join(5000);
            } catch (IOException ignored) {
                // closing anyway
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Open o : descriptors.values()) {
            try {
                if (o.channel != null) o.channel.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        descriptors.clear();
    }

    // ---- os ----

    /** Whether the embedder granted the host's identity (user, host name); the CLI does. */
    @Export
    public boolean hostIdentity() {
        return agent.runtime.hostIdentity;
    }

    @Export
    public String hostname() {
        if (!agent.runtime.hostIdentity) return "localhost";
        try {
            String h = Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
            if (!h.isEmpty()) return h;
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    /** A text file of the OS (/proc/..., cpu frequencies, /etc/passwd), or null. Reading these is not a guest file access. */
    @Export
    public String procFile(String name) {
        if (name.contains("..") || !(name.startsWith("/proc/") || name.startsWith("/sys/devices/system/cpu/")
                || (name.equals("/etc/passwd") && agent.runtime.hostIdentity))) {
            return null;
        }
        try {
            return Files.readString(Path.of(name));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Export
    public String property(String name) {
        return System.getProperty(name);
    }

    @Export
    public int processors() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** [uid, gid] of this process, from /proc/self/status or the home folder's owner; -1 when unknown. */
    @Export
    public double[] ids() {
        double uid = -1;
        double gid = -1;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) uid = Double.parseDouble(line.split("\\s+")[1]);
                if (line.startsWith("Gid:")) gid = Double.parseDouble(line.split("\\s+")[1]);
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        return new double[] {uid, gid};
    }
}
