package dev.wtjs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fixture's recorded run (NAME.node.json, or NAME.wtjs.json for an intentional difference). {@code wtjsJava}: the
 * oldest Java feature release on which GraalJS can run the fixture (0: any), e.g. 21 for Float16Array.
 */
record Record(List<String> args, String stdout, String stderr, int status, long timeoutMs, int wtjsJava) {
    @SuppressWarnings("unchecked")
    static Record read(Path p) throws IOException {
        Map<String, Object> m = (Map<String, Object>) dev.wtjs.internal.conform.Json.parse(Files.readString(p));
        List<String> args = new ArrayList<>();
        Object a = m.get("args");
        if (a instanceof List<?> l) for (Object o : l) args.add((String) o);
        Object t = m.get("timeoutMs");
        Object j = m.get("wtjsJava");
        return new Record(args, (String) m.getOrDefault("stdout", ""), (String) m.getOrDefault("stderr", ""),
                ((Number) m.get("status")).intValue(), t == null ? 30000 : ((Number) t).longValue(),
                j == null ? 0 : ((Number) j).intValue());
    }
}
