package dev.wtjs.internal.agent;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * For WTJS_TRACE_START: the CPU time of every thread of the process when it exits, summed by name (the JDK's C1
 * and C2 compiler threads, GraalJS's Truffle compiler threads, the collector's, wtjs's own), from Linux's
 * /proc/self/task. A cold start's agents use a fraction of the process's CPU; this shows where the rest goes.
 * Elsewhere than Linux it says nothing.
 */
final class ThreadCpuReport {
    private ThreadCpuReport() {
    }

    /** Prints the report to {@code out} when the JVM exits. */
    static void atExit(PrintStream out) {
        Thread hook = new Thread(() -> {
            Map<String, Long> byName = byName();
            if (byName.isEmpty()) return;
            StringBuilder line = new StringBuilder("threads' CPU at exit, ms:");
            byName.forEach((name, ms) -> {
                if (ms > 0) line.append(' ').append(name).append(' ').append(ms).append(',');
            });
            out.println(line.substring(0, line.length() - 1));
        }, "wtjs-thread-cpu-report");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    // thread name (a trailing number dropped: "C2 CompilerThread1" and "...0" add up) -> user + system ms
    private static Map<String, Long> byName() {
        Map<String, Long> byName = new TreeMap<>();
        long msPerTick = 10; // (USER_HZ is 100 on Linux)
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).trim().replaceAll("[0-9]+$", "#");
                    String stat = Files.readString(task.resolve("stat"));
                    // after the parenthesised name comes field 3 (the state): utime and stime, fields 14 and 15, are 11 and 12 on
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    byName.merge(name, (Long.parseLong(f[11]) + Long.parseLong(f[12])) * msPerTick, Long::sum);
                } catch (IOException | RuntimeException e) {
                    // a thread that ended meanwhile
                }
            });
        } catch (IOException e) {
            return Map.of();
        }
        return byName;
    }
}
