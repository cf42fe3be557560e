package dev.wtjs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which files guest code may read (through {@code require}, the main script, JSON modules, ...). Set with
 * {@link WtjsRuntime.Builder#fileAccess}. The default is {@link #none()}: a runtime's guest code reads only the
 * entry files the Java host itself named ({@link WtjsRuntime#runMain}, {@link WorkerSpec#file}).
 * {@link #readOnly} grants the files under some folders (symbolic links are resolved before the check, so a link
 * cannot lead out of a root); {@link #full()} is what the CLI grants, like node.
 */
public final class FileAccess {
    private final boolean all;
    private final List<Path> roots;

    private FileAccess(boolean all, List<Path> roots) {
        this.all = all;
        this.roots = roots;
    }

    /** No files beyond the entry files the host named. */
    public static FileAccess none() {
        return new FileAccess(false, List.of());
    }

    /** Reading files and listing folders under {@code roots} (and the roots themselves). */
    public static FileAccess readOnly(Path... roots) {
        List<Path> out = new ArrayList<>();
        for (Path r : roots) out.add(real(r));
        return new FileAccess(false, List.copyOf(out));
    }

    /** Every file the JVM may read, as node has. */
    public static FileAccess full() {
        return new FileAccess(true, List.of());
    }

    /** Whether guest code may read {@code path} (after resolving it and its symbolic links). */
    public boolean allowsRead(Path path) {
        if (all) return true;
        if (roots.isEmpty()) return false;
        Path p = real(path);
        for (Path r : roots) if (p.startsWith(r)) return true;
        return false;
    }

    /** True for {@link #full()}. */
    public boolean isFull() {
        return all;
    }

    /** The granted roots (real paths); empty for {@link #none()} and {@link #full()}. */
    public List<Path> roots() {
        return roots;
    }

    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            return abs.toRealPath();
        } catch (IOException | RuntimeException e) {
            // Not there: resolve the deepest existing parent, so a link higher up still counts.
            Path parent = abs.getParent();
            if (parent == null || parent.equals(abs)) return abs;
            return real(parent).resolve(abs.getFileName());
        }
    }

    @Override
    public String toString() {
        return all ? "FileAccess.full()" : roots.isEmpty() ? "FileAccess.none()" : "FileAccess.readOnly" + roots;
    }
}
