package io.tabletheory.engine.internal.convert;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.value.Payloads;
import java.util.ArrayList;
import java.util.HashSet;
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
        return switch (setKind) {
            case STRINGS -> {
                if (elements == StringConverter.INSTANCE && value instanceof HashSet<?>) {
                    // Strings written as themselves, distinct by equals as a HashSet keeps them: the set is the
                    // string set's elements, copied once by the value.
                    if (value.contains(null)) {
                        writeElement(null);
                    }
                    @SuppressWarnings("unchecked") // StringConverter converts only Strings
                    Set<String> strings = (Set<String>) value;
                    yield new AttributeValue.StringSetValue(strings);
                }
                List<String> strings = new ArrayList<>(value.size());
                for (E element : value) {
                    AttributeValue written = writeElement(element);
                    strings.add(Payloads.string(written).orElseThrow(() -> notAnElement("S", written)));
                }
                yield AttributeValue.ofStringSet(strings);
            }
            case NUMBERS -> {
                List<String> numbers = new ArrayList<>(value.size());
                for (E element : value) {
                    AttributeValue written = writeElement(element);
                    numbers.add(Payloads.number(written)
                            .orElseThrow(() -> notAnElement("N", written))
                            .value());
                }
                yield AttributeValue.ofNumberSet(numbers);
            }
            case BINARIES -> {
                List<byte[]> binaries = new ArrayList<>(value.size());
                for (E element : value) {
                    AttributeValue written = writeElement(element);
                    binaries.add(Payloads.binary(written)
                            .orElseThrow(() -> notAnElement("B", written))
                            .value());
                }
                yield AttributeValue.ofBinarySet(binaries);
            }
        };
    }

    private AttributeValue writeElement(E element) {
        if (element == null) {
            throw new ConversionException("a set with a null element cannot be stored (DynamoDB sets hold no nulls)");
        }
        return elements.write(element);
    }

    @Override
    public Set<E> read(AttributeValue value) {
        Set<E> read = new LinkedHashSet<>();
        switch (setKind) {
            case STRINGS -> {
                AttributeValue.StringSetValue strings =
                        Payloads.stringSet(value).orElseThrow(() -> ConversionException.unexpectedType("SS", value));
                for (String element : strings.values()) {
                    read.add(elements.read(AttributeValue.ofString(element)));
                }
            }
            case NUMBERS -> {
                AttributeValue.NumberSetValue numbers =
                        Payloads.numberSet(value).orElseThrow(() -> ConversionException.unexpectedType("NS", value));
                for (AttributeValue.NumberValue element : numbers.values()) {
                    read.add(elements.read(element));
                }
            }
            case BINARIES -> {
                AttributeValue.BinarySetValue binaries =
                        Payloads.binarySet(value).orElseThrow(() -> ConversionException.unexpectedType("BS", value));
                for (AttributeValue.BinaryValue element : binaries.values()) {
                    read.add(elements.read(element));
                }
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
