package io.tabletheory.engine.internal.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON parser for cursors: objects become LinkedHashMaps, arrays Lists, strings Strings, numbers
 * BigDecimals, {@code true}/{@code false} Booleans and {@code null} null. Anything else, or trailing text, is an
 * {@link IllegalArgumentException} saying where. Work stays proportional to the text: values nest at most {@link
 * #MAX_DEPTH} deep (so no crafted text can exhaust the stack) and a number is at most {@link #MAX_NUMBER_LENGTH}
 * characters (a cursor holds numbers as DynamoDB JSON strings; a JSON number in one is never longer).
 */
public final class JsonReader {
    /** Deeper than any cursor: DynamoDB nests values 32 levels, two JSON levels each, inside two more. */
    public static final int MAX_DEPTH = 80;

    /** The longest JSON number read. */
    public static final int MAX_NUMBER_LENGTH = 64;

    private final String text;
    private int position;
    private int depth;

    private JsonReader(String text) {
        this.text = text;
    }

    public static Object parse(String text) {
        JsonReader reader = new JsonReader(text);
        Object value = reader.value();
        reader.whitespace();
        if (reader.position != text.length()) {
            throw reader.error("unexpected text after the JSON value");
        }
        return value;
    }

    private Object value() {
        whitespace();
        if (position >= text.length()) {
            throw error("unexpected end of JSON");
        }
        char c = text.charAt(position);
        return switch (c) {
            case '{' -> nested(true);
            case '[' -> nested(false);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Object nested(boolean isObject) {
        if (++depth > MAX_DEPTH) {
            throw error("values nested more than " + MAX_DEPTH + " deep");
        }
        Object value = isObject ? object() : array();
        depth--;
        return value;
    }

    private Map<String, Object> object() {
        position++;
        Map<String, Object> object = new LinkedHashMap<>();
        whitespace();
        if (peek('}')) {
            position++;
            return object;
        }
        while (true) {
            whitespace();
            if (!peek('"')) {
                throw error("expected a quoted member name");
            }
            String name = string();
            whitespace();
            expect(':');
            if (object.put(name, value()) != null) {
                throw error("duplicate member \"" + name + "\"");
            }
            whitespace();
            if (peek(',')) {
                position++;
            } else {
                expect('}');
                return object;
            }
        }
    }

    private List<Object> array() {
        position++;
        List<Object> array = new ArrayList<>();
        whitespace();
        if (peek(']')) {
            position++;
            return array;
        }
        while (true) {
            array.add(value());
            whitespace();
            if (peek(',')) {
                position++;
            } else {
                expect(']');
                return array;
            }
        }
    }

    private String string() {
        position++;
        StringBuilder out = new StringBuilder();
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw error("control character in a string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (position >= text.length()) {
                break;
            }
            char escaped = text.charAt(position++);
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (position + 4 > text.length()) {
                        throw error("truncated \\u escape");
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                    } catch (NumberFormatException e) {
                        throw error("invalid \\u escape");
                    }
                    position += 4;
                }
                default -> throw error("invalid escape \\" + escaped);
            }
        }
        throw error("unterminated string");
    }

    private BigDecimal number() {
        int start = position;
        while (position < text.length() && "+-0123456789.eE".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
        if (position - start > MAX_NUMBER_LENGTH) {
            position = start;
            throw error("a number longer than " + MAX_NUMBER_LENGTH + " characters");
        }
        try {
            return new BigDecimal(text.substring(start, position));
        } catch (NumberFormatException e) {
            position = start;
            throw error("unexpected character '" + text.charAt(start) + "'");
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, position)) {
            throw error("unexpected character '" + text.charAt(position) + "'");
        }
        position += word.length();
        return value;
    }

    private void whitespace() {
        while (position < text.length() && " \t\r\n".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
    }

    private boolean peek(char c) {
        return position < text.length() && text.charAt(position) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error("expected '" + c + "'");
        }
        position++;
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException(problem + " at offset " + position);
    }
}
