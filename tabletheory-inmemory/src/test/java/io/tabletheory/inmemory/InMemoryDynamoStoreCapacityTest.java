package io.tabletheory.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.api.request.BatchGetItemRequest;
import io.tabletheory.api.request.BatchGetItemResult;
import io.tabletheory.api.request.BatchWriteItemRequest;
import io.tabletheory.api.request.BatchWriteItemResult;
import io.tabletheory.api.request.ConsumedCapacity;
import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.KeysAndAttributes;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import io.tabletheory.api.request.ScanRequest;
import io.tabletheory.api.request.TransactGetItem;
import io.tabletheory.api.request.TransactGetItemsRequest;
import io.tabletheory.api.request.TransactWriteItem;
import io.tabletheory.api.request.TransactWriteItemsRequest;
import io.tabletheory.api.request.WriteRequest;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.Projection;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Consumed capacity by DynamoDB's documented rules. Emulator-only: DynamoDB Local reports capacity its own way
 * (research §3a, "ConsumedCapacity"), so these figures are not part of the cross-backend contract.
 */
class InMemoryDynamoStoreCapacityTest {
    private final InMemoryDynamoStore dynamo = InMemoryDynamoStore.create();

    @BeforeEach
    void createTable() {
        dynamo.createTable(CreateTableRequest.builder("docs")
                .partitionKey("pk", ScalarAttributeType.S)
                .sortKey("sk", ScalarAttributeType.N)
                .globalSecondaryIndex("by-owner", "owner", ScalarAttributeType.S, Projection.keysOnly())
                .build());
    }

    /** An item of about {@code bytes} bytes. */
    private static Map<String, AttributeValue> item(String pk, int sk, String owner, int bytes) {
        return Map.of(
                "pk", AttributeValue.ofString(pk),
                "sk", AttributeValue.ofNumber(sk),
                "owner", AttributeValue.ofString(owner),
                "body", AttributeValue.ofString("x".repeat(bytes)));
    }

    private ConsumedCapacity put(Map<String, AttributeValue> item, ReturnConsumedCapacity mode) {
        return dynamo.putItem(PutItemRequest.builder("docs", item)
                        .returnConsumedCapacity(mode)
                        .build())
                .consumedCapacity()
                .orElseThrow();
    }

    @Test
    void getItem_costsOneUnitPer4Kb_halfWhenEventuallyConsistent_evenForAMissingItem() {
        dynamo.putItem(PutItemRequest.builder("docs", item("a", 1, "o", 5000)).build());
        Map<String, AttributeValue> key = Map.of("pk", AttributeValue.ofString("a"), "sk", AttributeValue.ofNumber(1));

        assertThat(dynamo.getItem(GetItemRequest.builder("docs", key)
                                .consistentRead(true)
                                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                                .build())
                        .consumedCapacity())
                .contains(ConsumedCapacity.total("docs", 2, 0));
        assertThat(dynamo.getItem(GetItemRequest.builder(
                                        "docs",
                                        Map.of(
                                                "pk",
                                                AttributeValue.ofString("missing"),
                                                "sk",
                                                AttributeValue.ofNumber(1)))
                                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                                .build())
                        .consumedCapacity())
                .contains(ConsumedCapacity.total("docs", 0.5, 0));
        assertThat(dynamo.getItem(GetItemRequest.builder("docs", key).build()).consumedCapacity())
                .isEmpty();
    }

    @Test
    void putItem_costsOneUnitPerKbOfTheLargerItem_plusTheIndexWrites() {
        ConsumedCapacity first = put(item("a", 1, "o1", 1500), ReturnConsumedCapacity.INDEXES);
        assertThat(first.table())
                .hasValueSatisfying(table -> assertThat(table.capacityUnits()).isEqualTo(2.0));
        assertThat(first.globalSecondaryIndexes().get("by-owner").capacityUnits())
                .isEqualTo(1.0);
        assertThat(first.capacityUnits()).isEqualTo(3.0);

        ConsumedCapacity smallerWithNewOwner = put(item("a", 1, "o2", 10), ReturnConsumedCapacity.INDEXES);
        assertThat(smallerWithNewOwner.table())
                .hasValueSatisfying(table -> assertThat(table.capacityUnits()).isEqualTo(2.0));
        assertThat(smallerWithNewOwner.globalSecondaryIndexes().get("by-owner").capacityUnits())
                .as("the index entry moved: a delete and a put")
                .isEqualTo(2.0);

        assertThat(put(item("b", 1, "o", 100), ReturnConsumedCapacity.TOTAL))
                .isEqualTo(ConsumedCapacity.total("docs", 0, 2));
    }

    @Test
    void deleteItem_costsTheDeletedItem() {
        dynamo.putItem(PutItemRequest.builder("docs", item("a", 1, "o", 3000)).build());

        assertThat(dynamo.deleteItem(DeleteItemRequest.builder(
                                        "docs",
                                        Map.of("pk", AttributeValue.ofString("a"), "sk", AttributeValue.ofNumber(1)))
                                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                                .build())
                        .consumedCapacity())
                .contains(ConsumedCapacity.total("docs", 0, 4));
    }

