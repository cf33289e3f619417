package io.tabletheory.docs.lambda;

import io.tabletheory.annotation.CreatedAt;
import io.tabletheory.annotation.OmitEmpty;
import io.tabletheory.annotation.PartitionKey;
import io.tabletheory.annotation.SortKey;
import io.tabletheory.annotation.Table;
import io.tabletheory.annotation.UpdatedAt;
import io.tabletheory.annotation.Version;
import java.time.Instant;

// tag::lambda-note[]
@Table(nameFromEnv = "TABLE_NAME")   // CDK or SAM sets it per stage
public record Note(@PartitionKey String userId, @SortKey String noteId, @OmitEmpty String body,
        @Version long version, @CreatedAt Instant createdAt, @UpdatedAt Instant updatedAt) {}
// end::lambda-note[]
