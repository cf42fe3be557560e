package dev.wtjs.internal.messaging;

import dev.wtjs.JsError;
import dev.wtjs.JsMap;
import dev.wtjs.JsRegExp;
import dev.wtjs.JsTypedArray;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The codec against node 20's own bytes. Expected hex made with
 * {@code const s = new v8.Serializer(); s.writeHeader(); s.writeValue(VALUE); s.releaseBuffer().toString('hex')}
 * (the plain Serializer writes typed arrays natively, as postMessage does; v8.serialize makes them host objects).
 */
class JavaCodecTest {
    private static final HexFormat HEX = HexFormat.of();

    private static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    private static Object[][] roundTrips() {
        JsMap jsMap = new JsMap();
        jsMap.put(1, "one");
        jsMap.put("k", 2);
        Map<String, Object> numKey = new LinkedHashMap<>();
        numKey.put("1", true);
        numKey.put("x", null);
        return new Object[][] {
            {null, "ff0f30"},
            {true, "ff0f54"},
            {false, "ff0f46"},
            {0, "ff0f4900"},
            {42, "ff0f4954"},
            {-1, "ff0f4901"},
            {Integer.MAX_VALUE, "ff0f49feffffff0f"},
            {Integer.MIN_VALUE, "ff0f49ffffffff0f"},
            {3000000000.0, "ff0f4e000000c00b5ae641"},
            {2.5, "ff0f4e0000000000000440"},
            {-0.0, "ff0f4e0000000000000080"},
            {"", "ff0f2200"},
            {"hello", "ff0f220568656c6c6f"},
            {"caf\u00e9", "ff0f2204636166e9"},
            {"\u65e5\u672c", "ff0f6304e5652c67"},
            {"a\ud83d\ude00", "ff0f630661003dd800de"},
            {BigInteger.ONE, "ff0f5a100100000000000000"},
            {BigInteger.ZERO, "ff0f5a00"},
            {BigInteger.ONE.negate(), "ff0f5a110100000000000000"},
            {BigInteger.TWO.pow(64), "ff0f5a2000000000000000000100000000000000"},
            {BigInteger.TWO.pow(100).negate(), "ff0f5a2100000000000000000000000010000000"},
            {obj("a", 1, "b", "x"), "ff0f6f22016149022201622201787b02"},
            {numKey, "ff0f6f490254220178307b02"},
            {obj("nested", obj("list", List.of(1, "two", false))),
                "ff0f6f22066e65737465646f22046c69737441034902220374776f462400037b017b01"},
            {List.of(1, 2, 3), "ff0f4103490249044906240003"},
            {List.of(1, 2.5), "ff0f41024e000000000000f03f4e0000000000000440240002"},
            {List.of(), "ff0f4100240000"},
            {List.of("a", List.of(true)), "ff0f4102220161410154240001240002"},
            {List.of("a", "\u65e5\u672c"), "ff0f4102220161006304e5652c67240002"},
            {new byte[] {1, 2, 3}, "ff0f42030102035642000300"},
            {ByteBuffer.wrap(new byte[] {1, 2}), "ff0f42020102"},
            {Instant.EPOCH, "ff0f440000000000000000"},
            {Instant.ofEpochMilli(1700000000123L), "ff0f4400b08756febc7842"},
            {new JsRegExp("a+b", "gi"), "ff0f522203612b6203"},
            {jsMap, "ff0f3b490222036f6e6522016b49043a04"},
            {new LinkedHashSet<>(List.of("a", 1)), "ff0f2722016149022c02"},
            {new JsTypedArray("Int32Array", new byte[] {1, 0, 0, 0, -1, -1, -1, -1}),
                "ff0f420801000000ffffffff5664000800"},
        };
    }

    @Test
    void encodesAsNodeDoes() {
        for (Object[] row : roundTrips()) {
            assertEquals(row[1], HEX.formatHex(JavaCodec.encodeToBytes(row[0])), () -> "encoding " + show(row[0]));
        }
    }

    @Test
    void decodesNodesBytesBackToTheSameJavaValue() {
        for (Object[] row : roundTrips()) {
            Object back = JavaCodec.decode(HEX.parseHex((String) row[1]));
            if (row[0] instanceof byte[] b) assertArrayEquals(b, (byte[]) back);
            else assertEquals(row[0], back, () -> "decoding " + row[1]);
        }
    }

