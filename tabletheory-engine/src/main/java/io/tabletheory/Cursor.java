package io.tabletheory;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.cursor.CursorCodec;
import io.tabletheory.engine.internal.cursor.DecodedCursor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The page cursor every TableTheory SDK (Go, TypeScript, Python, Java) writes and reads, for handing a read's
 * position from one service to another: {@link Page#nextCursor()} gives one, {@link Model#cursor} resumes from one.
 * The text is base64url, with {@code =} padding, of the compact JSON
 * {@code {"lastKey":{...},"index":"...","sort":"..."}}: {@code lastKey} in DynamoDB JSON with map keys sorted,
 * {@code index} and {@code sort} left out when empty. {@link #encode()} writes it byte for byte as the Go SDK does.
 *
 * <pre>{@code
 * String text = Cursor.of(Map.of("PK", AttributeValue.ofString("USER#1"))).withIndex("gsi-email").encode();
 * Cursor read = Cursor.decode(text).orElseThrow();   // read.lastKey(), read.index()
 * }</pre>
 *
 * @param lastKey the key of the last item read (DynamoDB's LastEvaluatedKey); not empty
 * @param index the index read, when one was named
 * @param sort the sort order as given ({@code "ASC"}, {@code "DESC"}), when one was
 */
public record Cursor(Map<String, AttributeValue> lastKey, Optional<String> index, Optional<String> sort) {
    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException when {@code lastKey} is empty
     */
    public Cursor {
        Objects.requireNonNull(lastKey, "lastKey");
        if (lastKey.isEmpty()) {
            throw new IllegalArgumentException("a cursor needs a non-empty lastKey; a read without a next page has"
                    + " no cursor (the empty string)");
        }
        lastKey = Collections.unmodifiableMap(new LinkedHashMap<>(lastKey));
        index = index == null ? Optional.empty() : index.filter(name -> !name.isEmpty());
        sort = sort == null ? Optional.empty() : sort.filter(order -> !order.isEmpty());
    }

    /** A cursor after {@code lastKey}, naming no index or order. */
    public static Cursor of(Map<String, AttributeValue> lastKey) {
        return new Cursor(lastKey, Optional.empty(), Optional.empty());
    }

    /** This cursor naming the index read. */
    public Cursor withIndex(String indexName) {
        return new Cursor(lastKey, Optional.of(indexName), sort);
    }

    /** This cursor naming the sort order. */
    public Cursor withSort(String order) {
        return new Cursor(lastKey, index, Optional.of(order));
    }

    /** The cursor text, byte for byte what the Go SDK's {@code EncodeCursor} writes for the same parts. */
    public String encode() {
        return CursorCodec.encode(lastKey, index, sort);
    }

    /**
     * The cursor a text holds; empty for the empty string (no next page), as the other SDKs read it.
     *
     * @throws IllegalArgumentException when the text is not a TableTheory cursor, saying what is wrong
     */
    public static Optional<Cursor> decode(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            return Optional.empty();
        }
        DecodedCursor decoded = CursorCodec.decode(text);
        return Optional.of(new Cursor(decoded.lastKey(), decoded.index(), decoded.sort()));
    }
}
