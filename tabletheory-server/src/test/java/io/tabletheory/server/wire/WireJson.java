package io.tabletheory.server.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wire tests' JSON reader, on Jackson's streaming parser: objects become {@code Map<String, Object>}, arrays
 * {@code List<Object>}, strings {@code String}, numbers {@link BigDecimal} of their text (so {@code 1} and {@code
 * 1.0} differ, as their bytes do), booleans {@code Boolean} and {@code null} null. Tests compare a response body with the tree of an
 * expected JSON text, which ignores member order (as every DynamoDB client does) but nothing else, and write a
 * tree back as JSON to send part of a response in the next request.
 */
final class WireJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private WireJson() {}

    /** The tree of a JSON text. */
    static Object parse(String json) {
        return parse(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The tree of JSON bytes. */
    static Object parse(byte[] json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            Object value = read(parser, parser.nextToken());
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException(
                        "content after the JSON value: " + new String(json, StandardCharsets.UTF_8));
            }
            return value;
        } catch (IOException malformed) {
            throw new UncheckedIOException("not JSON: " + new String(json, StandardCharsets.UTF_8), malformed);
        }
    }

    /** A tree of the shapes {@link #parse} returns, as compact JSON text. */
    static String write(Object tree) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = FACTORY.createGenerator(bytes)) {
            write(tree, json);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static void write(Object tree, JsonGenerator json) throws IOException {
        if (tree instanceof Map) {
            json.writeStartObject();
            for (Map.Entry<String, Object> member : ((Map<String, Object>) tree).entrySet()) {
                json.writeFieldName(member.getKey());
                write(member.getValue(), json);
            }
            json.writeEndObject();
        } else if (tree instanceof List) {
            json.writeStartArray();
            for (Object element : (List<Object>) tree) {
                write(element, json);
            }
            json.writeEndArray();
        } else if (tree instanceof String) {
            json.writeString((String) tree);
        } else if (tree instanceof BigDecimal) {
            json.writeNumber((BigDecimal) tree);
        } else if (tree instanceof Boolean) {
            json.writeBoolean((Boolean) tree);
        } else if (tree == null) {
            json.writeNull();
        } else {
            throw new IllegalArgumentException("not a JSON tree: " + tree);
        }
    }

    private static Object read(JsonParser parser, JsonToken token) throws IOException {
        if (token == null) {
            throw new IllegalArgumentException("empty JSON");
        }
        switch (token) {
            case START_OBJECT:
                Map<String, Object> members = new LinkedHashMap<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                    String name = parser.currentName();
                    if (members.put(name, read(parser, parser.nextToken())) != null) {
                        throw new IllegalArgumentException("duplicate member " + name);
                    }
                }
                return members;
            case START_ARRAY:
                List<Object> elements = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    elements.add(read(parser, next));
                }
                return elements;
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new BigDecimal(parser.getText());
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IllegalArgumentException("unexpected JSON token " + token);
        }
    }
}
