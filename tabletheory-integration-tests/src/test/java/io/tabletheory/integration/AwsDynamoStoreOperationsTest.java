package io.tabletheory.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.request.BatchGetItemRequest;
import io.tabletheory.api.request.BatchGetItemResult;
import io.tabletheory.api.request.BatchWriteItemRequest;
import io.tabletheory.api.request.BatchWriteItemResult;
import io.tabletheory.api.request.CancellationReason;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.KeysAndAttributes;
import io.tabletheory.api.request.PageResult;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import io.tabletheory.api.request.ReturnValue;
import io.tabletheory.api.request.ReturnValuesOnConditionCheckFailure;
import io.tabletheory.api.request.ScanRequest;
import io.tabletheory.api.request.Select;
import io.tabletheory.api.request.TransactGetItem;
import io.tabletheory.api.request.TransactGetItemsRequest;
import io.tabletheory.api.request.TransactGetItemsResult;
import io.tabletheory.api.request.TransactWriteItem;
import io.tabletheory.api.request.TransactWriteItemsRequest;
import io.tabletheory.api.request.TransactionCanceledException;
import io.tabletheory.api.request.UpdateItemRequest;
import io.tabletheory.api.request.UpdateItemResult;
import io.tabletheory.api.request.WriteRequest;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Operations through the AWS adapter and a real SDK v2 client against tabletheory-server ({@link ServedEmulator}),
 * once each: every parameter reaches the endpoint and every result field comes back. Adapter-specific; the
 * contract suite covers the shared behaviour.
 */
class AwsDynamoStoreOperationsTest {
    private final DynamoStore store = ServedEmulator.store();
    private String table;

