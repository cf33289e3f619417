package io.tabletheory.inmemory.internal.table;

import io.tabletheory.api.table.BillingMode;
import io.tabletheory.api.table.ProvisionedThroughput;
import io.tabletheory.api.table.StreamSpecification;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Table} is beyond its keys and indexes, as CreateTable and UpdateTable set it and DescribeTable reports
 * it: when it was created, how it is billed, its provisioned throughput and its stream. A value: UpdateTable replaces
 * it whole.
 *
 * @param created the table's creation time, from the emulator's clock
 * @param billingMode how it is billed
 * @param provisionedThroughput its throughput when PROVISIONED
 * @param indexThroughput the throughput of global indexes given their own (by UpdateTable); the others have the
 *     table's
 * @param streamSpecification its stream setting; empty when it never had a stream
 * @param streamLabel the label of its latest stream (the time it was enabled); empty when it never had one
 */
public record TableSettings(
        Instant created,
        BillingMode billingMode,
        Optional<ProvisionedThroughput> provisionedThroughput,
        Map<String, ProvisionedThroughput> indexThroughput,
        Optional<StreamSpecification> streamSpecification,
        Optional<String> streamLabel) {
    public TableSettings {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(billingMode, "billingMode");
        Objects.requireNonNull(provisionedThroughput, "provisionedThroughput");
        indexThroughput = Map.copyOf(indexThroughput);
        Objects.requireNonNull(streamSpecification, "streamSpecification");
        Objects.requireNonNull(streamLabel, "streamLabel");
    }

    /** The throughput of global index {@code indexName}: its own, else the table's. */
    public Optional<ProvisionedThroughput> indexThroughput(String indexName) {
        return provisionedThroughput.map(table -> indexThroughput.getOrDefault(indexName, table));
    }
}
