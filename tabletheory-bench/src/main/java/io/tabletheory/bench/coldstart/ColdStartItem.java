package io.tabletheory.bench.coldstart;

import io.tabletheory.annotation.PartitionKey;
import io.tabletheory.annotation.Table;

/** TableTheory's model of the item every contender writes: {@code pk} (S), {@code name} (S), {@code count} (N). */
@Table(Report.TABLE)
public record ColdStartItem(@PartitionKey String pk, String name, long count) {}
