package io.tabletheory.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.api.request.BatchWriteItemRequest;
import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.ItemCollectionMetrics;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import io.tabletheory.api.request.ReturnItemCollectionMetrics;
import io.tabletheory.api.request.TransactWriteItem;
import io.tabletheory.api.request.TransactWriteItemsRequest;
import io.tabletheory.api.request.UpdateItemRequest;
import io.tabletheory.api.request.WriteRequest;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.Projection;
import io.tabletheory.api.table.ScalarAttributeType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code ReturnItemCollectionMetrics=SIZE} on PutItem, UpdateItem and DeleteItem: on a table with a local secondary
 * index the result carries the written item's partition key and a two-element size range in gigabytes; with {@code
 * NONE}, or on a table without local indexes, it carries nothing. BatchWriteItem and TransactWriteItems report, per
 * table, each item collection they wrote.
 */
public abstract class ItemCollectionMetricsContract extends PortContract {

    private String createLocalIndexTable(String purpose) {
        String name = uniqueTableName(purpose);
        store().createTable(CreateTableRequest.builder(name)
                .partitionKey(PK, ScalarAttributeType.S)
                .sortKey(SK, ScalarAttributeType.N)
                .localSecondaryIndex("by-rank", "rank", ScalarAttributeType.N, Projection.all())
                .build());
        awaitActive(name);
        return name;
    }

    private static void assertMetricsFor(Optional<ItemCollectionMetrics> metrics, String partition) {
        assertThat(metrics).isPresent();
        assertThat(metrics.get().itemCollectionKey()).isEqualTo(Map.of(PK, s(partition)));
        assertThat(metrics.get().sizeEstimateRangeGigabytes()).hasSize(2);
        assertThat(metrics.get().sizeEstimateRangeGigabytes().get(0))
                .isLessThanOrEqualTo(metrics.get().sizeEstimateRangeGigabytes().get(1));
    }

    @Test
    void putItem_withSize_onALocalIndexTable_returnsTheCollectionsKeyAndSizeRange() {
        String table = createLocalIndexTable("icm-put");

        Optional<ItemCollectionMetrics> metrics = store().putItem(
                        PutItemRequest.builder(table, item(PK, s("p1"), SK, n("1"), "rank", n("5"), "data", s("hello")))
                                .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)
                                .build())
                .itemCollectionMetrics();

        assertMetricsFor(metrics, "p1");
    }

    @Test
    void updateItemAndDeleteItem_withSize_returnTheMetricsToo() {
        String table = createLocalIndexTable("icm-update");
        put(table, item(PK, s("p2"), SK, n("1"), "rank", n("5")));

        Optional<ItemCollectionMetrics> updated = store().updateItem(
                        UpdateItemRequest.builder(table, item(PK, s("p2"), SK, n("1")))
                                .updateExpression("SET #d = :v")
                                .expressionAttributeNames(Map.of("#d", "data"))
                                .expressionAttributeValues(Map.of(":v", s("updated")))
                                .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)
                                .build())
                .itemCollectionMetrics();
        Optional<ItemCollectionMetrics> deleted = store().deleteItem(
                        DeleteItemRequest.builder(table, item(PK, s("p2"), SK, n("1")))
                                .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)
                                .build())
                .itemCollectionMetrics();

        assertMetricsFor(updated, "p2");
        assertMetricsFor(deleted, "p2");
    }

    @Test
    void putItem_withNone_returnsNoMetrics() {
        String table = createLocalIndexTable("icm-none");

        assertThat(store().putItem(PutItemRequest.builder(table, item(PK, s("p3"), SK, n("1")))
                                .returnItemCollectionMetrics(ReturnItemCollectionMetrics.NONE)
                                .build())
                        .itemCollectionMetrics())
                .isEmpty();
    }

    @Test
    void putItem_withSize_onATableWithoutLocalIndexes_returnsNoMetrics() {
        String table = createHashRangeTable("icm-plain");

        assertThat(store().putItem(PutItemRequest.builder(table, item(PK, s("p4"), SK, n("1")))
                                .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)
                                .build())
                        .itemCollectionMetrics())
                .isEmpty();
    }

    @Test
    void batchWriteItem_withSize_reportsEachCollectionWrittenOnce() {
        String table = createLocalIndexTable("icm-batch");

        Map<String, List<ItemCollectionMetrics>> metrics = store().batchWriteItem(new BatchWriteItemRequest(
                        Map.of(
                                table,
                                List.of(
                                        new WriteRequest.Put(item(PK, s("p5"), SK, n("1"), "rank", n("1"))),
                                        new WriteRequest.Put(item(PK, s("p5"), SK, n("2"), "rank", n("2"))),
                                        new WriteRequest.Put(item(PK, s("p6"), SK, n("1"))))),
                        ReturnConsumedCapacity.NONE,
                        ReturnItemCollectionMetrics.SIZE))
                .itemCollectionMetrics();

        assertThat(metrics).containsOnlyKeys(table);
        assertThat(metrics.get(table))
                .extracting(ItemCollectionMetrics::itemCollectionKey)
                .containsExactlyInAnyOrder(Map.of(PK, s("p5")), Map.of(PK, s("p6")));
        assertThat(metrics.get(table)).allSatisfy(each -> assertThat(each.sizeEstimateRangeGigabytes())
                .hasSize(2));
    }

    @Test
    void transactWriteItems_withSize_reportsTheCollectionsWritten_notThoseOnlyChecked() {
        String table = createLocalIndexTable("icm-transaction");
        put(table, item(PK, s("p9"), SK, n("1")));

        Map<String, List<ItemCollectionMetrics>> metrics = store().transactWriteItems(new TransactWriteItemsRequest(
                        List.of(
                                new TransactWriteItem.Put(
                                        table,
                                        item(PK, s("p7"), SK, n("1"), "rank", n("3")),
                                        Optional.empty(),
                                        Map.of(),
                                        Map.of(),
                                        null),
                                new TransactWriteItem.ConditionCheck(
                                        table,
                                        item(PK, s("p9"), SK, n("1")),
                                        Optional.of("attribute_exists(pk)"),
                                        Map.of(),
                                        Map.of(),
                                        null)),
                        Optional.empty(),
                        ReturnConsumedCapacity.NONE,
                        ReturnItemCollectionMetrics.SIZE))
                .itemCollectionMetrics();

        assertThat(metrics).containsOnlyKeys(table);
        assertThat(metrics.get(table)).hasSize(1);
        assertMetricsFor(Optional.of(metrics.get(table).get(0)), "p7");
    }
}
