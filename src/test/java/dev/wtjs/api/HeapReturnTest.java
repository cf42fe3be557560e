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
        Path script = Path.of(HeapReturnTest.class.getResource("/dev/wtjs/api/heap-return.js").toURI());
        long fullBefore = fullCollections();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (WtjsRuntime rt = Support.runtime().returnHeapWhenIdle(true).stdout(out).stderr(err).build()) {
            code = rt.runMain(script);
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(0, code);
        assertEquals("heap given back\n", out.toString(StandardCharsets.UTF_8));
        assertTrue(fullCollections() > fullBefore, "no full collection was made");
    }

    @Test
    void theHeapComesBackAgainWhenItGrowsSoonAfter() throws Exception {
        Path script = Path.of(HeapReturnTest.class.getResource("/dev/wtjs/api/heap-return-again.js").toURI());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (WtjsRuntime rt = Support.runtime().returnHeapWhenIdle(true).stdout(out).stderr(err).build()) {
            code = rt.runMain(script);
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(0, code);
        assertEquals("first time: given back\nsecond time: given back\n", out.toString(StandardCharsets.UTF_8));
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
