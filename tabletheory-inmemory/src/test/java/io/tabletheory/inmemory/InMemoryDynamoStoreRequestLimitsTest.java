package io.tabletheory.inmemory;

import static io.tabletheory.inmemory.Items.item;
import static io.tabletheory.inmemory.Items.s;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.BatchWriteItemRequest;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import io.tabletheory.api.request.TransactGetItem;
import io.tabletheory.api.request.TransactGetItemsRequest;
import io.tabletheory.api.request.TransactWriteItem;
import io.tabletheory.api.request.TransactWriteItemsRequest;
import io.tabletheory.api.request.WriteRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The count limits of the batch and transaction requests, in DynamoDB's words: a member over its limit is reported
 * with its value printed, as DynamoDB prints its request model ({@code Value '[...]' at 'transactItems'}, {@code
 * Value '{table=[...]}' at 'requestItems'}); the conformance suite pins the shape around the dump.
 */
class InMemoryDynamoStoreRequestLimitsTest {
    private final InMemoryDynamoStore dynamo = InMemoryDynamoStore.create();

    @Test
    void batchWrite_ofMoreThan25ItemsToOneTable_isTheMapValueConstraint() {
        List<WriteRequest> puts = IntStream.range(0, 26)
                .<WriteRequest>mapToObj(i -> new WriteRequest.Put(item("pk", s("k" + i))))
                .toList();

        assertThatThrownBy(() -> dynamo.batchWriteItem(
                        new BatchWriteItemRequest(Map.of("items", puts), ReturnConsumedCapacity.NONE)))
                .isExactlyInstanceOf(ValidationException.class)
                .hasMessageStartingWith("1 validation error detected: Value '{items=[")
                .hasMessageEndingWith("]}' at 'requestItems' failed to satisfy constraint: Map value must satisfy"
                        + " constraint: [Member must have length less than or equal to 25, Member must have length"
                        + " greater than or equal to 1]");
    }

    @Test
    void transactions_ofMoreThan100Items_printTheirItems() {
        List<TransactWriteItem> writes = IntStream.range(0, 101)
                .<TransactWriteItem>mapToObj(i -> new TransactWriteItem.Put(
                        "items", item("pk", s("k" + i)), Optional.empty(), Map.of(), Map.of(), null))
                .toList();
        List<TransactGetItem> reads = IntStream.range(0, 101)
                .mapToObj(i -> TransactGetItem.of("items", item("pk", s("k" + i))))
                .toList();

        assertThatThrownBy(() -> dynamo.transactWriteItems(TransactWriteItemsRequest.of(writes)))
                .isExactlyInstanceOf(ValidationException.class)
                .hasMessageStartingWith("1 validation error detected: Value '[")
                .hasMessageEndingWith("]' at 'transactItems' failed to satisfy constraint: Member must have length"
                        + " less than or equal to 100");
        assertThatThrownBy(() -> dynamo.transactGetItems(new TransactGetItemsRequest(reads, null)))
                .isExactlyInstanceOf(ValidationException.class)
                .hasMessageStartingWith("1 validation error detected: Value '[")
                .hasMessageEndingWith("]' at 'transactItems' failed to satisfy constraint: Member must have length"
                        + " less than or equal to 100");
    }
}
