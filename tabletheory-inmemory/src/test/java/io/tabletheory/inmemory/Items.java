package io.tabletheory.inmemory;

import io.tabletheory.api.value.AttributeValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** Short constructors for attribute values and items in tests. */
final class Items {
    private Items() {}

    static AttributeValue s(String value) {
        return AttributeValue.ofString(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.ofNumber(value);
    }

    static AttributeValue n(String value) {
        return AttributeValue.ofNumber(value);
    }

    static AttributeValue b(int... bytes) {
        byte[] array = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            array[i] = (byte) bytes[i];
        }
        return AttributeValue.ofBinary(array);
    }

    /** An item from alternating names and values. */
    static Map<String, AttributeValue> item(Object... pairs) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            item.put((String) pairs[i], (AttributeValue) pairs[i + 1]);
        }
        return item;
    }
}
