package io.tabletheory.server.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a request body into a small JSON tree with Jackson's streaming parser: objects become {@code Map<String,
 * Object>} (member order kept), arrays {@code List<Object>}, strings {@code String}, numbers {@link JsonNumber} (so
 * that a number sent where DynamoDB wants a string can be refused as DynamoDB refuses it), booleans {@code Boolean}
 * and {@code null} {@link #NULL}. Malformed JSON, duplicate members and trailing content are a {@code
 * SerializationException}. {@link WireObject} gives typed, path-aware access to the tree.
 *
 * <p>Work is proportional to the body: values nest at most {@link #MAX_DEPTH} levels (a 32-level DynamoDB item needs
 * about 70), deeper bodies are a {@code SerializationException} before the stack is at risk; member names may be as
 * long as the body (DynamoDB's own limit on attribute names, 64 KB, is the emulator's to check and answer).
 */
public final class JsonTree {
    /** JSON {@code null}; DynamoDB treats a member set to null as absent. */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /** A JSON number, kept as its text; {@code integral} is false for a fraction or an exponent. */
    public record JsonNumber(String text, boolean integral) {}

    /** The deepest nesting of JSON objects and arrays read. */
    public static final int MAX_DEPTH = 1000;

    private static final Pattern JACKSON_SETTING = Pattern.compile(", from `[^`]*`\\)");

    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Jackson's own limits sit above the server's: the body limit bounds names, and read() bounds depth.
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNameLength(Integer.MAX_VALUE)
                    .maxNestingDepth(MAX_DEPTH + 1)
                    .build())
            .build();

    private JsonTree() {}

    /** The body's top-level object. */
    public static WireObject parseObject(byte[] body) {
        Object root = parse(body);
        if (!(root instanceof Map)) {
            throw WireException.serialization("The request body must be a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> members = (Map<String, Object>) root;
        return new WireObject(members, "");
    }

    /** Any JSON value. */
    public static Object parse(byte[] body) {
        try (JsonParser parser = FACTORY.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw WireException.serialization("The request body is empty; it must be a JSON object");
            }
            Object value = read(parser, first, 0);
            if (parser.nextToken() != null) {
                // A byte source has no character offsets (getCharOffset is -1); line and column it has.
                throw WireException.serialization("Unexpected content after the JSON value (at line "
                        + parser.currentTokenLocation().getLineNr() + ", column "
                        + parser.currentTokenLocation().getColumnNr() + ")");
            }
            return value;
        } catch (JsonProcessingException malformed) {
            JsonLocation location = malformed.getLocation();
            // Jackson names its own settings in a limit's message ("..., from `StreamReadConstraints...`)"): drop that.
            throw WireException.serialization("Malformed JSON: "
                    + JACKSON_SETTING.matcher(malformed.getOriginalMessage()).replaceAll(")")
                    + (location == null
                            ? ""
                            : " (at line " + location.getLineNr() + ", column " + location.getColumnNr() + ")"));
        } catch (IOException unreadable) {
            throw WireException.serialization("Unreadable request body: " + unreadable.getMessage());
        }
    }

    /**
     * A parser over {@code stream} with the settings of {@link #parse} (duplicate members refused), for files read a
     * value at a time; the caller closes it.
     */
    public static JsonParser parser(java.io.InputStream stream) throws IOException {
        return FACTORY.createParser(stream);
    }

    /** The value starting at {@code token}, the parser's current token, as {@link #parse} builds it. */
    public static Object readValue(JsonParser parser, JsonToken token) throws IOException {
        return read(parser, token, 0);
    }

    private static Object read(JsonParser parser, JsonToken token, int depth) throws IOException {
        if (depth >= MAX_DEPTH && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
            throw WireException.serialization("The request body nests JSON objects and arrays more than " + MAX_DEPTH
                    + " levels deep (at line " + parser.currentTokenLocation().getLineNr() + ", column "
                    + parser.currentTokenLocation().getColumnNr() + ")");
        }
        switch (token) {
            case START_OBJECT:
                Map<String, Object> members = new LinkedHashMap<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                    String name = parser.currentName();
                    members.put(name, read(parser, parser.nextToken(), depth + 1));
                }
                return members;
            case START_ARRAY:
                List<Object> elements = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    elements.add(read(parser, next, depth + 1));
                }
                return elements;
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return new JsonNumber(parser.getText(), true);
            case VALUE_NUMBER_FLOAT:
                return new JsonNumber(parser.getText(), false);
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return NULL;
            default:
                throw WireException.serialization("Unexpected JSON token " + token);
        }
    }
}
