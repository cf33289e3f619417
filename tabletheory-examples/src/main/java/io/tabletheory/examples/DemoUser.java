package io.tabletheory.examples;

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

/** The demo's model: a user profile with an email index, tags, a login counter, a version, timestamps, an expiry. */
@Table("tabletheory-demo-users")
public record DemoUser(
        @PartitionKey String id,
        @SortKey String sk,
        @IndexPartitionKey("email-index") String email,
        @OmitEmpty String nickname,
        Set<String> tags,
        int logins,
        @Version long version,
        @CreatedAt Instant createdAt,
        @UpdatedAt Instant updatedAt,
        @Ttl Long expiresAt) {}
