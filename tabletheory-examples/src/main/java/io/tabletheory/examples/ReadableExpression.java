package io.tabletheory.examples;

import io.tabletheory.api.value.AttributeValue;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expressions as a reader wants them in the demo's trace: {@code #n0} placeholders replaced by the attribute names
 * and {@code :v0} placeholders by their values ({@code SET nickname = "ada", updatedAt = "2026-..."}), strings
 * quoted, numbers bare. For reading only: the requests sent keep their placeholders.
 */
final class ReadableExpression {
    private static final Pattern PLACEHOLDER = Pattern.compile("[#:][A-Za-z0-9_]+");

    private ReadableExpression() {}

    /** The expression with its placeholders resolved; empty when there is no expression. */
    static Optional<String> of(
            Optional<String> expression, Map<String, String> names, Map<String, AttributeValue> values) {
        return expression.map(text -> resolve(text, names, values));
    }

    private static String resolve(String text, Map<String, String> names, Map<String, AttributeValue> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder readable = new StringBuilder();
        while (matcher.find()) {
            String placeholder = matcher.group();
            String replacement = placeholder.startsWith("#")
                    ? names.getOrDefault(placeholder, placeholder)
                    : Optional.ofNullable(values.get(placeholder))
                            .map(ReadableExpression::value)
                            .orElse(placeholder);
            matcher.appendReplacement(readable, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(readable);
        return readable.toString();
    }

    private static String value(AttributeValue value) {
        return value.accept(new AttributeValue.Visitor<String>() {
            @Override
            public String visitString(AttributeValue.StringValue text) {
                return "\"" + text.value() + "\"";
            }

            @Override
            public String visitNumber(AttributeValue.NumberValue number) {
                return number.value();
            }

            @Override
            public String visitBinary(AttributeValue.BinaryValue binary) {
                return binary.toString();
            }

            @Override
            public String visitStringSet(AttributeValue.StringSetValue set) {
                return set.toString();
            }

            @Override
            public String visitNumberSet(AttributeValue.NumberSetValue set) {
                return set.toString();
            }

            @Override
            public String visitBinarySet(AttributeValue.BinarySetValue set) {
                return set.toString();
            }

            @Override
            public String visitMap(AttributeValue.MapValue map) {
                return map.toString();
            }

            @Override
            public String visitList(AttributeValue.ListValue list) {
                return list.toString();
            }

            @Override
            public String visitNull(AttributeValue.NullValue nothing) {
                return "null";
            }

            @Override
            public String visitBoolean(AttributeValue.BooleanValue flag) {
                return String.valueOf(flag.value());
            }
        });
    }
}
