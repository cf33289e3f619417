package io.tabletheory.lambda;

import io.tabletheory.annotation.PartitionKey;
import io.tabletheory.annotation.Table;
import io.tabletheory.annotation.Version;

/** The tests' model: its table is named by the environment, as CDK and SAM do per stage. */
@Table(nameFromEnv = "NOTES_TABLE")
public record Note(@PartitionKey String id, String body, @Version long version) {}