    private static AttributeValue s(String value) {
        return AttributeValue.ofString(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.ofNumber(value);
    }

    private static Map<String, AttributeValue> key(String pk, long sk) {
        return Map.of("pk", s(pk), "sk", n(sk));
    }

    @BeforeEach
    void createTable() {
        table = "tt-ops-" + UUID.randomUUID().toString().substring(0, 8);
        store.createTable(CreateTableRequest.builder(table)
                .partitionKey("pk", ScalarAttributeType.S)
                .sortKey("sk", ScalarAttributeType.N)
                .build());
        for (long sk = 1; sk <= 5; sk++) {
            store.putItem(PutItemRequest.builder(table, Map.of("pk", s("p"), "sk", n(sk), "v", n(sk * 10)))
                    .build());
        }
    }

    @Test
    void updateItem_mapsExpressionsAndReturnsUpdatedNewAttributes() {
        UpdateItemResult result = store.updateItem(UpdateItemRequest.builder(table, key("p", 1))
                .updateExpression("SET #v = #v + :inc, tag = :tag")
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeNames(Map.of("#v", "v"))
                .expressionAttributeValues(Map.of(":inc", n(5), ":tag", s("x")))
                .returnValues(ReturnValue.UPDATED_NEW)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .build());

        assertThat(result.attributes()).isEqualTo(Map.of("v", n(15), "tag", s("x")));
        assertThat(result.consumedCapacity()).hasValueSatisfying(capacity -> {
            assertThat(capacity.tableName()).isEqualTo(table);
            assertThat(capacity.capacityUnits()).isPositive();
        });
    }

    @Test
    void query_pagesBackwardsWithLimitAndExclusiveStartKey() {
        QueryRequest first = QueryRequest.builder(table)
                .keyConditionExpression("pk = :p AND sk >= :low")
                .filterExpression("v <> :skip")
                .expressionAttributeValues(Map.of(":p", s("p"), ":low", n(2), ":skip", n(40)))
                .scanIndexForward(false)
                .limit(2)
                .consistentRead(true)
                .build();

        PageResult page = store.query(first);

        assertThat(page.items()).extracting(item -> item.get("sk")).containsExactly(n(5));
        assertThat(page.count()).isEqualTo(1);
        assertThat(page.scannedCount()).isEqualTo(2);
        assertThat(page.lastEvaluatedKey()).isEqualTo(key("p", 4));

        PageResult next = store.query(
                first.toBuilder().exclusiveStartKey(page.lastEvaluatedKey()).build());

        assertThat(next.items()).extracting(item -> item.get("sk")).containsExactly(n(3), n(2));
    }

    @Test
    void scan_countsWithSelectCount() {
        PageResult page = store.scan(ScanRequest.builder(table)
                .filterExpression("v > :v")
                .expressionAttributeValues(Map.of(":v", n(20)))
                .select(Select.COUNT)
                .build());

        assertThat(page.items()).isEmpty();
        assertThat(page.count()).isEqualTo(3);
        assertThat(page.scannedCount()).isEqualTo(5);
        assertThat(page.lastEvaluatedKey()).isEmpty();
    }

    @Test
    void scan_withProjection_returnsOnlyTheProjectedAttributes() {
        PageResult page = store.scan(ScanRequest.builder(table)
                .projectionExpression("sk")
                .segment(0)
                .totalSegments(1)
                .build());

        assertThat(page.items()).hasSize(5).allSatisfy(item -> assertThat(item).containsOnlyKeys("sk"));
    }

    @Test
    void batchWriteThenBatchGet_mapsEveryTableAndKey() {
        BatchWriteItemResult written = store.batchWriteItem(new BatchWriteItemRequest(
                Map.of(
                        table,
                        List.of(
                                new WriteRequest.Put(Map.of("pk", s("q"), "sk", n(1), "v", s("new"))),
                                new WriteRequest.Delete(key("p", 5)))),
                ReturnConsumedCapacity.NONE));

        assertThat(written.unprocessedItems()).isEmpty();

        BatchGetItemResult read = store.batchGetItem(new BatchGetItemRequest(
                Map.of(
                        table,
                        new KeysAndAttributes(
                                List.of(key("q", 1), key("p", 5), key("p", 1)),
                                true,
                                Optional.of("#v, sk"),
                                Map.of("#v", "v"))),
                ReturnConsumedCapacity.NONE));

        assertThat(read.unprocessedKeys()).isEmpty();
        assertThat(read.responses().get(table))
                .containsExactlyInAnyOrder(Map.of("sk", n(1), "v", s("new")), Map.of("sk", n(1), "v", n(10)));
    }

    @Test
    void transactWrite_appliesAllActions() {
        store.transactWriteItems(new TransactWriteItemsRequest(
                List.of(
                        new TransactWriteItem.Put(
                                table, Map.of("pk", s("t"), "sk", n(1)), Optional.empty(), Map.of(), Map.of(), null),
                        new TransactWriteItem.Update(
                                table,
                                key("p", 1),
                                "SET v = :v",
                                Optional.empty(),
                                Map.of(),
                                Map.of(":v", n(99)),
                                null),
                        new TransactWriteItem.Delete(
                                table,
                                key("p", 2),
                                Optional.of("v = :v"),
                                Map.of(),
                                Map.of(":v", n(20)),
                                ReturnValuesOnConditionCheckFailure.NONE),
                        new TransactWriteItem.ConditionCheck(
                                table,
                                key("p", 3),
                                Optional.of("attribute_exists(pk)"),
                                Map.of(),
                                Map.of(),
                                ReturnValuesOnConditionCheckFailure.NONE)),
                Optional.of(UUID.randomUUID().toString()),
                ReturnConsumedCapacity.NONE));

        assertThat(get(Map.of("pk", s("t"), "sk", n(1)))).isPresent();
        assertThat(get(key("p", 1)))
                .hasValueSatisfying(item -> assertThat(item.get("v")).isEqualTo(n(99)));
        assertThat(get(key("p", 2))).isEmpty();
    }

    @Test
    void transactWrite_whenAConditionFails_reportsOrderedReasonsWithTheItem() {
        TransactionCanceledException canceled = catchThrowableOfType(
                TransactionCanceledException.class,
                () -> store.transactWriteItems(TransactWriteItemsRequest.of(List.of(
                        new TransactWriteItem.Put(
                                table, Map.of("pk", s("t"), "sk", n(1)), Optional.empty(), Map.of(), Map.of(), null),
                        new TransactWriteItem.ConditionCheck(
                                table,
                                key("p", 3),
                                Optional.of("v = :v"),
                                Map.of(),
                                Map.of(":v", n(0)),
                                ReturnValuesOnConditionCheckFailure.ALL_OLD)))));

        assertThat(canceled).isNotNull();
        assertThat(canceled.getMessage()).startsWith("Transaction cancelled");
        assertThat(canceled.reasons()).hasSize(2);
        assertThat(canceled.reasons().get(0).code()).isEqualTo(CancellationReason.NONE);
        assertThat(canceled.reasons().get(1).code()).isEqualTo(CancellationReason.CONDITIONAL_CHECK_FAILED);
        assertThat(canceled.reasons().get(1).item()).isEqualTo(Map.of("pk", s("p"), "sk", n(3), "v", n(30)));
        assertThat(get(Map.of("pk", s("t"), "sk", n(1)))).isEmpty();
    }

    @Test
    void transactGet_returnsOneEntryPerKeyInOrder() {
        TransactGetItemsResult result = store.transactGetItems(new TransactGetItemsRequest(
                List.of(
                        new TransactGetItem(table, key("p", 2), Optional.of("v"), Map.of()),
                        new TransactGetItem(table, key("p", 42), Optional.empty(), Map.of()),
                        new TransactGetItem(table, key("p", 4), Optional.of("#s"), Map.of("#s", "sk"))),
                ReturnConsumedCapacity.NONE));

        assertThat(result.responses())
                .containsExactly(Optional.of(Map.of("v", n(20))), Optional.empty(), Optional.of(Map.of("sk", n(4))));
    }

    private Optional<Map<String, AttributeValue>> get(Map<String, AttributeValue> key) {
        return store.getItem(
                        GetItemRequest.builder(table, key).consistentRead(true).build())
                .item();
    }
}
