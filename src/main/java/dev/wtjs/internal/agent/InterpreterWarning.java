package dev.wtjs.internal.agent;

import org.graalvm.polyglot.Engine;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * The one line an embedder reads when GraalJS only interprets: once per JVM, on the first runtime's stderr. On a JDK
 * that could run GraalJS's optimizing compiler (25 or newer: the compiler of GraalVM 25 needs JDK 25's JVMCI), it
 * names the flags to add, with the paths of the jars where it can find them; on an older JDK it says what is needed.
 * Off with {@code -Dwtjs.interpreterWarning=false}, {@code -Dpolyglot.engine.WarnInterpreterOnly=false} (GraalVM's
 * own switch for its warning, which wtjs replaces) or the environment variable {@code WTJS_QUIET_INTERPRETER}.
 */
public final class InterpreterWarning {
    /** The JDK feature release whose JVMCI the bundled compiler (GraalVM 25) runs on. */
    static final int JIT_JDK = 25;
    private static final AtomicBoolean SAID = new AtomicBoolean();

    private InterpreterWarning() {
    }

    /** Prints the line on {@code err} if the engine interprets and the line was not printed yet in this JVM. */
    public static void warnOnce(Engine engine, PrintStream err) {
        if (isOptimizing(engine) || quiet() || !SAID.compareAndSet(false, true)) return;
        synchronized (err) {
            err.println(text(Runtime.version().feature(), engine.getVersion()));
            err.flush();
        }
    }

    public static boolean isOptimizing(Engine engine) {
        return !engine.getImplementationName().toLowerCase(java.util.Locale.ROOT).contains("interpret");
    }

    private static boolean quiet() {
        return "false".equals(System.getProperty("wtjs.interpreterWarning"))
                || "false".equals(System.getProperty("polyglot.engine.WarnInterpreterOnly"))
                || System.getenv("WTJS_QUIET_INTERPRETER") != null;
    }

    /** The line for a JVM of feature release {@code jdk} and GraalVM {@code version}. */
    static String text(int jdk, String version) {
        String head = "wtjs: GraalJS runs in its interpreter (correct, but many times slower than compiled)";
        if (jdk < JIT_JDK) {
            return head + ": its optimizing compiler needs JDK " + JIT_JDK + " or newer with JVMCI (e.g. Temurin "
                    + JIT_JDK + "), this is Java " + jdk + "; see docs/java-api.md, \"The optimizing compiler\"";
        }
        Path graal = jarFolder();
        version = graalVersion(version);
        String modulePath = graal != null && hasJar(graal, "truffle-api") ? graal.toString() : graalClassPath();
        return head + ": this JDK can compile it; add the JVM options -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI"
                + " --upgrade-module-path=" + compilerJar(graal, version) + " --module-path=" + modulePath
                + " --add-modules=org.graalvm.polyglot --enable-native-access=org.graalvm.truffle,ALL-UNNAMED"
                + " --sun-misc-unsafe-memory-access=allow"
                + " (and leave those jars off the class path; docs/java-api.md, \"The optimizing compiler\")";
    }

    /**
     * GraalVM's version, from the polyglot jar's name (polyglot-25.0.3.jar) when it has one: an engine that only
     * interprets may call itself a "Development Build".
     */
    private static String graalVersion(String engineVersion) {
        try {
            Path jar = Path.of(Engine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("polyglot-(\\d[^/]*)\\.jar")
                    .matcher(jar.getFileName().toString());
            if (m.matches()) return m.group(1);
        } catch (Exception | Error e) {
            // no jar: the engine's own word
        }
        return engineVersion.replace(' ', '-');
    }

    /** GraalVM's jars on the class path (from a Maven repository: under org/graalvm/), as a module path. */
    private static String graalClassPath() {
        String cp = System.getProperty("java.class.path", "");
        String jars = Stream.of(cp.split(java.io.File.pathSeparator))
                .filter(e -> e.replace('\\', '/').contains("/org/graalvm/") && e.endsWith(".jar"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        return jars.isEmpty() ? "<the jars of org.graalvm.polyglot:polyglot and js-community>" : jars;
    }

    /** The folder of the polyglot jar, or null (classes not from a jar). */
    private static Path jarFolder() {
        try {
            Path jar = Path.of(Engine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(jar) ? jar.getParent() : null;
        } catch (Exception | Error e) {
            return null;
        }
    }

    private static boolean hasJar(Path dir, String prefix) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".jar"));
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * Where the compiler jar is: next to the GraalVM jars in a {@code compiler} folder (the layout of wtjs's build and
     * of examples/embed), or in the local Maven repository; else its coordinates.
     */
    private static String compilerJar(Path graal, String version) {
        String name = "compiler-" + version + ".jar";
        if (graal != null) {
            Path beside = graal.resolveSibling("compiler").resolve(name);
            if (Files.isRegularFile(beside)) return beside.toString();
            // in a Maven repository the polyglot jar is <repo>/org/graalvm/polyglot/polyglot/<v>/polyglot-<v>.jar
            Path orgGraalvm = graal.getParent() != null && graal.getParent().getParent() != null
                    ? graal.getParent().getParent().getParent() : null;
            if (orgGraalvm != null) {
                Path inRepo = orgGraalvm.resolve("compiler/compiler").resolve(version).resolve(name);
                if (Files.isRegularFile(inRepo)) return inRepo.toString();
            }
        }
        return "<" + name + " of org.graalvm.compiler:compiler:" + version + ">";
    }
}
