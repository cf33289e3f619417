package io.tabletheory.inmemory.internal.item;

import io.tabletheory.api.value.AttributeValue;

/**
 * Typed views of an {@link AttributeValue} as one of the collection types (SS, NS, BS, M, L): each method returns the value as that variant,
 * or null when it is of another type. The emulator reads values through these (or its own visitors) instead of
 * type tests; each view is a full {@link AttributeValue.Visitor} naming every variant, so a new
 * variant is a compile error here until each view says what it is. Null rather than {@code Optional}, because
 * paths and conditions read values on the hot path of every request; one stateless, shared visitor per view.
 */
public final class CollectionViews {
    private static final AttributeValue.Visitor<AttributeValue.StringSetValue> STRING_SET =
            new AttributeValue.Visitor<>() {
                @Override
                public AttributeValue.StringSetValue visitString(AttributeValue.StringValue value) {
                    return null;
                }

                @Override
                public AttributeValue.StringSetValue visitNumber(AttributeValue.NumberValue value) {
                    return null;
                }

                @Override
                public AttributeValue.StringSetValue visitBinary(AttributeValue.BinaryValue value) {
                    return null;
                }

                @Override
                public AttributeValue.StringSetValue visitStringSet(AttributeValue.StringSetValue value) {
                    return value;
                }

                @Override
                public AttributeValue.StringSetValue visitNumberSet(AttributeValue.NumberSetValue value) {
                    return null;
                }

                @Override
                public AttributeValue.StringSetValue visitBinarySet(AttributeValue.BinarySetValue value) {
                    return null;
                }

                @Override
                public AttributeValue.StringSetValue visitMap(AttributeValue.MapValue value) {
                    return null;
                }

                @Override
                public AttributeValue.StringSetValue visitList(AttributeValue.ListValue value) {
                    return null;
                }

                @Override
                public AttributeValue.StringSetValue visitNull(AttributeValue.NullValue value) {
                    return null;
                }

                @Override
                public AttributeValue.StringSetValue visitBoolean(AttributeValue.BooleanValue value) {
                    return null;
                }
            };

    private static final AttributeValue.Visitor<AttributeValue.NumberSetValue> NUMBER_SET =
            new AttributeValue.Visitor<>() {
                @Override
                public AttributeValue.NumberSetValue visitString(AttributeValue.StringValue value) {
                    return null;
                }

                @Override
                public AttributeValue.NumberSetValue visitNumber(AttributeValue.NumberValue value) {
                    return null;
                }

                @Override
                public AttributeValue.NumberSetValue visitBinary(AttributeValue.BinaryValue value) {
                    return null;
                }

                @Override
                public AttributeValue.NumberSetValue visitStringSet(AttributeValue.StringSetValue value) {
                    return null;
                }

                @Override
                public AttributeValue.NumberSetValue visitNumberSet(AttributeValue.NumberSetValue value) {
                    return value;
                }

                @Override
                public AttributeValue.NumberSetValue visitBinarySet(AttributeValue.BinarySetValue value) {
                    return null;
                }

                @Override
                public AttributeValue.NumberSetValue visitMap(AttributeValue.MapValue value) {
                    return null;
                }

                @Override
                public AttributeValue.NumberSetValue visitList(AttributeValue.ListValue value) {
                    return null;
                }

                @Override
                public AttributeValue.NumberSetValue visitNull(AttributeValue.NullValue value) {
                    return null;
                }

                @Override
                public AttributeValue.NumberSetValue visitBoolean(AttributeValue.BooleanValue value) {
                    return null;
                }
            };

    private static final AttributeValue.Visitor<AttributeValue.BinarySetValue> BINARY_SET =
            new AttributeValue.Visitor<>() {
                @Override
                public AttributeValue.BinarySetValue visitString(AttributeValue.StringValue value) {
                    return null;
                }

                @Override
                public AttributeValue.BinarySetValue visitNumber(AttributeValue.NumberValue value) {
                    return null;
                }

                @Override
                public AttributeValue.BinarySetValue visitBinary(AttributeValue.BinaryValue value) {
                    return null;
                }

                @Override
                public AttributeValue.BinarySetValue visitStringSet(AttributeValue.StringSetValue value) {
                    return null;
                }

                @Override
                public AttributeValue.BinarySetValue visitNumberSet(AttributeValue.NumberSetValue value) {
                    return null;
                }

                @Override
                public AttributeValue.BinarySetValue visitBinarySet(AttributeValue.BinarySetValue value) {
                    return value;
                }

                @Override
                public AttributeValue.BinarySetValue visitMap(AttributeValue.MapValue value) {
                    return null;
                }

                @Override
                public AttributeValue.BinarySetValue visitList(AttributeValue.ListValue value) {
                    return null;
                }

                @Override
                public AttributeValue.BinarySetValue visitNull(AttributeValue.NullValue value) {
                    return null;
                }

                @Override
                public AttributeValue.BinarySetValue visitBoolean(AttributeValue.BooleanValue value) {
                    return null;
                }
            };

