package io.tabletheory.api.table;

import java.util.Objects;

/**
 * A tag on a table: a key and a value. DynamoDB allows at most 50 tags per table, keys of 1 to 128 and values of 0
 * to 256 Unicode characters from letters, digits, white space and {@code + - = . _ : /}, and reserves keys starting
 * with {@code aws:}; backends check these limits and answer {@code ValidationException}.
 *
 * @param key the tag's key, unique on its table
 * @param value the tag's value, possibly empty
 */
public record Tag(String key, String value) {
    public Tag {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }
}
