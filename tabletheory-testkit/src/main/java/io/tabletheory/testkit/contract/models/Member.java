package io.tabletheory.testkit.contract.models;

import io.tabletheory.annotation.CreatedAt;
import io.tabletheory.annotation.IndexPartitionKey;
import io.tabletheory.annotation.OmitEmpty;
import io.tabletheory.annotation.PartitionKey;
import io.tabletheory.annotation.SortKey;
import io.tabletheory.annotation.Table;
import io.tabletheory.annotation.Ttl;
import io.tabletheory.annotation.UpdatedAt;
import io.tabletheory.annotation.Version;
import java.time.Instant;
import java.util.Set;

/** The contract's record model: keys, a global index, omit-empty, a set, version, timestamps and TTL. */
@Table("tt-contract-members")
public record Member(
        @PartitionKey String id,
        @SortKey String sk,
        @IndexPartitionKey("email-index") String email,
        @OmitEmpty String nickname,
        Set<String> tags,
        @Version long version,
        @CreatedAt Instant createdAt,
        @UpdatedAt Instant updatedAt,
        @Ttl Long expiresAt) {

    /** A member with a key and email and nothing else. */
    public static Member of(String id, String email) {
        return new Member(id, "PROFILE", email, null, Set.of(), 0, null, null, null);
    }
}