    private static final AttributeValue.Visitor<AttributeValue.MapValue> MAP = new AttributeValue.Visitor<>() {
        @Override
        public AttributeValue.MapValue visitString(AttributeValue.StringValue value) {
            return null;
        }

        @Override
        public AttributeValue.MapValue visitNumber(AttributeValue.NumberValue value) {
            return null;
        }

        @Override
        public AttributeValue.MapValue visitBinary(AttributeValue.BinaryValue value) {
            return null;
        }

        @Override
        public AttributeValue.MapValue visitStringSet(AttributeValue.StringSetValue value) {
            return null;
        }

        @Override
        public AttributeValue.MapValue visitNumberSet(AttributeValue.NumberSetValue value) {
            return null;
        }

        @Override
        public AttributeValue.MapValue visitBinarySet(AttributeValue.BinarySetValue value) {
            return null;
        }

        @Override
        public AttributeValue.MapValue visitMap(AttributeValue.MapValue value) {
            return value;
        }

        @Override
        public AttributeValue.MapValue visitList(AttributeValue.ListValue value) {
            return null;
        }

        @Override
        public AttributeValue.MapValue visitNull(AttributeValue.NullValue value) {
            return null;
        }

        @Override
        public AttributeValue.MapValue visitBoolean(AttributeValue.BooleanValue value) {
            return null;
        }
    };

    private static final AttributeValue.Visitor<AttributeValue.ListValue> LIST = new AttributeValue.Visitor<>() {
        @Override
        public AttributeValue.ListValue visitString(AttributeValue.StringValue value) {
            return null;
        }

        @Override
        public AttributeValue.ListValue visitNumber(AttributeValue.NumberValue value) {
            return null;
        }

        @Override
        public AttributeValue.ListValue visitBinary(AttributeValue.BinaryValue value) {
            return null;
        }

        @Override
        public AttributeValue.ListValue visitStringSet(AttributeValue.StringSetValue value) {
            return null;
        }

        @Override
        public AttributeValue.ListValue visitNumberSet(AttributeValue.NumberSetValue value) {
            return null;
        }

        @Override
        public AttributeValue.ListValue visitBinarySet(AttributeValue.BinarySetValue value) {
            return null;
        }

        @Override
        public AttributeValue.ListValue visitMap(AttributeValue.MapValue value) {
            return null;
        }

        @Override
        public AttributeValue.ListValue visitList(AttributeValue.ListValue value) {
            return value;
        }

        @Override
        public AttributeValue.ListValue visitNull(AttributeValue.NullValue value) {
            return null;
        }

        @Override
        public AttributeValue.ListValue visitBoolean(AttributeValue.BooleanValue value) {
            return null;
        }
    };

    private CollectionViews() {}

    /** {@code value} as an SS, or null when it is not one. */
    public static AttributeValue.StringSetValue stringSet(AttributeValue value) {
        return value.accept(STRING_SET);
    }

    /** {@code value} as an NS, or null when it is not one. */
    public static AttributeValue.NumberSetValue numberSet(AttributeValue value) {
        return value.accept(NUMBER_SET);
    }

    /** {@code value} as a BS, or null when it is not one. */
    public static AttributeValue.BinarySetValue binarySet(AttributeValue value) {
        return value.accept(BINARY_SET);
    }

    /** {@code value} as an M, or null when it is not one. */
    public static AttributeValue.MapValue map(AttributeValue value) {
        return value.accept(MAP);
    }

    /** {@code value} as an L, or null when it is not one. */
    public static AttributeValue.ListValue list(AttributeValue value) {
        return value.accept(LIST);
    }
}
