package com.example;

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
import java.util.List;
import java.util.Set;

/** The README's model ("A model"), as a consumer writes it. */
// tag::model[]
@Table("users")
public record User(
        @PartitionKey String id,
        @SortKey String sk,
        @IndexPartitionKey("email-index") String email,
        @OmitEmpty String nickname,            // not written when null or empty
        @OmitEmpty Set<String> tags,           // a string set; empty: left out (without @OmitEmpty: NULL)
        String status,                         // any other field maps by its Java name
        long logins,
        List<String> history,
        @Version long version,                 // 0 on create; deletes are checked against it
        @CreatedAt Instant createdAt,          // set on create
        @UpdatedAt Instant updatedAt,          // set on create and on every update
        @Ttl Long expiresAt) {}                // epoch seconds; createTable turns TTL on for it
// end::model[]
