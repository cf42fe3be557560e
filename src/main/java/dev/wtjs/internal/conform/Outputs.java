package dev.wtjs.internal.conform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What two runs of one script must share to count as the same behaviour: stdout exactly; stderr from the error
 * line up to the first stack frame (node's source-context lines above the error, the stack frames and the
 * trailing "Node.js vX" line legitimately differ); and the exit code. Used by the fixture test and by `conform`.
 */
public final class Outputs {
    private static final Pattern HEADER = Pattern.compile("^\\S.*:\\d+$");
    private static final Pattern CARET = Pattern.compile("^\\s*\\^+\\s*$");
    private static final Pattern FRAME = Pattern.compile("^\\s+at .*");
    private static final Pattern NODE_VERSION = Pattern.compile("^Node\\.js v\\d+.*");

    private Outputs() {
    }

    /** Replaces the fixture folder and repository root with the placeholders the records use. */
    public static String placeholders(String text, String dir, String root) {
        return text.replace(dir, "<dir>").replace(root, "<root>");
    }

    /** Process ids in node's warnings ({@code (node:1234) Warning: ...}) differ from run to run. */
    public static String withoutPids(String stderr) {
        return stderr.replaceAll("\\((node|wtjs):\\d+\\)", "(node:<pid>)");
    }

    /** The comparable part of stderr. */
    public static String stderrHead(String stderr) {
        stderr = withoutPids(stderr);
        List<String> lines = new ArrayList<>(List.of(stderr.replace("\r\n", "\n").split("\n", -1)));
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (HEADER.matcher(line).matches() && i + 2 < lines.size() && CARET.matcher(lines.get(i + 2)).matches()) {
                i += 3; // file:line, source line, caret
                if (i < lines.size() && lines.get(i).isEmpty()) i++;
                continue;
            }
            if (FRAME.matcher(line).matches()) {
                // skip this stack; keep what follows it (extra properties, later errors)
                while (i < lines.size() && FRAME.matcher(lines.get(i)).matches()) i++;
                if (i < lines.size() && lines.get(i).matches("^\\s+\\.\\.\\. \\d+ lines matching cause stack trace \\.\\.\\.$")) i++;
                continue;
            }
            if (NODE_VERSION.matcher(line).matches()) {
                i++;
                continue;
            }
            out.add(line);
            i++;
        }
        String s = String.join("\n", out);
        return s.strip();
    }

    /** The stderr line a human compares first: the first line that names an error. */
    public static String firstErrorLine(String stderr) {
        for (String line : stderrHead(stderr).split("\n")) {
            if (!line.isBlank()) return line.strip();
        }
        return "";
    }
}
