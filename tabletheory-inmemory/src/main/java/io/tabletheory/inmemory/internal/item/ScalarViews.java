package io.tabletheory.inmemory.internal.item;

import io.tabletheory.api.value.AttributeValue;

/**
 * Typed views of an {@link AttributeValue} as one of the scalar types (S, N, B): each method returns the value as that variant,
 * or null when it is of another type. The emulator reads values through these (or its own visitors) instead of
 * type tests; each view is a full {@link AttributeValue.Visitor} naming every variant, so a new
 * variant is a compile error here until each view says what it is. Null rather than {@code Optional}, because
 * paths and conditions read values on the hot path of every request; one stateless, shared visitor per view.
 */
public final class ScalarViews {
    private static final AttributeValue.Visitor<AttributeValue.StringValue> STRING = new AttributeValue.Visitor<>() {
        @Override
        public AttributeValue.StringValue visitString(AttributeValue.StringValue value) {
            return value;
        }

        @Override
        public AttributeValue.StringValue visitNumber(AttributeValue.NumberValue value) {
            return null;
        }

        @Override
        public AttributeValue.StringValue visitBinary(AttributeValue.BinaryValue value) {
            return null;
        }

        @Override
        public AttributeValue.StringValue visitStringSet(AttributeValue.StringSetValue value) {
            return null;
        }

        @Override
        public AttributeValue.StringValue visitNumberSet(AttributeValue.NumberSetValue value) {
            return null;
        }

        @Override
        public AttributeValue.StringValue visitBinarySet(AttributeValue.BinarySetValue value) {
            return null;
        }

        @Override
        public AttributeValue.StringValue visitMap(AttributeValue.MapValue value) {
            return null;
        }

        @Override
        public AttributeValue.StringValue visitList(AttributeValue.ListValue value) {
            return null;
        }

        @Override
        public AttributeValue.StringValue visitNull(AttributeValue.NullValue value) {
            return null;
        }

        @Override
        public AttributeValue.StringValue visitBoolean(AttributeValue.BooleanValue value) {
            return null;
        }
    };

    private static final AttributeValue.Visitor<AttributeValue.NumberValue> NUMBER = new AttributeValue.Visitor<>() {
        @Override
        public AttributeValue.NumberValue visitString(AttributeValue.StringValue value) {
            return null;
        }

        @Override
        public AttributeValue.NumberValue visitNumber(AttributeValue.NumberValue value) {
            return value;
        }

        @Override
        public AttributeValue.NumberValue visitBinary(AttributeValue.BinaryValue value) {
            return null;
        }

        @Override
        public AttributeValue.NumberValue visitStringSet(AttributeValue.StringSetValue value) {
            return null;
        }

        @Override
        public AttributeValue.NumberValue visitNumberSet(AttributeValue.NumberSetValue value) {
            return null;
        }

        @Override
        public AttributeValue.NumberValue visitBinarySet(AttributeValue.BinarySetValue value) {
            return null;
        }

        @Override
        public AttributeValue.NumberValue visitMap(AttributeValue.MapValue value) {
            return null;
        }

        @Override
        public AttributeValue.NumberValue visitList(AttributeValue.ListValue value) {
            return null;
        }

        @Override
        public AttributeValue.NumberValue visitNull(AttributeValue.NullValue value) {
            return null;
        }

        @Override
        public AttributeValue.NumberValue visitBoolean(AttributeValue.BooleanValue value) {
            return null;
        }
    };

    private static final AttributeValue.Visitor<AttributeValue.BinaryValue> BINARY = new AttributeValue.Visitor<>() {
        @Override
        public AttributeValue.BinaryValue visitString(AttributeValue.StringValue value) {
            return null;
        }

        @Override
        public AttributeValue.BinaryValue visitNumber(AttributeValue.NumberValue value) {
            return null;
        }

        @Override
        public AttributeValue.BinaryValue visitBinary(AttributeValue.BinaryValue value) {
            return value;
        }

        @Override
        public AttributeValue.BinaryValue visitStringSet(AttributeValue.StringSetValue value) {
            return null;
        }

        @Override
        public AttributeValue.BinaryValue visitNumberSet(AttributeValue.NumberSetValue value) {
            return null;
        }

        @Override
        public AttributeValue.BinaryValue visitBinarySet(AttributeValue.BinarySetValue value) {
            return null;
        }

        @Override
        public AttributeValue.BinaryValue visitMap(AttributeValue.MapValue value) {
            return null;
        }

        @Override
        public AttributeValue.BinaryValue visitList(AttributeValue.ListValue value) {
            return null;
        }

        @Override
        public AttributeValue.BinaryValue visitNull(AttributeValue.NullValue value) {
            return null;
        }

        @Override
        public AttributeValue.BinaryValue visitBoolean(AttributeValue.BooleanValue value) {
            return null;
        }
    };

    private ScalarViews() {}

    /** {@code value} as an S, or null when it is not one. */
    public static AttributeValue.StringValue string(AttributeValue value) {
        return value.accept(STRING);
    }

    /** {@code value} as an N, or null when it is not one. */
    public static AttributeValue.NumberValue number(AttributeValue value) {
        return value.accept(NUMBER);
    }

    /** {@code value} as a B, or null when it is not one. */
    public static AttributeValue.BinaryValue binary(AttributeValue value) {
        return value.accept(BINARY);
    }
}
