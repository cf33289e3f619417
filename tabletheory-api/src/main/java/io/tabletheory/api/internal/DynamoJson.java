package io.tabletheory.api.internal;

import io.tabletheory.api.value.AttributeValue;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders attribute values as compact DynamoDB JSON ({@code {"S":"x"}}, map keys sorted, binary as standard
 * base64), for {@code toString()} and diagnostics. Internal to tabletheory-api.
 */
public final class DynamoJson {
    private DynamoJson() {}

    /** The value as compact DynamoDB JSON. */
    public static String render(AttributeValue value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    /** An item (attribute name to value) as a compact DynamoDB JSON object with sorted keys. */
    public static String renderItem(Map<String, AttributeValue> item) {
        StringBuilder out = new StringBuilder();
        writeMap(item, out);
        return out.toString();
    }

    private static void write(AttributeValue value, StringBuilder out) {
        out.append("{\"").append(value.type().name()).append("\":");
        switch (value.type()) {
            case S -> quote(((AttributeValue.StringValue) value).value(), out);
            case N -> quote(((AttributeValue.NumberValue) value).value(), out);
            case B -> quote(base64((AttributeValue.BinaryValue) value), out);
            case BOOL -> out.append(((AttributeValue.BooleanValue) value).value());
            case NULL -> out.append("true");
            case SS -> {
                out.append('[');
                String separator = "";
                for (String element : ((AttributeValue.StringSetValue) value).values()) {
                    out.append(separator);
                    quote(element, out);
                    separator = ",";
                }
                out.append(']');
            }
            case NS -> {
                out.append('[');
                String separator = "";
                for (AttributeValue.NumberValue element : ((AttributeValue.NumberSetValue) value).values()) {
                    out.append(separator);
                    quote(element.value(), out);
                    separator = ",";
                }
                out.append(']');
            }
            case BS -> {
                out.append('[');
                String separator = "";
                for (AttributeValue.BinaryValue element : ((AttributeValue.BinarySetValue) value).values()) {
                    out.append(separator);
                    quote(base64(element), out);
                    separator = ",";
                }
                out.append(']');
            }
            case L -> {
                out.append('[');
                String separator = "";
                for (AttributeValue element : ((AttributeValue.ListValue) value).values()) {
                    out.append(separator);
                    write(element, out);
                    separator = ",";
                }
                out.append(']');
            }
            case M -> writeMap(((AttributeValue.MapValue) value).values(), out);
        }
        out.append('}');
    }

    private static String base64(AttributeValue.BinaryValue binary) {
        return Base64.getEncoder().encodeToString(binary.value());
    }

    private static void writeMap(Map<String, AttributeValue> map, StringBuilder out) {
        out.append('{');
        String separator = "";
        for (Map.Entry<String, AttributeValue> entry : new TreeMap<>(map).entrySet()) {
            out.append(separator);
            quote(entry.getKey(), out);
            out.append(':');
            write(entry.getValue(), out);
            separator = ",";
        }
        out.append('}');
    }

    /** Appends {@code text} as a JSON string literal. */
    public static void quote(String text, StringBuilder out) {
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
    }
}
