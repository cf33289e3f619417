package io.tabletheory.inmemory.internal.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.tabletheory.api.error.TransactionConflictException;
import io.tabletheory.api.request.BatchWriteItemRequest;
import io.tabletheory.api.request.CancellationReason;
import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import io.tabletheory.api.request.TransactGetItem;
import io.tabletheory.api.request.TransactGetItemsRequest;
import io.tabletheory.api.request.TransactWriteItem;
import io.tabletheory.api.request.TransactWriteItemsRequest;
import io.tabletheory.api.request.TransactionCanceledException;
import io.tabletheory.api.request.UpdateItemRequest;
import io.tabletheory.api.request.WriteRequest;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.table.TimeToLiveDescription;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.ChangeListener;
import io.tabletheory.inmemory.internal.expr.cache.ExpressionCache;
import io.tabletheory.inmemory.internal.table.KeyValidator;
import io.tabletheory.inmemory.internal.table.PrimaryKey;
import io.tabletheory.inmemory.internal.table.Table;
import io.tabletheory.inmemory.internal.table.TableCatalog;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What meets an item a transaction in progress holds, made deterministic by claiming the item as a running
 * TransactWriteItems does: single-item and batch writes fail with TransactionConflictException, and another
 * TransactWriteItems or a TransactGetItems is cancelled with a TransactionConflict reason for that item; once the
 * claim is released, all of them succeed. (Under real concurrency the window is the transaction's own run.)
 */
class TransactionConflictTest {
    private static final Map<String, AttributeValue> HELD = Map.of("pk", AttributeValue.ofString("held"));
    private static final Map<String, AttributeValue> FREE = Map.of("pk", AttributeValue.ofString("free"));

    private final TableCatalog tables = new TableCatalog();
    private final ExpressionCache expressions = new ExpressionCache(16);
    private final Object runningTransaction = new Object();
    private Table table;
    private PrimaryKey held;

    @BeforeEach
    void claimAnItem() {
        tables.create(CreateTableRequest.builder("accounts")
                .partitionKey("pk", ScalarAttributeType.S)
                .build());
        table = tables.itemTable("accounts");
        held = KeyValidator.fromKey(table.keySchema(), HELD);
        assertThat(table.claim(held, runningTransaction)).isTrue();
    }

    private TransactWriteItemsRequest putBoth() {
        return TransactWriteItemsRequest.of(List.of(
                new TransactWriteItem.Put("accounts", FREE, Optional.empty(), Map.of(), Map.of(), null),
                new TransactWriteItem.Put("accounts", HELD, Optional.empty(), Map.of(), Map.of(), null)));
    }

    private TransactGetItemsRequest getBoth() {
        return new TransactGetItemsRequest(
                List.of(TransactGetItem.of("accounts", FREE), TransactGetItem.of("accounts", HELD)),
                ReturnConsumedCapacity.NONE);
    }

    @Test
    void singleItemWritesOfAHeldItem_failWithTransactionConflictException() {
        assertThatThrownBy(() -> new PutItemOperation(tables, expressions)
                        .run(PutItemRequest.builder("accounts", HELD).build()))
                .isExactlyInstanceOf(TransactionConflictException.class)
                .hasMessage("Transaction is ongoing for the item");
        assertThatThrownBy(() -> new UpdateItemOperation(tables, expressions)
                        .run(UpdateItemRequest.builder("accounts", HELD)
                                .updateExpression("SET n = :n")
                                .expressionAttributeValues(Map.of(":n", AttributeValue.ofNumber("1")))
                                .build()))
                .isExactlyInstanceOf(TransactionConflictException.class);
        assertThatThrownBy(() -> new DeleteItemOperation(tables, expressions)
                        .run(DeleteItemRequest.builder("accounts", HELD).build()))
                .isExactlyInstanceOf(TransactionConflictException.class);
        assertThatThrownBy(() -> new BatchWriteItemOperation(tables)
                        .run(new BatchWriteItemRequest(
                                Map.of("accounts", List.of(new WriteRequest.Put(HELD))), ReturnConsumedCapacity.NONE)))
                .isExactlyInstanceOf(TransactionConflictException.class);
        new PutItemOperation(tables, expressions)
                .run(PutItemRequest.builder("accounts", FREE).build());
    }

    @Test
    void withAChangeListener_aHeldItemsWriteFailsUnreported_andAFreeItemsWriteIsReported() {
        List<ChangeListener.ItemWrite> reported = new ArrayList<>();
        TableCatalog listened = new TableCatalog(Clock.systemUTC(), new ChangeListener() {
            @Override
            public void itemsChanging(List<ChangeListener.ItemWrite> writes) {
                reported.addAll(writes);
            }

            @Override
            public void tableCreating(CreateTableRequest created) {}

            @Override
            public void timeToLiveChanging(String tableName, TimeToLiveDescription timeToLive) {}

            @Override
            public void tableDeleting(String tableName) {}
        });
        listened.create(CreateTableRequest.builder("accounts")
                .partitionKey("pk", ScalarAttributeType.S)
                .build());
        Table listenedTable = listened.itemTable("accounts");
        assertThat(listenedTable.claim(held, runningTransaction)).isTrue();

        assertThatThrownBy(() -> new PutItemOperation(listened, expressions)
                        .run(PutItemRequest.builder("accounts", HELD).build()))
                .isExactlyInstanceOf(TransactionConflictException.class);
        assertThat(reported).isEmpty();
        new PutItemOperation(listened, expressions)
                .run(PutItemRequest.builder("accounts", FREE).build());

        assertThat(reported).containsExactly(new ChangeListener.ItemWrite("accounts", FREE, Optional.of(FREE)));
        assertThat(listened.describe("accounts").itemCount()).isEqualTo(1);
    }

    @Test
    void anotherTransaction_isCancelledWithTransactionConflictForTheHeldItem_andWritesNothing() {
        TransactionCanceledException cancelled = catchThrowableOfType(
                TransactionCanceledException.class,
                () -> new TransactWriteItemsOperation(tables, expressions, Clock.systemUTC()).run(putBoth()));

        assertThat(cancelled.reasons())
                .extracting(CancellationReason::code)
                .containsExactly(CancellationReason.NONE, CancellationReason.TRANSACTION_CONFLICT);
        assertThat(cancelled.reasons().get(1).message()).isEqualTo("Transaction is ongoing for the item");
        assertThat(cancelled)
                .hasMessage("Transaction cancelled, please refer cancellation reasons for specific reasons"
                        + " [None, TransactionConflict]");
        assertThat(table.get(KeyValidator.fromKey(table.keySchema(), FREE))).isEmpty();
        assertThat(table.isClaimed(KeyValidator.fromKey(table.keySchema(), FREE)))
                .as("the cancelled transaction released what it had claimed")
                .isFalse();
    }

    @Test
    void transactGetItems_ofAHeldItem_isCancelledWithTransactionConflict() {
        TransactionCanceledException cancelled = catchThrowableOfType(
                TransactionCanceledException.class,
                () -> new TransactGetItemsOperation(tables, expressions).run(getBoth()));

        assertThat(cancelled.reasons())
                .extracting(CancellationReason::code)
                .containsExactly(CancellationReason.NONE, CancellationReason.TRANSACTION_CONFLICT);
    }

    @Test
    void onceTheHoldingTransactionEnds_everythingSucceeds() {
        table.release(held, runningTransaction);

        new TransactWriteItemsOperation(tables, expressions, Clock.systemUTC()).run(putBoth());
        new PutItemOperation(tables, expressions)
                .run(PutItemRequest.builder("accounts", HELD).build());

        assertThat(new TransactGetItemsOperation(tables, expressions)
                        .run(getBoth())
                        .responses())
                .allMatch(Optional::isPresent);
        assertThat(table.isClaimed(held)).isFalse();
    }
}
