package io.tabletheory.engine.internal.condition;

import io.tabletheory.api.value.AttributeValue;
import java.util.Map;
import java.util.StringJoiner;

/** Renders a primary key for messages: {@code {id="u1", sk="PROFILE"}}, numbers bare, binary as hex. */
public final class KeyText {
    private KeyText() {}

    public static String of(Map<String, AttributeValue> key) {
        StringJoiner joiner = new StringJoiner(", ", "{", "}");
        key.forEach((name, value) -> joiner.add(name + "=" + scalar(value)));
        return joiner.toString();
    }

    /** Operand values for messages: {@code "u1"}, {@code 3}, or {@code ["a", "b"]} for several. */
    public static String values(java.util.List<AttributeValue> values) {
        if (values.size() == 1) {
            return scalar(values.get(0));
        }
        StringJoiner joiner = new StringJoiner(", ", "[", "]");
        values.forEach(value -> joiner.add(scalar(value)));
        return joiner.toString();
    }

    private static String scalar(AttributeValue value) {
        if (value instanceof AttributeValue.StringValue string) {
            return "\"" + string.value() + "\"";
        }
        if (value instanceof AttributeValue.NumberValue number) {
            return number.value();
        }
        if (value instanceof AttributeValue.BinaryValue binary) {
            return "0x" + binary.toHex();
        }
        return value.toString();
    }
}
