package io.tabletheory.examples.lambda;

import io.tabletheory.annotation.CreatedAt;
import io.tabletheory.annotation.OmitEmpty;
import io.tabletheory.annotation.PartitionKey;
import io.tabletheory.annotation.SortKey;
import io.tabletheory.annotation.Table;
import io.tabletheory.annotation.UpdatedAt;
import io.tabletheory.annotation.Version;
import java.time.Instant;

/**
 * The Lambda example's model: a note of a user. Its table is named per stage by the deployment (CDK or SAM sets
 * {@code NOTES_TABLE}), so the same code runs in every stage.
 */
@Table(nameFromEnv = "NOTES_TABLE")
public record Note(
        @PartitionKey String userId,
        @SortKey String noteId,
        @OmitEmpty String body,
        @Version long version,
        @CreatedAt Instant createdAt,
        @UpdatedAt Instant updatedAt) {}
