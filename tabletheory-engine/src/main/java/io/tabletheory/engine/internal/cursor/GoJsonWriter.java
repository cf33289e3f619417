package io.tabletheory.engine.internal.cursor;

import io.tabletheory.api.value.AttributeValue;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes compact JSON byte for byte as Go's {@code encoding/json} does, which is what the other TableTheory SDKs'
 * cursors are: map keys sorted by their UTF-8 bytes, {@code <}, {@code >}, {@code &}, U+2028 and U+2029 escaped as
 * {@code \u003c} and so on, attribute values in DynamoDB JSON with binary as standard base64.
 */
final class GoJsonWriter {
    private static final Comparator<String> UTF8_ORDER = (left, right) ->
            Arrays.compareUnsigned(left.getBytes(StandardCharsets.UTF_8), right.getBytes(StandardCharsets.UTF_8));

    private final StringBuilder out = new StringBuilder();

    String result() {
        return out.toString();
    }

    GoJsonWriter raw(String text) {
        out.append(text);
        return this;
    }

    GoJsonWriter string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        return this;
    }

    GoJsonWriter item(Map<String, AttributeValue> item) {
        out.append('{');
        String separator = "";
        for (String name : item.keySet().stream().sorted(UTF8_ORDER).toList()) {
            out.append(separator);
            string(name).raw(":").value(item.get(name));
            separator = ",";
        }
        out.append('}');
        return this;
    }

    GoJsonWriter value(AttributeValue value) {
        out.append('{');
        string(value.type().name()).raw(":");
        value.accept(contents);
        out.append('}');
        return this;
    }

    /** Writes the part of a value inside its type: {@code "x"}, {@code true}, {@code ["a","b"]}, ... */
    private final AttributeValue.Visitor<Void> contents = new AttributeValue.Visitor<>() {
        @Override
        public Void visitString(AttributeValue.StringValue value) {
            string(value.value());
            return null;
        }

        @Override
        public Void visitNumber(AttributeValue.NumberValue value) {
            string(value.value());
            return null;
        }

        @Override
        public Void visitBinary(AttributeValue.BinaryValue value) {
            string(base64(value));
            return null;
        }

        @Override
        public Void visitStringSet(AttributeValue.StringSetValue value) {
            strings(List.copyOf(value.values()));
            return null;
        }

        @Override
        public Void visitNumberSet(AttributeValue.NumberSetValue value) {
            strings(value.values().stream()
                    .map(AttributeValue.NumberValue::value)
                    .toList());
            return null;
        }

        @Override
        public Void visitBinarySet(AttributeValue.BinarySetValue value) {
            strings(value.values().stream().map(GoJsonWriter::base64).toList());
            return null;
        }

        @Override
        public Void visitMap(AttributeValue.MapValue value) {
            item(value.values());
            return null;
        }

        @Override
        public Void visitList(AttributeValue.ListValue value) {
            out.append('[');
            String separator = "";
            for (AttributeValue element : value.values()) {
                out.append(separator);
                value(element);
                separator = ",";
            }
            out.append(']');
            return null;
        }

        @Override
        public Void visitNull(AttributeValue.NullValue value) {
            raw("true");
            return null;
        }

        @Override
        public Void visitBoolean(AttributeValue.BooleanValue value) {
            raw(Boolean.toString(value.value()));
            return null;
        }
    };

    private void strings(List<String> values) {
        out.append('[');
        String separator = "";
        for (String value : values) {
            out.append(separator);
            string(value);
            separator = ",";
        }
        out.append(']');
    }

    private static String base64(AttributeValue.BinaryValue binary) {
        return Base64.getEncoder().encodeToString(binary.value());
    }
}
