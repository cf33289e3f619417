package io.tabletheory.engine.internal.value;

import io.tabletheory.api.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Renders a primary key for messages (condition failures, reads that found nothing): {@code {id="u1", sk="PROFILE"}}, numbers bare, binary as hex. */
public final class KeyText {
    private KeyText() {}

    public static String of(Map<String, AttributeValue> key) {
        StringJoiner joiner = new StringJoiner(", ", "{", "}");
        key.forEach((name, value) -> joiner.add(name + "=" + scalar(value)));
        return joiner.toString();
    }

    /** Operand values for messages: {@code "u1"}, {@code 3}, or {@code ["a", "b"]} for several. */
    public static String values(List<AttributeValue> values) {
        if (values.size() == 1) {
            return scalar(values.get(0));
        }
        StringJoiner joiner = new StringJoiner(", ", "[", "]");
        values.forEach(value -> joiner.add(scalar(value)));
        return joiner.toString();
    }

    private static String scalar(AttributeValue value) {
        return value.accept(SCALAR);
    }

    /** A string quoted, a number bare, binary as hex; any other kind as DynamoDB JSON. */
    private static final AttributeValue.Visitor<String> SCALAR = new AttributeValue.Visitor<>() {
        @Override
        public String visitString(AttributeValue.StringValue value) {
            return "\"" + value.value() + "\"";
        }

        @Override
        public String visitNumber(AttributeValue.NumberValue value) {
            return value.value();
        }

        @Override
        public String visitBinary(AttributeValue.BinaryValue value) {
            return "0x" + value.toHex();
        }

        @Override
        public String visitStringSet(AttributeValue.StringSetValue value) {
            return value.toString();
        }

        @Override
        public String visitNumberSet(AttributeValue.NumberSetValue value) {
            return value.toString();
        }

        @Override
        public String visitBinarySet(AttributeValue.BinarySetValue value) {
            return value.toString();
        }

        @Override
        public String visitMap(AttributeValue.MapValue value) {
            return value.toString();
        }

        @Override
        public String visitList(AttributeValue.ListValue value) {
            return value.toString();
        }

        @Override
        public String visitNull(AttributeValue.NullValue value) {
            return value.toString();
        }

        @Override
        public String visitBoolean(AttributeValue.BooleanValue value) {
            return value.toString();
        }
    };
}