    @Test
    void otherJavaShapesEncodeLikeTheirJsEquivalents() {
        assertEquals("ff0f4103490249044906240003", HEX.formatHex(JavaCodec.encodeToBytes(new int[] {1, 2, 3})));
        assertEquals("ff0f4103490249044906240003", HEX.formatHex(JavaCodec.encodeToBytes(new Object[] {1, 2L, 3.0})));
        assertEquals("ff0f4e000000c00b5ae641", HEX.formatHex(JavaCodec.encodeToBytes(3000000000L)));
        assertEquals("ff0f4954", HEX.formatHex(JavaCodec.encodeToBytes(42.0)));
        assertEquals("ff0f220178", HEX.formatHex(JavaCodec.encodeToBytes('x')));
        assertEquals("ff0f440000000000000000", HEX.formatHex(JavaCodec.encodeToBytes(new java.util.Date(0))));
    }

    @Test
    void sharedReferencesAndCycles() {
        Map<String, Object> o = new LinkedHashMap<>();
        List<Object> shared = List.of(o, o);
        assertEquals("ff0f41026f7b005e01240002", HEX.formatHex(JavaCodec.encodeToBytes(shared)));
        Map<String, Object> cycle = new LinkedHashMap<>();
        cycle.put("self", cycle);
        assertEquals("ff0f6f220473656c665e007b01", HEX.formatHex(JavaCodec.encodeToBytes(cycle)));

        List<?> back = (List<?>) JavaCodec.decode(HEX.parseHex("ff0f41026f7b005e01240002"));
        assertSame(back.get(0), back.get(1));
        Map<?, ?> c = (Map<?, ?>) JavaCodec.decode(HEX.parseHex("ff0f6f220473656c665e007b01"));
        assertSame(c, c.get("self"));
        Map<?, ?> sv = (Map<?, ?>) JavaCodec.decode(HEX.parseHex("ff0f6f22016142010156420001002201625e027b02"));
        assertSame(sv.get("a"), sv.get("b"));
        assertArrayEquals(new byte[] {1}, (byte[]) sv.get("a"));
    }

    @Test
    void decodesErrors() {
        JsError e = (JsError) JavaCodec.decode(HEX.parseHex(
                "ff0f726d2204626f6f6d7322144572726f723a20626f6f6d0a20202020617420782e"));
        assertEquals("Error", e.name());
        assertEquals("boom", e.getMessage());
        assertEquals("Error: boom\n    at x", e.jsStack());
        JsError t = (JsError) JavaCodec.decode(HEX.parseHex("ff0f72546d220362616473220e547970654572726f723a206261642e"));
        assertEquals("TypeError", t.name());
        assertEquals("bad", t.getMessage());
        JsError r = (JsError) JavaCodec.decode(HEX.parseHex("ff0f72526d22017263495473220d52616e67654572726f723a20722e"));
        assertEquals("RangeError", r.name());
        assertEquals(42, r.properties().get("cause"));
        // and Java errors go as Errors: the prototype, message and stack survive
        byte[] sent = JavaCodec.encodeToBytes(new JsError("TypeError", "bad", "TypeError: bad", null, null));
        assertEquals("ff0f72546d220362616473220e547970654572726f723a206261642e", HEX.formatHex(sent));
    }

