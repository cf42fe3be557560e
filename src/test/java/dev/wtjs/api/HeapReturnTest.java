package dev.wtjs.api;

import dev.wtjs.WtjsRuntime;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code WtjsRuntime.Builder.returnHeapWhenIdle}: once the workers that grew the heap are gone, the runtime has the
 * JVM collect it, and the heap's committed size ({@code process.memoryUsage().heapTotal}) falls back.
 */
class HeapReturnTest {
    @Test
    void theHeapComesBackOnceTheWorkersAreGone() throws Exception {
        long fullBefore = fullCollections();
        assertEquals("heap given back\n", runWithHeapReturn("heap-return.js"));
        assertTrue(fullCollections() > fullBefore, "no full collection was made");
    }

    @Test
    void theHeapComesBackAgainWhenItGrowsSoonAfter() throws Exception {
        assertEquals("first time: given back\nsecond time: given back\n", runWithHeapReturn("heap-return-again.js"));
    }

    /** Runs a script of this folder on a runtime that gives the heap back; checks it ended well, returns its stdout. */
    private static String runWithHeapReturn(String name) throws Exception {
        Path script = Path.of(HeapReturnTest.class.getResource("/dev/wtjs/api/" + name).toURI());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (WtjsRuntime rt = Support.runtime().returnHeapWhenIdle(true).stdout(out).stderr(err).build()) {
            code = rt.runMain(script);
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(0, code);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Full (old generation) collections of this JVM so far, whatever its collector. */
    private static long fullCollections() {
        long n = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            String name = b.getName();
            if (name.contains("Old") || name.contains("MarkSweep")) n += b.getCollectionCount();
        }
        return n;
    }
}
