package io.tabletheory.inmemory.internal.expr.eval;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.item.ScalarViews;
import java.util.Optional;

/**
 * The condition functions that look inside values, as DynamoDB defines them: {@code size} (the length of S in
 * UTF-16 code units, bytes of B, elements of sets, lists and maps), {@code begins_with} (S on S, B on B) and {@code
 * contains} (substrings of S and B, membership in sets and lists). Used by {@link ConditionEvaluator} and the sort
 * key's {@code begins_with}; each dispatches through a visitor over the value, so a new value type must say here what
 * the functions mean for it.
 */
final class ValueFunctions {
    private static final AttributeValue.Visitor<Optional<AttributeValue>> SIZE = new AttributeValue.Visitor<>() {
        @Override
        public Optional<AttributeValue> visitString(AttributeValue.StringValue value) {
            return size(value.value().length());
        }

        @Override
        public Optional<AttributeValue> visitNumber(AttributeValue.NumberValue value) {
            return Optional.empty();
        }

        @Override
        public Optional<AttributeValue> visitBinary(AttributeValue.BinaryValue value) {
            return size(value.length());
        }

        @Override
        public Optional<AttributeValue> visitStringSet(AttributeValue.StringSetValue value) {
            return size(value.values().size());
        }

        @Override
        public Optional<AttributeValue> visitNumberSet(AttributeValue.NumberSetValue value) {
            return size(value.values().size());
        }

        @Override
        public Optional<AttributeValue> visitBinarySet(AttributeValue.BinarySetValue value) {
            return size(value.values().size());
        }

        @Override
        public Optional<AttributeValue> visitMap(AttributeValue.MapValue value) {
            return size(value.values().size());
        }

        @Override
        public Optional<AttributeValue> visitList(AttributeValue.ListValue value) {
            return size(value.values().size());
        }

        @Override
        public Optional<AttributeValue> visitNull(AttributeValue.NullValue value) {
            return Optional.empty();
        }

        @Override
        public Optional<AttributeValue> visitBoolean(AttributeValue.BooleanValue value) {
            return Optional.empty();
        }

        private Optional<AttributeValue> size(long size) {
            return Optional.of(AttributeValue.ofNumber(size));
        }
    };

    private ValueFunctions() {}

    /** {@code size(value)}: a number, or empty when the value's type has no size. */
    static Optional<AttributeValue> size(AttributeValue value) {
        return value.accept(SIZE);
    }

    /** {@code begins_with(subject, prefix)}: both S or both B, the subject starting with the prefix. */
    static boolean beginsWith(AttributeValue subject, AttributeValue prefix) {
        AttributeValue.StringValue string = ScalarViews.string(subject);
        AttributeValue.StringValue stringPrefix = ScalarViews.string(prefix);
        if (string != null && stringPrefix != null) {
            return string.value().startsWith(stringPrefix.value());
        }
        AttributeValue.BinaryValue binary = ScalarViews.binary(subject);
        AttributeValue.BinaryValue binaryPrefix = ScalarViews.binary(prefix);
        if (binary != null && binaryPrefix != null) {
            if (binary.length() < binaryPrefix.length()) {
                return false;
            }
            for (int i = 0; i < binaryPrefix.length(); i++) {
                if (binary.byteAt(i) != binaryPrefix.byteAt(i)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** {@code contains(subject, operand)}. */
    static boolean contains(AttributeValue subject, AttributeValue operand) {
        return subject.accept(new Contains(operand));
    }

    /** The first offset of {@code part} in {@code whole}, or -1. */
    private static int indexOf(AttributeValue.BinaryValue whole, AttributeValue.BinaryValue part) {
        outer:
        for (int start = 0; start + part.length() <= whole.length(); start++) {
            for (int i = 0; i < part.length(); i++) {
                if (whole.byteAt(start + i) != part.byteAt(i)) {
                    continue outer;
                }
            }
            return start;
        }
        return -1;
    }

    /** Whether the visited subject contains {@code operand}. */
    private record Contains(AttributeValue operand) implements AttributeValue.Visitor<Boolean> {
        @Override
        public Boolean visitString(AttributeValue.StringValue subject) {
            AttributeValue.StringValue part = ScalarViews.string(operand);
            return part != null && subject.value().contains(part.value());
        }

        @Override
        public Boolean visitNumber(AttributeValue.NumberValue subject) {
            return false;
        }

        @Override
        public Boolean visitBinary(AttributeValue.BinaryValue subject) {
            AttributeValue.BinaryValue part = ScalarViews.binary(operand);
            return part != null && indexOf(subject, part) >= 0;
        }

        @Override
        public Boolean visitStringSet(AttributeValue.StringSetValue subject) {
            AttributeValue.StringValue element = ScalarViews.string(operand);
            return element != null && subject.values().contains(element.value());
        }

        @Override
        public Boolean visitNumberSet(AttributeValue.NumberSetValue subject) {
            return subject.values().contains(operand);
        }

        @Override
        public Boolean visitBinarySet(AttributeValue.BinarySetValue subject) {
            return subject.values().contains(operand);
        }

        @Override
        public Boolean visitMap(AttributeValue.MapValue subject) {
            return false;
        }

        @Override
        public Boolean visitList(AttributeValue.ListValue subject) {
            return subject.values().contains(operand);
        }

        @Override
        public Boolean visitNull(AttributeValue.NullValue subject) {
            return false;
        }

        @Override
        public Boolean visitBoolean(AttributeValue.BooleanValue subject) {
            return false;
        }
    }
}