    @Test
    void queriesAndScans_costTheSumOfTheItemsRead_roundedOnce() {
        for (int sk = 1; sk <= 3; sk++) {
            dynamo.putItem(
                    PutItemRequest.builder("docs", item("a", sk, "o", 2000)).build());
        }
        QueryRequest query = QueryRequest.builder("docs")
                .keyConditionExpression("pk = :a")
                .expressionAttributeValues(Map.of(":a", AttributeValue.ofString("a")))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .build();

        assertThat(dynamo.query(query).consumedCapacity()).contains(ConsumedCapacity.total("docs", 1, 0));
        assertThat(dynamo.query(query.toBuilder().consistentRead(true).build()).consumedCapacity())
                .contains(ConsumedCapacity.total("docs", 2, 0));
        assertThat(dynamo.scan(ScanRequest.builder("docs")
                                .indexName("by-owner")
                                .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
                                .build())
                        .consumedCapacity()
                        .orElseThrow()
                        .globalSecondaryIndexes())
                .containsKey("by-owner");
    }

    private static Map<String, AttributeValue> key(String pk, int sk) {
        return Map.of("pk", AttributeValue.ofString(pk), "sk", AttributeValue.ofNumber(sk));
    }

    @Test
    void batchGetItem_costsEachKeyAsGetItemWould_aMissingItemIncluded() {
        dynamo.putItem(PutItemRequest.builder("docs", item("a", 1, "o", 5000)).build());
        dynamo.putItem(PutItemRequest.builder("docs", item("a", 2, "o", 10)).build());
        List<Map<String, AttributeValue>> keys = List.of(key("a", 1), key("a", 2), key("missing", 1));

        BatchGetItemResult eventual = dynamo.batchGetItem(
                new BatchGetItemRequest(Map.of("docs", KeysAndAttributes.of(keys)), ReturnConsumedCapacity.TOTAL));
        BatchGetItemResult strong = dynamo.batchGetItem(new BatchGetItemRequest(
                Map.of("docs", new KeysAndAttributes(keys, true, Optional.empty(), Map.of())),
                ReturnConsumedCapacity.INDEXES));

        assertThat(eventual.consumedCapacity())
                .as("1 + 0.5 + 0.5 (dynalite's AWS captures charge a missing key the minimum, research §0 [DYN])")
                .containsExactly(ConsumedCapacity.total("docs", 2, 0));
        assertThat(strong.consumedCapacity()).hasSize(1);
        assertThat(strong.consumedCapacity().get(0).capacityUnits()).isEqualTo(4.0);
        assertThat(strong.consumedCapacity().get(0).table())
                .hasValueSatisfying(
                        table -> assertThat(table.readCapacityUnits()).isEqualTo(4.0));
    }

    @Test
    void batchWriteItem_costsTheSumOfItsWrites_perTableAndIndex() {
        dynamo.putItem(
                PutItemRequest.builder("docs", item("gone", 1, "o", 3000)).build());

        BatchWriteItemResult result = dynamo.batchWriteItem(new BatchWriteItemRequest(
                Map.of(
                        "docs",
                        List.of(
                                new WriteRequest.Put(item("a", 1, "o1", 1500)),
                                new WriteRequest.Put(item("b", 1, "o2", 10)),
                                new WriteRequest.Delete(key("gone", 1)),
                                new WriteRequest.Delete(key("missing", 1)))),
                ReturnConsumedCapacity.INDEXES));

        assertThat(result.unprocessedItems()).isEmpty();
        assertThat(result.consumedCapacity()).hasSize(1);
        ConsumedCapacity capacity = result.consumedCapacity().get(0);
        assertThat(capacity.table()).as("2 + 1 + 3 + 1 on the table").hasValueSatisfying(table -> assertThat(
                        table.writeCapacityUnits())
                .isEqualTo(7.0));
        assertThat(capacity.globalSecondaryIndexes().get("by-owner").writeCapacityUnits())
                .as("two entries added, one removed")
                .isEqualTo(3.0);
        assertThat(capacity.capacityUnits()).isEqualTo(10.0);
    }

    @Test
    void transactions_costTwiceWhatTheSameItemsCostAlone() {
        Map<String, AttributeValue> key = Map.of("pk", AttributeValue.ofString("p"), "sk", AttributeValue.ofNumber(1));
        List<ConsumedCapacity> written = dynamo.transactWriteItems(new TransactWriteItemsRequest(
                        List.of(
                                new TransactWriteItem.Put("docs", item("p", 1, "o", 1_500), null, null, null, null),
                                new TransactWriteItem.ConditionCheck(
                                        "docs",
                                        Map.of("pk", AttributeValue.ofString("p"), "sk", AttributeValue.ofNumber(2)),
                                        Optional.of("attribute_not_exists(pk)"),
                                        null,
                                        null,
                                        null)),
                        Optional.empty(),
                        ReturnConsumedCapacity.INDEXES))
                .consumedCapacity();
        List<ConsumedCapacity> read = dynamo.transactGetItems(new TransactGetItemsRequest(
                        List.of(TransactGetItem.of("docs", key)), ReturnConsumedCapacity.TOTAL))
                .consumedCapacity();

        assertThat(written).hasSize(1);
        ConsumedCapacity report = written.get(0);
        assertThat(report.writeCapacityUnits())
                .as("2 KB written: 2 units alone, 4 in a transaction; its 1-unit index entry 2")
                .isEqualTo(6.0);
        assertThat(report.readCapacityUnits())
                .as("the ConditionCheck of a missing item: 2 x 1 unit")
                .isEqualTo(2.0);
        assertThat(report.globalSecondaryIndexes().get("by-owner").writeCapacityUnits())
                .isEqualTo(2.0);
        assertThat(read)
                .containsExactly(ConsumedCapacity.total("docs", 2.0, 0))
                .as("about 1.5 KB read: 1 unit alone, 2 in a transaction");
    }
}
