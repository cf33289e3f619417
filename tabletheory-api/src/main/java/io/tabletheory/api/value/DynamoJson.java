package io.tabletheory.api.value;

import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Renders attribute values as compact DynamoDB JSON ({@code {"S":"x"}}, map keys sorted, binary as standard
 * base64) for {@link AttributeValue#toString()}.
 *
 * <p>One of the repository's three DynamoDB-JSON codecs, each for a need the others cannot serve: this one only
 * writes, for diagnostics, with no dependency (the api has none); the engine's cursor codec reads and writes the
 * exact byte layout the other TableTheory SDKs put in cursors; the server's wire codec streams requests and
 * responses through Jackson, with DynamoDB's error for every malformed member.
 */
final class DynamoJson implements AttributeValue.Visitor<StringBuilder> {
    private final StringBuilder out;

    private DynamoJson(StringBuilder out) {
        this.out = out;
    }

    /** The value as compact DynamoDB JSON. */
    static String render(AttributeValue value) {
        StringBuilder out = new StringBuilder();
        new DynamoJson(out).write(value);
        return out.toString();
    }

    private void write(AttributeValue value) {
        out.append("{\"").append(value.type().name()).append("\":");
        value.accept(this);
        out.append('}');
    }

    @Override
    public StringBuilder visitString(AttributeValue.StringValue value) {
        return quote(value.value());
    }

    @Override
    public StringBuilder visitNumber(AttributeValue.NumberValue value) {
        return quote(value.value());
    }

    @Override
    public StringBuilder visitBinary(AttributeValue.BinaryValue value) {
        return quote(base64(value));
    }

    @Override
    public StringBuilder visitStringSet(AttributeValue.StringSetValue value) {
        return array(value.values(), (element, json) -> json.quote(element));
    }

    @Override
    public StringBuilder visitNumberSet(AttributeValue.NumberSetValue value) {
        return array(value.values(), (element, json) -> json.quote(element.value()));
    }

    @Override
    public StringBuilder visitBinarySet(AttributeValue.BinarySetValue value) {
        return array(value.values(), (element, json) -> json.quote(base64(element)));
    }

    @Override
    public StringBuilder visitMap(AttributeValue.MapValue value) {
        out.append('{');
        String separator = "";
        for (Map.Entry<String, AttributeValue> entry : new TreeMap<>(value.values()).entrySet()) {
            out.append(separator);
            quote(entry.getKey());
            out.append(':');
            write(entry.getValue());
            separator = ",";
        }
        return out.append('}');
    }

    @Override
    public StringBuilder visitList(AttributeValue.ListValue value) {
        return array(value.values(), (element, json) -> json.write(element));
    }

    @Override
    public StringBuilder visitNull(AttributeValue.NullValue value) {
        return out.append("true");
    }

    @Override
    public StringBuilder visitBoolean(AttributeValue.BooleanValue value) {
        return out.append(value.value());
    }

    private <T> StringBuilder array(Collection<T> elements, BiConsumer<T, DynamoJson> writeElement) {
        out.append('[');
        String separator = "";
        for (T element : elements) {
            out.append(separator);
            writeElement.accept(element, this);
            separator = ",";
        }
        return out.append(']');
    }

    private static String base64(AttributeValue.BinaryValue binary) {
        return Base64.getEncoder().encodeToString(binary.value());
    }

    /** Appends {@code text} as a JSON string literal. */
    private StringBuilder quote(String text) {
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
        return out.append('"');
    }
}
