package io.tabletheory.engine.internal.cursor;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.json.DynamoJsonValues;
import io.tabletheory.engine.internal.json.JsonReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cross-language cursor of the TableTheory SDKs: base64url (with {@code =} padding) of the compact JSON
 * {@code {"lastKey":{...},"index":"...","sort":"ASC"}}, with {@code lastKey} in DynamoDB JSON, map keys sorted,
 * and {@code index}/{@code sort} omitted when empty. Encoding is byte for byte what the Go SDK writes; decoding
 * accepts what any of the SDKs write and rejects anything else with an {@link IllegalArgumentException} that says
 * what is wrong.
 *
 * <p>It is one of the repository's three DynamoDB JSON codecs and cannot be either of the others: it must reproduce
 * the Go SDK's exact cursor bytes (keys sorted by UTF-8 bytes, Go's HTML escaping, binary as standard base64),
 * which the api's {@code DynamoJson} (a {@code toString} renderer) does not promise, and the engine depends on
 * nothing but the api and slf4j, so the server's Jackson wire codec is out of its reach.
 */
public final class CursorCodec {
    /**
     * The longest cursor accepted, in characters. A cursor holds one last key: at most four key attributes (the
     * table's and an index's), of at most 2048 bytes each, so even escaped and encoded twice it stays far below this;
     * the check comes before any decoding, so a crafted cursor of megabytes costs nothing.
     */
    public static final int MAX_LENGTH = 65_536;

    private static final String PREFIX = "invalid cursor: ";

    private CursorCodec() {}

    /** The cursor for a page that ended at {@code lastKey}; the empty string when there is no next page. */
    public static String encode(Map<String, AttributeValue> lastKey, Optional<String> index, Optional<String> sort) {
        if (lastKey.isEmpty()) {
            return "";
        }
        GoJsonWriter json = new GoJsonWriter().raw("{\"lastKey\":").item(lastKey);
        index.filter(name -> !name.isEmpty())
                .ifPresent(name -> json.raw(",\"index\":").string(name));
        sort.filter(order -> !order.isEmpty())
                .ifPresent(order -> json.raw(",\"sort\":").string(order));
        json.raw("}");
        return Base64.getUrlEncoder().encodeToString(json.result().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The content of a cursor.
     *
     * @throws IllegalArgumentException when the text is not a TableTheory cursor, saying why (longer than {@link
     *     #MAX_LENGTH}, not base64url, not JSON, nested deeper than a cursor can be, not a cursor's members)
     */
    public static DecodedCursor decode(String cursor) {
        if (cursor.length() > MAX_LENGTH) {
            throw invalid("it is " + cursor.length() + " characters long, and a cursor has at most " + MAX_LENGTH);
        }
        String json;
        try {
            json = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw invalid("it is not base64url text (" + notBase64.getMessage() + ")");
        }
        Object parsed;
        try {
            parsed = JsonReader.parse(json);
        } catch (IllegalArgumentException notJson) {
            throw invalid("its content is not JSON: " + notJson.getMessage());
        }
        if (!(parsed instanceof Map<?, ?> object)) {
            throw invalid("its content is not a JSON object");
        }
        for (Object member : object.keySet()) {
            if (!List.of("lastKey", "index", "sort").contains(member)) {
                throw invalid("it has an unknown member \"" + member + "\"");
            }
        }
        if (!(object.get("lastKey") instanceof Map<?, ?> lastKey) || lastKey.isEmpty()) {
            throw invalid("it has no lastKey object");
        }
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        lastKey.forEach((name, value) ->
                key.put((String) name, DynamoJsonValues.attributeValue(value, "lastKey." + name, PREFIX)));
        return new DecodedCursor(key, optionalString(object, "index"), optionalString(object, "sort"));
    }

    private static Optional<String> optionalString(Map<?, ?> object, String member) {
        Object value = object.get(member);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            throw invalid("its " + member + " is not a string");
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static IllegalArgumentException invalid(String reason) {
        return new IllegalArgumentException(PREFIX + reason);
    }
}
