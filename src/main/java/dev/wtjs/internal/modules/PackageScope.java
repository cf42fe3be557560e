package dev.wtjs.internal.modules;

import dev.wtjs.internal.conform.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** node's rule for whether a file is an ES module: .mjs yes, .cjs no, .js by the nearest package.json "type". */
public final class PackageScope {
    private static final Map<Path, Boolean> TYPE_MODULE = new ConcurrentHashMap<>();

    private PackageScope() {
    }

    public static boolean isModule(String file) {
        if (file.endsWith(".mjs")) return true;
        if (!file.endsWith(".js")) return false;
        for (Path dir = Path.of(file).toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            Boolean known = TYPE_MODULE.get(dir);
            if (known != null) return known;
            Path pkg = dir.resolve("package.json");
            if (Files.isRegularFile(pkg)) {
                boolean module = typeIsModule(pkg);
                TYPE_MODULE.put(dir, module);
                return module;
            }
            if (dir.getFileName() != null && dir.getFileName().toString().equals("node_modules")) break;
        }
        return false;
    }

    private static boolean typeIsModule(Path pkg) {
        try {
            Object o = Json.parse(Files.readString(pkg));
            return o instanceof Map<?, ?> m && "module".equals(m.get("type"));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
