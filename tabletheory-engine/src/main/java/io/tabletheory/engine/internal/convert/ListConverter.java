package io.tabletheory.engine.internal.convert;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.value.Payloads;
import java.util.ArrayList;
import java.util.List;

/** {@code List<E>} ⇄ {@code L}, element by element; null elements are {@code NULL}. Reads give an ArrayList. */
final class ListConverter<E> implements ValueConverter<List<E>> {
    private final ValueConverter<E> elements;

    ListConverter(ValueConverter<E> elements) {
        this.elements = elements;
    }

    @Override
    public AttributeValue write(List<E> value) {
        List<AttributeValue> written = new ArrayList<>(value.size());
        for (E element : value) {
            written.add(NullableValues.write(elements, element));
        }
        return AttributeValue.ofList(written);
    }

    @Override
    public List<E> read(AttributeValue value) {
        AttributeValue.ListValue list =
                Payloads.list(value).orElseThrow(() -> ConversionException.unexpectedType("L", value));
        List<E> read = new ArrayList<>(list.values().size());
        for (AttributeValue element : list.values()) {
            read.add(NullableValues.read(elements, element));
        }
        return read;
    }

    @Override
    public boolean isEmpty(List<E> value) {
        return value.isEmpty();
    }
}
