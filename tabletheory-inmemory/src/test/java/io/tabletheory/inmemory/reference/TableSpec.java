package io.tabletheory.inmemory.reference;

import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** A generated table: its name and key schema ({@code rangeName} null for a hash-only table). */
record TableSpec(
        String name, String hashName, ScalarAttributeType hashType, String rangeName, ScalarAttributeType rangeType) {

    boolean isKey(String attribute) {
        return attribute.equals(hashName) || attribute.equals(rangeName);
    }

    /** The key attributes of {@code item}, hash first. */
    Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        key.put(hashName, item.get(hashName));
        if (rangeName != null) {
            key.put(rangeName, item.get(rangeName));
        }
        return key;
    }
}
