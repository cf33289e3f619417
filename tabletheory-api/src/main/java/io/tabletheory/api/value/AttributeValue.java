package io.tabletheory.api.value;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.internal.Immutables;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One DynamoDB attribute value: exactly one of the ten DynamoDB types, each a record.
 *
 * <p>Values are immutable and compare by value. Numbers keep DynamoDB's decimal semantics: they are validated
 * (at most 38 significant digits, magnitude between 1E-130 and 9.99...E+125) and held in canonical form, so
 * {@code 1e3}, {@code 1000.0} and {@code +1000} are the same number. Sets are never empty and never hold duplicates;
 * binary values are copied in and out. An invalid value cannot be constructed: the constructor throws a {@link
 * ValidationException} carrying DynamoDB's own message.
 *
 * <pre>{@code
 * AttributeValue name = AttributeValue.ofString("Ada");
 * AttributeValue age = AttributeValue.ofNumber(36);
 * AttributeValue tags = AttributeValue.ofStringSet(List.of("admin", "ops"));
 * }</pre>
 *
 * <p>{@code toString()} renders DynamoDB JSON, for example {@code {"N":"36"}}.
 */
public sealed interface AttributeValue
        permits AttributeValue.StringValue,
                AttributeValue.NumberValue,
                AttributeValue.BinaryValue,
                AttributeValue.StringSetValue,
                AttributeValue.NumberSetValue,
                AttributeValue.BinarySetValue,
                AttributeValue.MapValue,
                AttributeValue.ListValue,
                AttributeValue.NullValue,
                AttributeValue.BooleanValue {

    /** The DynamoDB type of this value. */
    AttributeType type();

    /**
     * Calls the method of {@code visitor} that handles this value's type, passing this value, and returns its result.
     * Use it, rather than {@code instanceof}, to do something with each type of value: a new type of value then
     * fails to compile where it is not handled, instead of failing at run time.
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * An operation on attribute values with one method per DynamoDB type, called by {@link #accept}. Implementations
     * must handle all ten types; there are deliberately no default methods.
     *
     * @param <R> what the operation returns
     */
    interface Visitor<R> {
        /** Handles an {@code S}. */
        R visitString(StringValue value);

        /** Handles an {@code N}. */
        R visitNumber(NumberValue value);

        /** Handles a {@code B}. */
        R visitBinary(BinaryValue value);

        /** Handles an {@code SS}. */
        R visitStringSet(StringSetValue value);

        /** Handles an {@code NS}. */
        R visitNumberSet(NumberSetValue value);

        /** Handles a {@code BS}. */
        R visitBinarySet(BinarySetValue value);

        /** Handles an {@code M}. */
        R visitMap(MapValue value);

        /** Handles an {@code L}. */
        R visitList(ListValue value);

        /** Handles the {@code NULL}. */
        R visitNull(NullValue value);

        /** Handles a {@code BOOL}. */
        R visitBoolean(BooleanValue value);
    }

    /** A string ({@code S}). Empty strings are valid outside keys. */
    static StringValue ofString(String value) {
        return new StringValue(value);
    }

    /** A number ({@code N}) from its decimal text, validated and canonicalized as DynamoDB does. */
    static NumberValue ofNumber(String value) {
        return new NumberValue(value);
    }

    /** A number ({@code N}). */
    static NumberValue ofNumber(long value) {
        return new NumberValue(Long.toString(value));
    }

    /** A number ({@code N}). */
    static NumberValue ofNumber(BigDecimal value) {
        return new NumberValue(Objects.requireNonNull(value, "value").toString());
    }

    /** A number ({@code N}). */
    static NumberValue ofNumber(BigInteger value) {
        return new NumberValue(Objects.requireNonNull(value, "value").toString());
    }

    /** A binary value ({@code B}); the bytes are copied. */
    static BinaryValue ofBinary(byte[] value) {
        return new BinaryValue(value);
    }

    /** A boolean ({@code BOOL}). */
    static BooleanValue ofBoolean(boolean value) {
        return value ? BooleanValue.TRUE : BooleanValue.FALSE;
    }

    /** The null value ({@code NULL: true}). */
    static NullValue ofNull() {
        return NullValue.INSTANCE;
    }

    /** A string set ({@code SS}) from a collection that must be non-empty and free of duplicates. */
    static StringSetValue ofStringSet(Collection<String> values) {
        return StringSetValue.of(values);
    }

    /** A number set ({@code NS}) from decimal texts; duplicates are found by numeric value. */
    static NumberSetValue ofNumberSet(Collection<String> values) {
        return NumberSetValue.of(values);
    }

    /** A binary set ({@code BS}) from byte arrays that must be non-empty and free of duplicates. */
    static BinarySetValue ofBinarySet(Collection<byte[]> values) {
        return BinarySetValue.of(values);
    }

    /** A map ({@code M}); the entries are copied, keeping their order. */
    static MapValue ofMap(Map<String, ? extends AttributeValue> values) {
        return new MapValue(Immutables.orderedMap(values, "map"));
    }

    /** A list ({@code L}); the elements are copied. */
    static ListValue ofList(List<? extends AttributeValue> values) {
        return new ListValue(List.copyOf(values));
    }

    /** {@code S}: a string. */
    record StringValue(String value) implements AttributeValue {
        public StringValue {
            Objects.requireNonNull(value, "S value");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitString(this);
        }

        @Override
        public AttributeType type() {
            return AttributeType.S;
        }

        @Override
        public String toString() {
            return DynamoJson.render(this);
        }
    }

    /**
     * {@code N}: a number in DynamoDB's canonical decimal form (no exponent, no leading {@code +}, no leading or
     * trailing zeros, {@code -0} is {@code 0}). Two numbers are equal exactly when their values are equal.
     */
    record NumberValue(String value) implements AttributeValue, Comparable<NumberValue> {
        public NumberValue {
            value = DynamoNumbers.canonical(value);
        }

        /** This number as an exact {@link BigDecimal}. */
        public BigDecimal bigDecimalValue() {
            return new BigDecimal(value);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNumber(this);
        }

        @Override
        public AttributeType type() {
            return AttributeType.N;
        }

        @Override
        public int compareTo(NumberValue other) {
            return bigDecimalValue().compareTo(other.bigDecimalValue());
        }

        @Override
        public String toString() {
            return DynamoJson.render(this);
        }
    }

    /** {@code B}: binary data. The array is copied on the way in and on the way out. */
    record BinaryValue(byte[] value) implements AttributeValue {
        public BinaryValue {
            value = Objects.requireNonNull(value, "B value").clone();
        }

        /** A copy of the bytes. */
        @Override
        public byte[] value() {
            return value.clone();
        }

        /** The number of bytes. */
        public int length() {
            return value.length;
        }

        /** The byte at {@code index}, without copying the array. */
        public byte byteAt(int index) {
            return value[index];
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBinary(this);
        }

        @Override
        public AttributeType type() {
            return AttributeType.B;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof BinaryValue binary && Arrays.equals(value, binary.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return DynamoJson.render(this);
        }

        /** Hexadecimal digits of the bytes, for diagnostics. */
        public String toHex() {
            return HexFormat.of().formatHex(value);
        }
    }

    /** {@code SS}: a non-empty set of strings, iterated in the order given. */
    record StringSetValue(Set<String> values) implements AttributeValue {
        public StringSetValue {
            values = nonEmpty(values, "An string set  may not be empty");
        }

        /** A string set from a collection; duplicates are rejected as DynamoDB rejects them. */
        public static StringSetValue of(Collection<String> values) {
            Objects.requireNonNull(values, "SS values");
            Set<String> set = new LinkedHashSet<>(values);
            if (set.size() != values.size()) {
                throw new ValidationException("One or more parameter values were invalid: Input collection "
                        + values.toString() + " contains duplicates.");
            }
            return new StringSetValue(set);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitStringSet(this);
        }

        @Override
        public AttributeType type() {
            return AttributeType.SS;
        }

        @Override
        public String toString() {
            return DynamoJson.render(this);
        }
    }

    /** {@code NS}: a non-empty set of numbers, distinct by value. */
    record NumberSetValue(Set<NumberValue> values) implements AttributeValue {
        public NumberSetValue {
            values = nonEmpty(values, "An number set  may not be empty");
        }

        /** A number set from decimal texts; two texts of the same value are duplicates. */
        public static NumberSetValue of(Collection<String> values) {
            Objects.requireNonNull(values, "NS values");
            Set<NumberValue> set = new LinkedHashSet<>();
            for (String value : values) {
                set.add(new NumberValue(value));
            }
            if (set.size() != values.size()) {
                throw new ValidationException("Input collection contains duplicates");
            }
            return new NumberSetValue(set);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNumberSet(this);
        }

        @Override
        public AttributeType type() {
            return AttributeType.NS;
        }

        @Override
        public String toString() {
            return DynamoJson.render(this);
        }
    }

    /** {@code BS}: a non-empty set of binary values. */
    record BinarySetValue(Set<BinaryValue> values) implements AttributeValue {
        public BinarySetValue {
            values = nonEmpty(values, "Binary sets should not be empty");
        }

        /** A binary set from byte arrays; equal arrays are duplicates. */
        public static BinarySetValue of(Collection<byte[]> values) {
            Objects.requireNonNull(values, "BS values");
            Set<BinaryValue> set = new LinkedHashSet<>();
            for (byte[] value : values) {
                set.add(new BinaryValue(value));
            }
            if (set.size() != values.size()) {
                throw new ValidationException(
                        "One or more parameter values were invalid: Input collection of type BS contains duplicates.");
            }
            return new BinarySetValue(set);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBinarySet(this);
        }

        @Override
        public AttributeType type() {
            return AttributeType.BS;
        }

        @Override
        public String toString() {
            return DynamoJson.render(this);
        }
    }

    /** {@code M}: a map from attribute names to values, iterated in the order given. May be empty. */
    record MapValue(Map<String, AttributeValue> values) implements AttributeValue {
        public MapValue {
            values = Immutables.orderedMap(values, "M values");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitMap(this);
        }

        @Override
        public AttributeType type() {
            return AttributeType.M;
        }

        @Override
        public String toString() {
            return DynamoJson.render(this);
        }
    }

    /** {@code L}: an ordered list of values. May be empty. */
    record ListValue(List<AttributeValue> values) implements AttributeValue {
        public ListValue {
            values = List.copyOf(values);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitList(this);
        }

        @Override
        public AttributeType type() {
            return AttributeType.L;
        }

        @Override
        public String toString() {
            return DynamoJson.render(this);
        }
    }

    /** {@code NULL}: the null value. DynamoDB only has {@code NULL: true}; use {@link #ofNull()}. */
    record NullValue() implements AttributeValue {
        static final NullValue INSTANCE = new NullValue();

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNull(this);
        }

        @Override
        public AttributeType type() {
            return AttributeType.NULL;
        }

        @Override
        public String toString() {
            return DynamoJson.render(this);
        }
    }

    /** {@code BOOL}: a boolean. */
    record BooleanValue(boolean value) implements AttributeValue {
        static final BooleanValue TRUE = new BooleanValue(true);
        static final BooleanValue FALSE = new BooleanValue(false);

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBoolean(this);
        }

        @Override
        public AttributeType type() {
            return AttributeType.BOOL;
        }

        @Override
        public String toString() {
            return DynamoJson.render(this);
        }
    }

    /**
     * An immutable, order-keeping copy of a set that must not be empty.
     *
     * @throws ValidationException with {@code emptyMessage} (DynamoDB's wording) when the set is empty
     */
    private static <T> Set<T> nonEmpty(Set<? extends T> set, String emptyMessage) {
        Objects.requireNonNull(set, "set");
        if (set.isEmpty()) {
            throw new ValidationException("One or more parameter values were invalid: " + emptyMessage);
        }
        return Immutables.orderedSet(set, "set");
    }
}
