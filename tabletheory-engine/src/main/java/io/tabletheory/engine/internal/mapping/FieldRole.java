package io.tabletheory.engine.internal.mapping;

/** The special meanings a model field can have, from its annotations. */
public enum FieldRole {
    PARTITION_KEY("@PartitionKey"),
    SORT_KEY("@SortKey"),
    VERSION("@Version"),
    CREATED_AT("@CreatedAt"),
    UPDATED_AT("@UpdatedAt"),
    TTL("@Ttl");

    private final String annotation;

    FieldRole(String annotation) {
        this.annotation = annotation;
    }

    /** The annotation that gives the role, for error messages. */
    public String annotation() {
        return annotation;
    }
}
