package io.tabletheory.guice;

import io.tabletheory.annotation.CreatedAt;
import io.tabletheory.annotation.PartitionKey;
import io.tabletheory.annotation.Table;
import java.time.Instant;

/** A small model for the module tests. */
@Table("guice-notes")
public record Note(@PartitionKey String id, String text, @CreatedAt Instant createdAt) {}
