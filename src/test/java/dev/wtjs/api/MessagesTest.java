package dev.wtjs.api;

import dev.wtjs.JsError;
import dev.wtjs.JsMap;
import dev.wtjs.JsRegExp;
import dev.wtjs.JsTypedArray;
import dev.wtjs.JsWorker;
import dev.wtjs.WorkerSpec;
import dev.wtjs.WtjsRuntime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every row of the value mapping, Java -> JS -> Java, with the JS type checked on the way; and JS-made values. */
class MessagesTest {
    static WtjsRuntime rt;
    static JsWorker echo;
    static Support.Inbox inbox;

    private static final String ECHO = String.join("\n",
            "const { parentPort, workerData } = require('worker_threads');",
            "const kind = (v) => v === null ? 'null' : typeof v !== 'object' ? typeof v",
            "  : Object.prototype.toString.call(v).slice(8, -1);",
            "parentPort.on('message', (m) => {",
            "  if (m !== null && typeof m === 'object' && m.cmd === 'kind') parentPort.postMessage(kind(m.value));",
            "  else if (m !== null && typeof m === 'object' && m.cmd === 'make') parentPort.postMessage((0, eval)(m.expr));",
            "  else if (m !== null && typeof m === 'object' && m.cmd === 'data') parentPort.postMessage(workerData);",
            "  else parentPort.postMessage(m);",
            "});");

    @BeforeAll
    static void start() {
        rt = Support.runtime().build();
        echo = rt.startWorker(WorkerSpec.source(ECHO).workerData(Map.of("answer", 42, "list", List.of("x"))));
        inbox = new Support.Inbox(echo);
    }

    @AfterAll
    static void stop() {
        rt.close();
    }

    private static Object roundTrip(Object v) throws InterruptedException {
        echo.postMessage(v);
        return inbox.next();
    }

