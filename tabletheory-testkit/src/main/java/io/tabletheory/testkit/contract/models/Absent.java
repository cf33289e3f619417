package io.tabletheory.testkit.contract.models;

import io.tabletheory.annotation.PartitionKey;
import io.tabletheory.annotation.Table;
import io.tabletheory.annotation.Version;

/** A model whose table no contract creates: every call on it meets a missing table. */
@Table("tt-contract-absent")
public record Absent(@PartitionKey String id, String note, @Version long version) {

    /** An item of the missing table. */
    public static Absent of(String id) {
        return new Absent(id, "never stored", 0);
    }
}
