package io.tabletheory.engine.internal.convert;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.value.Payloads;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code Map<String, V>} ⇄ {@code M}; null values are {@code NULL}. Reads give a LinkedHashMap. */
final class MapConverter<V> implements ValueConverter<Map<String, V>> {
    private final ValueConverter<V> values;

    MapConverter(ValueConverter<V> values) {
        this.values = values;
    }

    @Override
    public AttributeValue write(Map<String, V> value) {
        Map<String, AttributeValue> written = new LinkedHashMap<>(value.size() * 2);
        value.forEach((key, element) -> {
            if (key == null) {
                throw new ConversionException("a map with a null key cannot be stored");
            }
            written.put(key, NullableValues.write(values, element));
        });
        return AttributeValue.ofMap(written);
    }

    @Override
    public Map<String, V> read(AttributeValue value) {
        AttributeValue.MapValue map =
                Payloads.map(value).orElseThrow(() -> ConversionException.unexpectedType("M", value));
        Map<String, V> read = new LinkedHashMap<>(map.values().size() * 2);
        map.values().forEach((key, element) -> read.put(key, NullableValues.read(values, element)));
        return read;
    }

    @Override
    public boolean isEmpty(Map<String, V> value) {
        return value.isEmpty();
    }
}
