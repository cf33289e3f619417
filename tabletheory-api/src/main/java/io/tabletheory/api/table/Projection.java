package io.tabletheory.api.table;

import java.util.List;
import java.util.Objects;

/**
 * The attributes a secondary index holds.
 *
 * @param projectionType ALL, KEYS_ONLY or INCLUDE
 * @param nonKeyAttributes the non-key attributes an INCLUDE projection adds; empty otherwise
 */
public record Projection(ProjectionType projectionType, List<String> nonKeyAttributes) {
    public Projection {
        Objects.requireNonNull(projectionType, "projectionType");
        nonKeyAttributes = nonKeyAttributes == null ? List.of() : List.copyOf(nonKeyAttributes);
    }

    /** Every attribute. */
    public static Projection all() {
        return new Projection(ProjectionType.ALL, List.of());
    }

    /** Only key attributes. */
    public static Projection keysOnly() {
        return new Projection(ProjectionType.KEYS_ONLY, List.of());
    }

    /** Key attributes plus these. */
    public static Projection include(List<String> nonKeyAttributes) {
        return new Projection(ProjectionType.INCLUDE, nonKeyAttributes);
    }
}