    private static String jsKind(Object v) throws InterruptedException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cmd", "kind");
        m.put("value", v);
        echo.postMessage(m);
        return (String) inbox.next();
    }

    private static Object make(String expr) throws InterruptedException {
        echo.postMessage(Map.of("cmd", "make", "expr", expr));
        return inbox.next();
    }

    @Test
    void everyRowRoundTripsAndHasTheRightJsType() throws InterruptedException {
        JsMap jsMap = new JsMap();
        jsMap.put(1, "one");
        jsMap.put("k", List.of(2));
        Object[][] rows = {
            {null, "null", null},
            {true, "boolean", true},
            {"h\u00e9llo \u65e5\u672c \ud83d\ude00", "string", "h\u00e9llo \u65e5\u672c \ud83d\ude00"},
            {42, "number", 42},
            {-7L, "number", -7},
            {1L << 40, "number", (double) (1L << 40)},
            {2.5, "number", 2.5},
            {new BigInteger("123456789012345678901234567890"), "bigint", new BigInteger("123456789012345678901234567890")},
            {Map.of("a", 1), "Object", Map.of("a", 1)},
            {List.of(1, "two", List.of()), "Array", List.of(1, "two", List.of())},
            {new String[] {"a", "b"}, "Array", List.of("a", "b")},
            {new LinkedHashSet<>(List.of("s", 1)), "Set", new LinkedHashSet<>(List.of("s", 1))},
            {jsMap, "Map", jsMap},
            {Map.of(3, "int key"), "Map", new JsMap(Map.of(3, "int key"))},
            {Instant.ofEpochMilli(1700000000123L), "Date", Instant.ofEpochMilli(1700000000123L)},
            {ByteBuffer.wrap(new byte[] {1, 2, 3}), "ArrayBuffer", ByteBuffer.wrap(new byte[] {1, 2, 3})},
            {new JsRegExp("a+", "gi"), "RegExp", new JsRegExp("a+", "gi")},
            {new JsTypedArray("Float64Array", new byte[8]), "Float64Array", new JsTypedArray("Float64Array", new byte[8])},
        };
        for (Object[] row : rows) {
            assertEquals(row[1], jsKind(row[0]), () -> "JS type of " + row[0]);
            assertEquals(row[2], roundTrip(row[0]), () -> "round trip of " + row[0]);
        }
        assertEquals("Uint8Array", jsKind(new byte[] {9}));
        assertArrayEquals(new byte[] {9, 8}, (byte[]) roundTrip(new byte[] {9, 8}));
        assertEquals("Error", jsKind(new JsError("TypeError", "bad")));
        JsError e = (JsError) roundTrip(new JsError("TypeError", "bad"));
        assertEquals("TypeError", e.name());
        assertEquals("bad", e.getMessage());
        JsError fromJava = (JsError) roundTrip(new IllegalStateException("java side"));
        assertEquals("java side", fromJava.getMessage());
    }

    @Test
    void sharedReferencesAndCyclesSurviveTheTrip() throws InterruptedException {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("name", "n");
        List<Object> list = new ArrayList<>();
        list.add(node);
        list.add(node);
        node.put("self", node);
        List<?> back = (List<?>) roundTrip(list);
        assertSame(back.get(0), back.get(1));
        assertSame(back.get(0), ((Map<?, ?>) back.get(0)).get("self"));
    }

    @Test
    void valuesMadeInJavaScript() throws InterruptedException {
        assertNull(make("undefined"));
        assertEquals(BigInteger.valueOf(10), make("10n"));
        assertEquals(Instant.ofEpochMilli(5), make("new Date(5)"));
        assertEquals(new JsRegExp("x", "gm"), make("/x/mg"));
        assertInstanceOf(JsMap.class, make("new Map([[{}, 1]])"));
        assertEquals(new LinkedHashSet<>(List.of(1, "a")), make("new Set([1, 'a'])"));
        assertArrayEquals(new byte[] {1, 2}, (byte[]) make("new Uint8Array([1, 2])"));
        assertArrayEquals(new byte[] {4, 5}, (byte[]) make("Buffer.from([4, 5])"));
        assertEquals(ByteBuffer.wrap(new byte[] {7}), make("new Uint8Array([7]).buffer"));
        assertEquals("Int16Array", ((JsTypedArray) make("new Int16Array(2)")).type());
        assertEquals(List.of(0.5, 1, 2), make("[0.5, 1, 2]"));
        assertEquals(java.util.Arrays.asList(1, null, 3), make("[1, , 3]"));
        assertEquals(List.of(3.5, "s", false), make("[new Number(3.5), new String('s'), new Boolean(false)]"));
        JsError err = (JsError) make("new RangeError('out')");
        assertEquals("RangeError", err.name());
        assertEquals("out", err.getMessage());
        assertTrue(err.jsStack().startsWith("RangeError: out"), err.jsStack());
        Map<?, ?> cyc = (Map<?, ?>) make("(() => { const o = { a: 1 }; o.me = o; return o; })()");
        assertSame(cyc, cyc.get("me"));
    }

    @Test
    void workerDataArrives() throws InterruptedException {
        echo.postMessage(Map.of("cmd", "data"));
        assertEquals(Map.of("answer", 42, "list", List.of("x")), inbox.next());
    }

    @Test
    void unsupportedValuesFailAtPostAndNothingIsSent() throws InterruptedException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> echo.postMessage(Map.of("ok", 1, "bad", new Object())));
        assertTrue(e.getMessage().contains("java.lang.Object"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> echo.postMessage(Long.MAX_VALUE));
        assertEquals("after", roundTrip("after"));
    }

    @Test
    void transferredBuffersArrive() throws InterruptedException {
        ByteBuffer big = ByteBuffer.allocate(1 << 16);
        big.put(0, (byte) 7).put(65535, (byte) 9);
        echo.postMessage(List.of(big), List.of(big));
        ByteBuffer back = (ByteBuffer) ((List<?>) inbox.next()).get(0);
        assertEquals(1 << 16, back.remaining());
        assertEquals(7, back.get(0));
        assertEquals(9, back.get(65535));
    }

    @Test
    void listenersRunOnTheHostEventsThread() throws InterruptedException {
        roundTrip("x");
        assertEquals("wtjs-host-events", inbox.thread);
    }
}
