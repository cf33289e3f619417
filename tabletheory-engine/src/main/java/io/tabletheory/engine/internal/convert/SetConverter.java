package io.tabletheory.engine.internal.convert;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.value.Payloads;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code Set<String>} ⇄ {@code SS}, sets of numbers ⇄ {@code NS}, {@code Set<byte[]>} ⇄ {@code BS}. DynamoDB has
 * no empty set, so an empty set is written as {@code NULL} (as the Go SDK writes it; {@code @OmitEmpty} leaves it
 * out instead), and {@code NULL} or an absent set reads back as an empty set. Null elements are rejected.
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
            return AttributeValue.ofNull();
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
                    .map(element -> Payloads.string(element).orElseThrow(() -> notAnElement("S", element)))
                    .toList());
            case NUMBERS -> AttributeValue.ofNumberSet(written.stream()
                    .map(element -> Payloads.number(element)
                            .orElseThrow(() -> notAnElement("N", element))
                            .value())
                    .toList());
            case BINARIES -> AttributeValue.ofBinarySet(written.stream()
                    .map(element -> Payloads.binary(element)
                            .orElseThrow(() -> notAnElement("B", element))
                            .value())
                    .toList());
        };
    }

    @Override
    public Set<E> read(AttributeValue value) {
        Set<E> read = new LinkedHashSet<>();
        switch (setKind) {
            case STRINGS -> {
                AttributeValue.StringSetValue strings =
                        Payloads.stringSet(value).orElseThrow(() -> ConversionException.unexpectedType("SS", value));
                strings.values().forEach(element -> read.add(elements.read(AttributeValue.ofString(element))));
            }
            case NUMBERS -> {
                AttributeValue.NumberSetValue numbers =
                        Payloads.numberSet(value).orElseThrow(() -> ConversionException.unexpectedType("NS", value));
                numbers.values().forEach(element -> read.add(elements.read(element)));
            }
            case BINARIES -> {
                AttributeValue.BinarySetValue binaries =
                        Payloads.binarySet(value).orElseThrow(() -> ConversionException.unexpectedType("BS", value));
                binaries.values().forEach(element -> read.add(elements.read(element)));
            }
        }
        return read;
    }

    /** An element converter wrote a kind the set cannot hold: a bug in the converter chosen for the set. */
    private static ConversionException notAnElement(String expected, AttributeValue element) {
        return new ConversionException("a set element converter wrote " + element + ", not an " + expected);
    }

    @Override
    public boolean isEmpty(Set<E> value) {
        return value.isEmpty();
    }
}
