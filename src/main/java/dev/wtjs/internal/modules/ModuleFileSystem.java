package dev.wtjs.internal.modules;

import org.graalvm.polyglot.io.FileSystem;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What GraalJS sees as the file system when it loads ES modules: real files (read-only, within the agent's file
 * policy), and generated modules for what is not an ES module file: builtins ({@code node:events}, {@code events})
 * and CommonJS files, each re-exported from the agent's CommonJS world. Only the agent's own thread uses it.
 */
public final class ModuleFileSystem implements FileSystem {
    /** Where generated modules live; no real path starts with it. */
    static final Path VIRTUAL = Path.of("/__wtjs_generated__");

    /** How a generated module is made: (kind "builtin" or "cjs", id or path) -> module source. */
    public interface Generator {
        String source(String kind, String idOrPath);
        boolean isBuiltin(String id);
        /** Whether the real file at path is an ES module (.mjs, or .js under "type": "module"). */
        boolean isModule(String path);
    }

    /** ES module files read since the last settle(): their evaluation may not have finished yet. */
    private final Set<String> unsettled = new java.util.HashSet<>();

    private final FileSystem files = FileSystem.newReadOnlyFileSystem(FileSystem.newDefaultFileSystem());
    private final Predicate<Path> readable;
    private final Generator generator;

    public ModuleFileSystem(Predicate<Path> readable, Generator generator) {
        this.readable = readable;
        this.generator = generator;
    }

    private static Path builtin(String id) {
        return VIRTUAL.resolve("builtin").resolve(id.replace("/", "__") + ".mjs");
    }

    private static boolean isVirtual(Path p) {
        return p.startsWith(VIRTUAL);
    }

    /** import() reads the file at once and evaluates it in a job: queued after this one, which forgets it. */
    private void settleAfterMicrotask(String p) {
        try {
            org.graalvm.polyglot.Context.getCurrent().getBindings("js").getMember("queueMicrotask")
                    .execute((org.graalvm.polyglot.proxy.ProxyExecutable) args -> {
                        unsettled.remove(p);
                        return null;
                    });
        } catch (RuntimeException e) {
            // no queueMicrotask (early bootstrap): the end of the tick settles it
        }
    }

    /** Whether the ES module file at path was read by the loader and may still be loading. */
    public boolean isUnsettled(String path) {
        return unsettled.contains(path);
    }

    /** The module files read so far, to tell later which ones a synchronous evaluation read. */
    public Set<String> unsettledSnapshot() {
        return Set.copyOf(unsettled);
    }

    /** Forgets the files read since before, or all of them (before == null): their evaluation has finished. */
    public void settle(Set<String> before) {
        if (before == null) unsettled.clear();
        else unsettled.retainAll(before);
    }

    @Override
    public Path parsePath(URI uri) {
        if ("node".equals(uri.getScheme())) return builtin(uri.getSchemeSpecificPart());
        return files.parsePath(uri);
    }

    @Override
    public Path parsePath(String path) {
        if (path.startsWith("node:")) return builtin(path.substring(5));
        if (!path.isEmpty() && !path.startsWith("/") && !path.startsWith(".") && generator.isBuiltin(path)) {
            return builtin(path);
        }
        return files.parsePath(path);
    }

    private void check(Path p) throws IOException {
        if (!readable.test(p)) throw new NoSuchFileException(p.toString(), null, "not readable under the file policy");
    }

    @Override
    public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... options) throws IOException {
        if (isVirtual(path)) return;
        check(path);
        files.checkAccess(path, modes, options);
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        throw new IOException("read-only");
    }

    @Override
    public void delete(Path path) throws IOException {
        throw new IOException("read-only");
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        if (!options.isEmpty() && !options.equals(Set.of(StandardOpenOption.READ))) throw new IOException("read-only");
        String generated = null;
        try {
            if (isVirtual(path)) {
                String name = path.getFileName().toString();
                generated = generator.source("builtin", name.substring(0, name.length() - 4).replace("__", "/"));
                if (generated == null) throw new NoSuchFileException(path.toString());
            } else {
                check(path);
                String p = path.toString();
                if (!generator.isModule(p)) generated = generator.source("cjs", p);
                else if (unsettled.add(p)) settleAfterMicrotask(p);
            }
        } catch (RuntimeException e) {
            // the CommonJS module threw while loading: the import fails with its message
            throw new IOException(e.getMessage(), e);
        }
        if (generated != null) return new BytesChannel(generated.getBytes(StandardCharsets.UTF_8));
        return files.newByteChannel(path, options, attrs);
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        check(dir);
        return files.newDirectoryStream(dir, filter);
    }

    @Override
    public Path toAbsolutePath(Path path) {
        return isVirtual(path) ? path : files.toAbsolutePath(path);
    }

    @Override
    public Path toRealPath(Path path, LinkOption... options) throws IOException {
        if (isVirtual(path)) return path;
        check(path);
        return files.toRealPath(path, options);
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        if (isVirtual(path)) {
            return Map.of("isRegularFile", true, "isDirectory", false, "isSymbolicLink", false, "isOther", false,
                    "size", 0L);
        }
        check(path);
        return files.readAttributes(path, attributes, options);
    }

    /** A read-only channel over generated module text. */
    private static final class BytesChannel implements SeekableByteChannel {
        private final byte[] bytes;
        private int pos;

        BytesChannel(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read(ByteBuffer dst) {
            if (pos >= bytes.length) return -1;
            int n = Math.min(dst.remaining(), bytes.length - pos);
            dst.put(bytes, pos, n);
            pos += n;
            return n;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            throw new IOException("read-only");
        }

        @Override
        public long position() {
            return pos;
        }

        @Override
        public SeekableByteChannel position(long p) {
            pos = (int) Math.min(p, bytes.length);
            return this;
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public SeekableByteChannel truncate(long size) {
            return this;
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {
        }
    }

}