    @Test
    void decodesEveryOtherTagAJsSenderWrites() {
        assertEquals(Arrays.asList(1, null, 3), JavaCodec.decode(HEX.parseHex("ff0f61034900490249044906400203")));
        assertEquals(Arrays.asList(null, null, null, null, null, "x"),
                JavaCodec.decode(HEX.parseHex("ff0f6106490a220178400106")));
        assertEquals(List.of(1, 2), JavaCodec.decode(HEX.parseHex("ff0f4102490249042205657874726154240102")));
        assertEquals(List.of(3.5, "s", BigInteger.valueOf(7), false, true),
                JavaCodec.decode(HEX.parseHex("ff0f41056e0000000000000c40732201737a1007000000000000007879240005")));
        assertArrayEquals(new byte[] {7, 6, 5}, (byte[]) JavaCodec.decode(HEX.parseHex("ff0f42060908070605045642020300")));
        assertEquals(new JsTypedArray("DataView", new byte[] {1, 2, 3}),
                JavaCodec.decode(HEX.parseHex("ff0f4203010203563f000300")));
        JsTypedArray f64 = (JsTypedArray) JavaCodec.decode(HEX.parseHex("ff0f4208000000000000f83f5646000800"));
        assertEquals("Float64Array", f64.type());
        assertEquals(1.5, ByteBuffer.wrap(f64.bytes()).order(java.nio.ByteOrder.LITTLE_ENDIAN).getDouble());
        JsMap m = (JsMap) JavaCodec.decode(HEX.parseHex("ff0f3b6f22016149027b01410149042400013a02"));
        assertEquals(Map.of(obj("a", 1), List.of(2)), new LinkedHashMap<>(m));
        Map<?, ?> numKeys = (Map<?, ?>) JavaCodec.decode(HEX.parseHex("ff0f6f4902220161490422016222017a49007b03"));
        assertEquals(List.of("1", "2", "z"), new ArrayList<>(numKeys.keySet()));
        assertEquals(BigInteger.TWO.pow(200).add(BigInteger.valueOf(12345)), JavaCodec.decode(HEX.parseHex(
                "ff0f5a403930000000000000000000000000000000000000000000000001000000000000")));
        assertEquals(List.of(0.5, 1, 2),
                JavaCodec.decode(HEX.parseHex("ff0f41034e000000000000e03f4e000000000000f03f4e0000000000000040240003")));
        assertNull(JavaCodec.decode(HEX.parseHex("ff0f5f")));
        Map<?, ?> u = (Map<?, ?>) JavaCodec.decode(HEX.parseHex("ff0f6f2201755f7b01"));
        assertTrue(u.containsKey("u") && u.get("u") == null);
        assertTrue(Double.isNaN((Double) JavaCodec.decode(HEX.parseHex("ff0f4e000000000000f87f"))));
        assertNull(JavaCodec.decode(HEX.parseHex("ff0f44000000000000f87f")));
        assertEquals(Set.of("4294967294"),
                ((Map<?, ?>) JavaCodec.decode(HEX.parseHex("ff0f6f4e0000c0ffffffef4149027b01"))).keySet());
        // the legacy UTF-8 string tag
        assertEquals("h\u00e9", JavaCodec.decode(HEX.parseHex("ff0f530368c3a9")));
        // a transferred buffer comes from the attachments
        Object t = JavaCodec.decode(ByteBuffer.wrap(HEX.parseHex("ff0f7400")), new Object[] {ByteBuffer.wrap(new byte[] {5})});
        assertEquals(ByteBuffer.wrap(new byte[] {5}), t);
    }

    @Test
    void transferListsWriteTransferIds() {
        ByteBuffer big = ByteBuffer.wrap(new byte[] {1, 2, 3});
        JavaCodec.Encoded e = JavaCodec.encode(List.of(big), List.of(big));
        assertEquals("ff0f41017400240001", HEX.formatHex(e.bytes().array()));
        assertEquals(1, e.transferred().length);
        assertEquals(List.of(1, big, 0, 0), Arrays.asList(e.attachments()));
        assertEquals(big, JavaCodec.decode(e.bytes(), e.transferred()) instanceof List<?> l ? l.get(0) : null);
        assertThrows(IllegalArgumentException.class, () -> JavaCodec.encode(1, List.of("not a buffer")));
    }

    @Test
    void refusesUnsupportedValuesNamingTheTypeAndPlace() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JavaCodec.encode(obj("items", List.of(1, new Thread())), null));
        assertTrue(e.getMessage().contains("java.lang.Thread"), e.getMessage());
        assertTrue(e.getMessage().contains("value.items[1]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JavaCodec.encode(Long.MAX_VALUE, null));
    }

    @Test
    void refusesValuesNestedDeeperThanTheJsReaderReads() {
        Object shallow = "leaf";
        for (int i = 0; i < 500; i++) shallow = List.of(shallow);
        Object sendable = shallow;
        JavaCodec.encode(sendable, null);
        Object deep = "leaf";
        for (int i = 0; i < 3000; i++) deep = obj("a", deep);
        Object tooDeep = deep;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JavaCodec.encode(tooDeep, null));
        assertTrue(e.getMessage().contains("nested"), e.getMessage());
    }

    @Test
    void malformedBytesAreADecodeException() {
        assertThrows(JavaCodec.DecodeException.class, () -> JavaCodec.decode(HEX.parseHex("ff0f6f2201")));
        assertThrows(JavaCodec.DecodeException.class, () -> JavaCodec.decode(HEX.parseHex("ff0f5e05")));
        assertThrows(JavaCodec.DecodeException.class, () -> JavaCodec.decode(HEX.parseHex("ff0f99")));
        assertInstanceOf(IllegalArgumentException.class,
                assertThrows(RuntimeException.class, () -> JavaCodec.decode(HEX.parseHex("ff0f42ff7f"))));
    }

    private static String show(Object o) {
        return o instanceof byte[] b ? Arrays.toString(b) : String.valueOf(o);
    }
}
