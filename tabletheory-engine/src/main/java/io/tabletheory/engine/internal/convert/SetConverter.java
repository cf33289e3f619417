package io.tabletheory.engine.internal.convert;

import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code Set<String>} ⇄ {@code SS}, sets of numbers ⇄ {@code NS}, {@code Set<byte[]>} ⇄ {@code BS}. An empty set is
 * never written (DynamoDB forbids it), and an absent set reads back as an empty set. Null elements are rejected.
 * Reads give a LinkedHashSet.
 */
final class SetConverter<E> implements ValueConverter<Set<E>> {
    private final ValueConverter<E> elements;
    private final Kind setKind;

    /** Which DynamoDB set type the elements make. */
    enum Kind {
        STRINGS,
        NUMBERS,
        BINARIES
    }

    SetConverter(ValueConverter<E> elements, Kind setKind) {
        this.elements = elements;
        this.setKind = setKind;
    }

    @Override
    public AttributeValue write(Set<E> value) {
        if (value.isEmpty()) {
            return null;
        }
        List<AttributeValue> written = new ArrayList<>(value.size());
        for (E element : value) {
            if (element == null) {
                throw new ConversionException(
                        "a set with a null element cannot be stored (DynamoDB sets hold no nulls)");
            }
            written.add(elements.write(element));
        }
        return switch (setKind) {
            case STRINGS -> AttributeValue.ofStringSet(written.stream()
                    .map(element -> ((AttributeValue.StringValue) element).value())
                    .toList());
            case NUMBERS -> AttributeValue.ofNumberSet(written.stream()
                    .map(element -> ((AttributeValue.NumberValue) element).value())
                    .toList());
            case BINARIES -> AttributeValue.ofBinarySet(written.stream()
                    .map(element -> ((AttributeValue.BinaryValue) element).value())
                    .toList());
        };
    }

    @Override
    public Set<E> read(AttributeValue value) {
        Set<E> read = new LinkedHashSet<>();
        switch (setKind) {
            case STRINGS -> {
                if (!(value instanceof AttributeValue.StringSetValue strings)) {
                    throw ConversionException.unexpectedType("SS", value);
                }
                strings.values().forEach(element -> read.add(elements.read(AttributeValue.ofString(element))));
            }
            case NUMBERS -> {
                if (!(value instanceof AttributeValue.NumberSetValue numbers)) {
                    throw ConversionException.unexpectedType("NS", value);
                }
                numbers.values().forEach(element -> read.add(elements.read(element)));
            }
            case BINARIES -> {
                if (!(value instanceof AttributeValue.BinarySetValue binaries)) {
                    throw ConversionException.unexpectedType("BS", value);
                }
                binaries.values().forEach(element -> read.add(elements.read(element)));
            }
        }
        return read;
    }

    @Override
    public boolean isEmpty(Set<E> value) {
        return value.isEmpty();
    }
}
