package dev.wtjs;

import java.util.Arrays;
import java.util.Set;

/**
 * A typed array other than {@code Uint8Array} (or a {@code DataView}) as a message value: the JS type name
 * ({@code "Int32Array"}, {@code "Float64Array"}, {@code "DataView"}, ...) and a copy of the bytes it views, in
 * the platform's little-endian order. {@code Uint8Array} maps to {@code byte[]} instead.
 */
public record JsTypedArray(String type, byte[] bytes) {
    /** The type names this record accepts. */
    public static final Set<String> TYPES = Set.of("Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array",
            "Uint16Array", "Int32Array", "Uint32Array", "Float16Array", "Float32Array", "Float64Array",
            "BigInt64Array", "BigUint64Array", "DataView");

    public JsTypedArray {
        if (!TYPES.contains(type)) throw new IllegalArgumentException("not a typed array type: " + type);
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsTypedArray t && t.type.equals(type) && Arrays.equals(t.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return type + "(" + bytes.length + " bytes)";
    }
}
