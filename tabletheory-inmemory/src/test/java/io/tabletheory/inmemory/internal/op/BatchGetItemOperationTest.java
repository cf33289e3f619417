package io.tabletheory.inmemory.internal.op;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.api.request.BatchGetItemRequest;
import io.tabletheory.api.request.BatchGetItemResult;
import io.tabletheory.api.request.ConsumedCapacity;
import io.tabletheory.api.request.KeysAndAttributes;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.expr.cache.ExpressionCache;
import io.tabletheory.inmemory.internal.item.ItemSize;
import io.tabletheory.inmemory.internal.table.TableCatalog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The response size limit of BatchGetItem, reached with small items by giving the operation a small limit instead
 * of DynamoDB's 16 MB (the contract suite checks the real limit once, on both backends).
 */
class BatchGetItemOperationTest {
    private static final String BODY = "x".repeat(300);

    private final TableCatalog tables = new TableCatalog();
    private final ExpressionCache expressions = new ExpressionCache(16);

    @BeforeEach
    void createTables() {
        for (String table : List.of("first", "second")) {
            tables.create(CreateTableRequest.builder(table)
                    .partitionKey("pk", ScalarAttributeType.S)
                    .build());
            for (int number = 1; number <= 4; number++) {
                new PutItemOperation(tables, expressions)
                        .run(PutItemRequest.builder(table, item(number)).build());
            }
        }
    }

    private static Map<String, AttributeValue> key(int number) {
        return Map.of("pk", AttributeValue.ofString("k" + number));
    }

    private static Map<String, AttributeValue> item(int number) {
        return Map.of("pk", AttributeValue.ofString("k" + number), "body", AttributeValue.ofString(BODY));
    }

    private static BatchGetItemRequest request(KeysAndAttributes first, KeysAndAttributes second) {
        Map<String, KeysAndAttributes> items = new LinkedHashMap<>();
        items.put("first", first);
        items.put("second", second);
        return new BatchGetItemRequest(items, ReturnConsumedCapacity.TOTAL);
    }

    @Test
    void theItemThatWouldPassTheLimit_andEveryKeyAfterIt_areUnprocessed_withTheirTablesReadSettings() {
        long itemBytes = ItemSize.of(item(1));
        BatchGetItemOperation operation = new BatchGetItemOperation(tables, expressions, 3 * itemBytes + 1);
        KeysAndAttributes second =
                new KeysAndAttributes(List.of(key(1), key(2)), true, Optional.of("#b"), Map.of("#b", "body"));

        BatchGetItemResult result =
                operation.run(request(KeysAndAttributes.of(List.of(key(1), key(9), key(2), key(3), key(4))), second));

        assertThat(result.responses().get("first")).containsExactly(item(1), item(2), item(3));
        assertThat(result.responses().get("second"))
                .as("every requested table is answered")
                .isEmpty();
        assertThat(result.unprocessedKeys().get("first")).isEqualTo(KeysAndAttributes.of(List.of(key(4))));
        assertThat(result.unprocessedKeys().get("second")).isEqualTo(second);
        assertThat(result.consumedCapacity())
                .extracting(ConsumedCapacity::tableName, ConsumedCapacity::capacityUnits)
                .as("four keys read eventually consistently (the missing one at the minimum); none in second")
                .containsExactly(Tuple.tuple("first", 2.0), Tuple.tuple("second", 0.0));
    }

    @Test
    void itemsFillingTheLimitExactly_areAllReturned() {
        long itemBytes = ItemSize.of(item(1));
        BatchGetItemOperation operation = new BatchGetItemOperation(tables, expressions, 2 * itemBytes);

        BatchGetItemResult result = operation.run(
                request(KeysAndAttributes.of(List.of(key(1))), KeysAndAttributes.of(List.of(key(1), key(2)))));

        assertThat(result.responses().get("first")).containsExactly(item(1));
        assertThat(result.responses().get("second")).containsExactly(item(1));
        assertThat(result.unprocessedKeys()).containsOnlyKeys("second");
        assertThat(result.unprocessedKeys().get("second").keys()).containsExactly(key(2));
    }

    @Test
    void missingItems_useNoneOfTheLimit() {
        long itemBytes = ItemSize.of(item(1));
        BatchGetItemOperation operation = new BatchGetItemOperation(tables, expressions, itemBytes);

        BatchGetItemResult result = operation.run(
                request(KeysAndAttributes.of(List.of(key(7), key(8), key(1))), KeysAndAttributes.of(List.of(key(9)))));

        assertThat(result.responses().get("first")).containsExactly(item(1));
        assertThat(result.responses().get("second")).isEmpty();
        assertThat(result.unprocessedKeys()).isEmpty();
    }
}
