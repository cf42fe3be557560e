package dev.wtjs.api;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The one line an embedder gets when GraalJS only interprets (JVMs of their own: the tests' JVM turns it off): once
 * per JVM however many runtimes, the options to add on a JDK that can compile, and those options work.
 */
class InterpreterWarningTest {
    private static final String LINE = "wtjs: GraalJS runs in its interpreter";
    private static final Path JDK25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");

    record Run(String out, List<String> warnings) {
    }

    private static Run run(String javaBin, List<String> options) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBin);
        cmd.addAll(options);
        cmd.add(TwoRuntimes.class.getName());
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.PIPE).start();
        var err = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(p.getErrorStream().readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the child JVM did not end");
        String stderr = err.get();
        assertEquals(0, p.exitValue(), cmd + "\n" + stderr);
        return new Run(out, stderr.lines().filter(l -> l.startsWith(LINE)).collect(Collectors.toList()));
    }

    private static String classPath() {
        return System.getProperty("java.class.path");
    }

    @Test
    void onThisJdkOneLineForTwoRuntimesAndNoneWhenTurnedOff() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Run r = run(java, List.of("-cp", classPath()));
        assertEquals("optimizing=false\noptimizing=false\n", r.out());
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        if (Runtime.version().feature() < 25) {
            assertTrue(r.warnings().get(0).contains("needs JDK 25 or newer with JVMCI"), r.warnings().get(0));
        }
        Run quiet = run(java, List.of("-Dwtjs.interpreterWarning=false", "-cp", classPath()));
        assertEquals(List.of(), quiet.warnings());
    }

    @Test
    void onAJdkThatCouldCompileTheLineGivesOptionsThatWork() throws Exception {
        assumeTrue(Files.isExecutable(JDK25), "no Temurin 25 at " + JDK25);
        Run r = run(JDK25.toString(), List.of("-cp", classPath()));
        assertEquals("optimizing=false\noptimizing=false\n", r.out());
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        String line = r.warnings().get(0);
        int from = line.indexOf("add the JVM options ");
        int to = line.indexOf(" (and leave");
        assertTrue(from > 0 && to > from, line);
        List<String> options = new ArrayList<>(Arrays.asList(line.substring(from + 20, to).split(" ")));
        assertTrue(options.contains("-XX:+EnableJVMCI"), line);
        // as the line says: GraalVM's jars leave the class path for the module path
        String rest = Arrays.stream(classPath().split(File.pathSeparator))
                .filter(e -> !e.replace('\\', '/').contains("/org/graalvm/"))
                .collect(Collectors.joining(File.pathSeparator));
        options.addAll(List.of("-cp", rest));
        Run compiled = run(JDK25.toString(), options);
        assertEquals("optimizing=true\noptimizing=true\n", compiled.out());
        assertEquals(List.of(), compiled.warnings());
    }
}
