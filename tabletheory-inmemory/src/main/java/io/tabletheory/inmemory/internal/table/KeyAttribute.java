package io.tabletheory.inmemory.internal.table;

import io.tabletheory.api.table.ScalarAttributeType;
import java.util.Objects;

/**
 * One attribute of a table's primary key with its declared type; part of {@link KeySchema}.
 *
 * @param name the attribute name
 * @param type S, N or B
 */
public record KeyAttribute(String name, ScalarAttributeType type) {
    public KeyAttribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
