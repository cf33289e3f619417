package io.tabletheory.engine.internal.value;

import io.tabletheory.api.value.AttributeValue;
import java.util.Optional;

/**
 * The payload of one expected kind of attribute value, or empty for any other kind: how converters, messages and
 * operands read a value without an {@code instanceof} chain or a cast. Every extractor is a {@link NoneOf} that
 * overrides the one kind it wants; {@link NoneOf} handles all ten kinds, so a new kind of value fails to compile
 * there instead of being silently mishandled.
 */
public final class Payloads {
    private Payloads() {}

    /** The text of an {@code S}. */
    public static Optional<String> string(AttributeValue value) {
        return value.accept(new NoneOf<>() {
            @Override
            public Optional<String> visitString(AttributeValue.StringValue string) {
                return Optional.of(string.value());
            }
        });
    }

    /** An {@code N}. */
    public static Optional<AttributeValue.NumberValue> number(AttributeValue value) {
        return value.accept(new NoneOf<>() {
            @Override
            public Optional<AttributeValue.NumberValue> visitNumber(AttributeValue.NumberValue number) {
                return Optional.of(number);
            }
        });
    }

    /** A {@code B}. */
    public static Optional<AttributeValue.BinaryValue> binary(AttributeValue value) {
        return value.accept(new NoneOf<>() {
            @Override
            public Optional<AttributeValue.BinaryValue> visitBinary(AttributeValue.BinaryValue binary) {
                return Optional.of(binary);
            }
        });
    }

    /** An {@code SS}. */
    public static Optional<AttributeValue.StringSetValue> stringSet(AttributeValue value) {
        return value.accept(new NoneOf<>() {
            @Override
            public Optional<AttributeValue.StringSetValue> visitStringSet(AttributeValue.StringSetValue set) {
                return Optional.of(set);
            }
        });
    }

    /** An {@code NS}. */
    public static Optional<AttributeValue.NumberSetValue> numberSet(AttributeValue value) {
        return value.accept(new NoneOf<>() {
            @Override
            public Optional<AttributeValue.NumberSetValue> visitNumberSet(AttributeValue.NumberSetValue set) {
                return Optional.of(set);
            }
        });
    }

    /** A {@code BS}. */
    public static Optional<AttributeValue.BinarySetValue> binarySet(AttributeValue value) {
        return value.accept(new NoneOf<>() {
            @Override
            public Optional<AttributeValue.BinarySetValue> visitBinarySet(AttributeValue.BinarySetValue set) {
                return Optional.of(set);
            }
        });
    }

    /** An {@code M}. */
    public static Optional<AttributeValue.MapValue> map(AttributeValue value) {
        return value.accept(new NoneOf<>() {
            @Override
            public Optional<AttributeValue.MapValue> visitMap(AttributeValue.MapValue map) {
                return Optional.of(map);
            }
        });
    }

    /** An {@code L}. */
    public static Optional<AttributeValue.ListValue> list(AttributeValue value) {
        return value.accept(new NoneOf<>() {
            @Override
            public Optional<AttributeValue.ListValue> visitList(AttributeValue.ListValue list) {
                return Optional.of(list);
            }
        });
    }

    /** The truth value of a {@code BOOL}. */
    public static Optional<Boolean> bool(AttributeValue value) {
        return value.accept(new NoneOf<>() {
            @Override
            public Optional<Boolean> visitBoolean(AttributeValue.BooleanValue bool) {
                return Optional.of(bool.value());
            }
        });
    }

    /**
     * A visitor that finds no payload in any kind of value; each extractor overrides the kind it wants. It
     * implements every method of {@link AttributeValue.Visitor}, so it is the one place a new kind must be added.
     */
    private static class NoneOf<R> implements AttributeValue.Visitor<Optional<R>> {
        @Override
        public Optional<R> visitString(AttributeValue.StringValue value) {
            return Optional.empty();
        }

        @Override
        public Optional<R> visitNumber(AttributeValue.NumberValue value) {
            return Optional.empty();
        }

        @Override
        public Optional<R> visitBinary(AttributeValue.BinaryValue value) {
            return Optional.empty();
        }

        @Override
        public Optional<R> visitStringSet(AttributeValue.StringSetValue value) {
            return Optional.empty();
        }

        @Override
        public Optional<R> visitNumberSet(AttributeValue.NumberSetValue value) {
            return Optional.empty();
        }

        @Override
        public Optional<R> visitBinarySet(AttributeValue.BinarySetValue value) {
            return Optional.empty();
        }

        @Override
        public Optional<R> visitMap(AttributeValue.MapValue value) {
            return Optional.empty();
        }

        @Override
        public Optional<R> visitList(AttributeValue.ListValue value) {
            return Optional.empty();
        }

        @Override
        public Optional<R> visitNull(AttributeValue.NullValue value) {
            return Optional.empty();
        }

        @Override
        public Optional<R> visitBoolean(AttributeValue.BooleanValue value) {
            return Optional.empty();
        }
    }
}
