package io.tabletheory.server.internal.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.request.PageResult;
import io.tabletheory.api.request.ScanRequest;
import io.tabletheory.api.table.ListTablesRequest;
import io.tabletheory.api.table.SecondaryIndex;
import io.tabletheory.api.table.TableDescription;
import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads whole stores for the snapshot tests: every table, every item, every index, following the pages. */
final class SnapshotStores {
    private SnapshotStores() {}

    /**
     * Asserts that {@code loaded} holds the same tables (definitions, billing, throughput, stream setting, sizes),
     * TTL settings, tags, items and index contents as {@code saved}. Creation times and stream labels are those of
     * the load: a loaded table is created again, and an enabled stream starts again.
     */
    static void assertSameContent(DynamoStore loaded, DynamoStore saved) {
        List<String> tableNames =
                saved.listTables(ListTablesRequest.firstPage()).tableNames();
        assertThat(loaded.listTables(ListTablesRequest.firstPage()).tableNames())
                .containsExactlyElementsOf(tableNames);
        for (String tableName : tableNames) {
            TableDescription description = saved.describeTable(tableName);
            assertThat(loaded.describeTable(tableName))
                    .usingRecursiveComparison()
                    .ignoringFields("creationDateTime", "latestStreamLabel")
                    .isEqualTo(description);
            String arn = description.tableArn().orElseThrow();
            assertThat(loaded.listTagsOfResource(arn)).isEqualTo(saved.listTagsOfResource(arn));
            assertThat(loaded.describeTimeToLive(tableName)).isEqualTo(saved.describeTimeToLive(tableName));
            assertThat(scanAll(loaded, ScanRequest.builder(tableName).build()))
                    .containsExactlyInAnyOrderElementsOf(
                            scanAll(saved, ScanRequest.builder(tableName).build()));
            List<SecondaryIndex> indexes = new ArrayList<>(description.globalSecondaryIndexes());
            indexes.addAll(description.localSecondaryIndexes());
            for (SecondaryIndex index : indexes) {
                ScanRequest scan = ScanRequest.builder(tableName)
                        .indexName(index.indexName())
                        .build();
                assertThat(scanAll(loaded, scan))
                        .as("index %s of %s", index.indexName(), tableName)
                        .containsExactlyInAnyOrderElementsOf(scanAll(saved, scan));
            }
        }
    }

    /** Every item a scan returns, over all its pages. */
    static List<Map<String, AttributeValue>> scanAll(DynamoStore store, ScanRequest request) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> start = Map.of();
        do {
            PageResult page =
                    store.scan(request.toBuilder().exclusiveStartKey(start).build());
            items.addAll(page.items());
            start = page.lastEvaluatedKey();
        } while (!start.isEmpty());
        return items;
    }
}
