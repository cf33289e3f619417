package io.tabletheory.testkit.fault;

import io.tabletheory.api.error.ThrottlingException;
import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.request.BatchGetItemRequest;
import io.tabletheory.api.request.BatchGetItemResult;
import io.tabletheory.api.request.BatchWriteItemRequest;
import io.tabletheory.api.request.BatchWriteItemResult;
import io.tabletheory.api.request.CancellationReason;
import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.DeleteItemResult;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.GetItemResult;
import io.tabletheory.api.request.KeysAndAttributes;
import io.tabletheory.api.request.PageResult;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.PutItemResult;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import io.tabletheory.api.request.ScanRequest;
import io.tabletheory.api.request.TransactGetItemsRequest;
import io.tabletheory.api.request.TransactGetItemsResult;
import io.tabletheory.api.request.TransactWriteItemsRequest;
import io.tabletheory.api.request.TransactWriteItemsResult;
import io.tabletheory.api.request.TransactionCanceledException;
import io.tabletheory.api.request.UpdateItemRequest;
import io.tabletheory.api.request.UpdateItemResult;
import io.tabletheory.api.request.WriteRequest;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ListTablesRequest;
import io.tabletheory.api.table.ListTablesResult;
import io.tabletheory.api.table.TableDescription;
import io.tabletheory.api.table.Tag;
import io.tabletheory.api.table.TimeToLiveDescription;
import io.tabletheory.api.table.TimeToLiveSpecification;
import io.tabletheory.api.table.UpdateTableRequest;
import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A backend that behaves like the one it wraps, except where a rule says otherwise: every BatchGetItem and
 * BatchWriteItem can leave a share of its keys or writes unprocessed (as DynamoDB does under load), a share of
 * transactions can be cancelled by conflicts, and chosen calls of any operation can fail (throttled, a transaction
 * conflict, any error), before reaching the wrapped store or after it applied them (a lost response). Use it to
 * prove that code retries what it must, never loses a write and never applies one twice.
 *
 * <pre>{@code
 * FaultInjectingStore store = FaultInjectingStore.wrap(InMemoryDynamoStore.create())
 *         .leavingUnprocessed(50)                                // half of every batch comes back
 *         .throttling(Operation.BATCH_WRITE_ITEM, 3)             // and the third batch write is throttled
 *         .conflictingTransactions(25);                          // and every fourth transaction meets another
 * TableTheory db = TableTheory.builder().store(store).build();
 * }</pre>
 *
 * <p>Rules are added before or during a test and apply to the calls after them; the store is thread-safe, and
 * {@link #calls} counts every call received per operation (failed ones included). Nothing is persisted here: the
 * wrapped store holds the data.
 */
public final class FaultInjectingStore implements DynamoStore {
    private final DynamoStore delegate;
    private final Map<Operation, Integer> counts = new EnumMap<>(Operation.class);
    private final Map<List<Object>, Fault> faults = new ConcurrentHashMap<>();
    private volatile int percentUnprocessed;
    private volatile int percentConflicting;

    private FaultInjectingStore(DynamoStore delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** A store that passes everything to {@code delegate} until rules are added. */
    public static FaultInjectingStore wrap(DynamoStore delegate) {
        return new FaultInjectingStore(delegate);
    }

    /**
     * Makes every later BatchGetItem and BatchWriteItem forward only the first entries (across tables, in request
     * order) to the wrapped store and hand the last {@code percent} percent (rounded down) back as
     * {@code UnprocessedKeys} or {@code UnprocessedItems}. At least one entry of a non-empty request is forwarded,
     * so a caller that retries always progresses. 0 turns the rule off.
     *
     * @throws IllegalArgumentException when {@code percent} is not between 0 and 100
     */
    public FaultInjectingStore leavingUnprocessed(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("leavingUnprocessed takes a percentage from 0 to 100, not " + percent);
        }
        this.percentUnprocessed = percent;
        return this;
    }

    /**
     * Makes call number {@code nthCall} (counting from 1, over the store's lifetime) of {@code operation} throw
     * the error {@code failure} supplies, without reaching the wrapped store.
     *
     * @throws IllegalArgumentException when {@code nthCall} is below 1
     */
    public FaultInjectingStore failing(Operation operation, int nthCall, Supplier<? extends RuntimeException> failure) {
        Objects.requireNonNull(failure, "failure");
        return rule(operation, nthCall, new Fault(false, request -> failure.get()));
    }

    /**
     * Makes call number {@code nthCall} of {@code operation} reach the wrapped store and then throw the error
     * {@code failure} supplies, as when a response is lost on the way back: the write happened, the caller does not
     * know it. Use it to prove that a retry applies a write at most once.
     *
     * @throws IllegalArgumentException when {@code nthCall} is below 1
     */
    public FaultInjectingStore failingAfterApplying(
            Operation operation, int nthCall, Supplier<? extends RuntimeException> failure) {
        Objects.requireNonNull(failure, "failure");
        return rule(operation, nthCall, new Fault(true, request -> failure.get()));
    }

    /** Makes call number {@code nthCall} of {@code operation} fail with a {@link ThrottlingException}. */
    public FaultInjectingStore throttling(Operation operation, int nthCall) {
        return failing(
                operation,
                nthCall,
                () -> new ThrottlingException("Injected: the level of configured provisioned throughput for the"
                        + " table was exceeded (call " + nthCall + " of " + operation + ")"));
    }

    /**
     * Makes call number {@code nthCall} of TransactWriteItems cancelled, as DynamoDB cancels a transaction that
     * meets another one on an item: a {@link TransactionCanceledException} whose reasons give
     * {@code TransactionConflict} for one action and {@code None} for the others. Nothing is applied.
     */
    public FaultInjectingStore conflictingTransaction(int nthCall) {
        return rule(
                Operation.TRANSACT_WRITE_ITEMS,
                nthCall,
                new Fault(false, request -> conflict((TransactWriteItemsRequest) request, nthCall)));
    }

    /**
     * Cancels {@code percent} percent of all later TransactWriteItems calls (spread evenly: with 25, every fourth)
     * as {@link #conflictingTransaction} does. 0 turns the rule off.
     *
     * @throws IllegalArgumentException when {@code percent} is not between 0 and 100
     */
    public FaultInjectingStore conflictingTransactions(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException(
                    "conflictingTransactions takes a percentage from 0 to 100, not " + percent);
        }
        this.percentConflicting = percent;
        return this;
    }

    private FaultInjectingStore rule(Operation operation, int nthCall, Fault fault) {
        Objects.requireNonNull(operation, "operation");
        if (nthCall < 1) {
            throw new IllegalArgumentException("calls are counted from 1, not " + nthCall);
        }
        faults.put(List.of(operation, nthCall), fault);
        return this;
    }

    private static TransactionCanceledException conflict(TransactWriteItemsRequest request, int call) {
        int conflicting = (call - 1) % request.transactItems().size();
        List<CancellationReason> reasons = new ArrayList<>();
        for (int index = 0; index < request.transactItems().size(); index++) {
            reasons.add(
                    index == conflicting
                            ? CancellationReason.of("TransactionConflict", "Transaction is ongoing for the item")
                            : CancellationReason.of(CancellationReason.NONE, ""));
        }
        return new TransactionCanceledException(
                "Transaction cancelled, please refer cancellation reasons for specific reasons "
                        + reasons.stream().map(CancellationReason::code).toList()
                        + " (injected, call " + call + ")",
                reasons);
    }

    /** How many calls of {@code operation} this store has received, failed ones included. */
    public int calls(Operation operation) {
        synchronized (counts) {
            return counts.getOrDefault(operation, 0);
        }
    }

    /** The store this one wraps. */
    public DynamoStore delegate() {
        return delegate;
    }

    /**
     * One call: counted, failed before reaching the wrapped store when a rule says so, passed on, and failed
     * afterwards when a rule says so.
     */
    private <R> R pass(Operation operation, Object request, Supplier<R> call) {
        int number;
        synchronized (counts) {
            number = counts.merge(operation, 1, Integer::sum);
        }
        Fault fault = faults.get(List.of(operation, number));
        if (fault != null && !fault.afterApplying()) {
            throw fault.error().apply(request);
        }
        if (operation == Operation.TRANSACT_WRITE_ITEMS && conflictsAt(number)) {
            throw conflict((TransactWriteItemsRequest) request, number);
        }
        R result = call.get();
        if (fault != null) {
            throw fault.error().apply(request);
        }
        return result;
    }

    /** Whether call {@code number} is one of the evenly spread share {@link #conflictingTransactions} asks for. */
    private boolean conflictsAt(int number) {
        long percent = percentConflicting;
        return number * percent / 100 > (number - 1) * percent / 100;
    }

    /**
     * A rule's failure.
     *
     * @param afterApplying whether the call reaches the wrapped store first
     * @param error the error, from the request
     */
    private record Fault(boolean afterApplying, Function<Object, ? extends RuntimeException> error) {}

    // ----- batches -----

    @Override
    public BatchGetItemResult batchGetItem(BatchGetItemRequest request) {
        return pass(Operation.BATCH_GET_ITEM, request, () -> partially(request));
    }

    private BatchGetItemResult partially(BatchGetItemRequest request) {
        int percent = percentUnprocessed;
        if (percent == 0) {
            return delegate.batchGetItem(request);
        }
        List<Map<String, KeysAndAttributes>> split = PartialBatches.split(request, percent);
        BatchGetItemResult result = split.get(0).isEmpty()
                ? new BatchGetItemResult(Map.of(), Map.of(), List.of())
                : delegate.batchGetItem(new BatchGetItemRequest(split.get(0), request.returnConsumedCapacity()));
        Map<String, KeysAndAttributes> unprocessed = new LinkedHashMap<>(result.unprocessedKeys());
        split.get(1).forEach((table, held) -> unprocessed.merge(table, held, FaultInjectingStore::concatenated));
        return new BatchGetItemResult(result.responses(), unprocessed, result.consumedCapacity());
    }

    @Override
    public BatchWriteItemResult batchWriteItem(BatchWriteItemRequest request) {
        return pass(Operation.BATCH_WRITE_ITEM, request, () -> partially(request));
    }

    private BatchWriteItemResult partially(BatchWriteItemRequest request) {
        int percent = percentUnprocessed;
        if (percent == 0) {
            return delegate.batchWriteItem(request);
        }
        List<Map<String, List<WriteRequest>>> split = PartialBatches.split(request, percent);
        BatchWriteItemResult result = split.get(0).isEmpty()
                ? new BatchWriteItemResult(Map.of(), List.of())
                : delegate.batchWriteItem(new BatchWriteItemRequest(
                        split.get(0), ReturnConsumedCapacity.NONE, request.returnItemCollectionMetrics()));
        Map<String, List<WriteRequest>> unprocessed = new LinkedHashMap<>();
        result.unprocessedItems().forEach((table, writes) -> unprocessed.put(table, new ArrayList<>(writes)));
        split.get(1).forEach((table, held) -> unprocessed
                .computeIfAbsent(table, name -> new ArrayList<>())
                .addAll(held));
        return new BatchWriteItemResult(unprocessed, result.consumedCapacity(), result.itemCollectionMetrics());
    }

    private static KeysAndAttributes concatenated(KeysAndAttributes first, KeysAndAttributes second) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>(first.keys());
        keys.addAll(second.keys());
        return new KeysAndAttributes(
                keys, first.consistentRead(), first.projectionExpression(), first.expressionAttributeNames());
    }

    // ----- everything else: counted, failed by rule, else passed on -----

    @Override
    public GetItemResult getItem(GetItemRequest request) {
        return pass(Operation.GET_ITEM, request, () -> delegate.getItem(request));
    }

    @Override
    public PutItemResult putItem(PutItemRequest request) {
        return pass(Operation.PUT_ITEM, request, () -> delegate.putItem(request));
    }

    @Override
    public UpdateItemResult updateItem(UpdateItemRequest request) {
        return pass(Operation.UPDATE_ITEM, request, () -> delegate.updateItem(request));
    }

    @Override
    public DeleteItemResult deleteItem(DeleteItemRequest request) {
        return pass(Operation.DELETE_ITEM, request, () -> delegate.deleteItem(request));
    }

    @Override
    public PageResult query(QueryRequest request) {
        return pass(Operation.QUERY, request, () -> delegate.query(request));
    }

    @Override
    public PageResult scan(ScanRequest request) {
        return pass(Operation.SCAN, request, () -> delegate.scan(request));
    }

    @Override
    public TransactWriteItemsResult transactWriteItems(TransactWriteItemsRequest request) {
        return pass(Operation.TRANSACT_WRITE_ITEMS, request, () -> delegate.transactWriteItems(request));
    }

    @Override
    public TransactGetItemsResult transactGetItems(TransactGetItemsRequest request) {
        return pass(Operation.TRANSACT_GET_ITEMS, request, () -> delegate.transactGetItems(request));
    }

    @Override
    public TableDescription createTable(CreateTableRequest request) {
        return pass(Operation.CREATE_TABLE, request, () -> delegate.createTable(request));
    }

    @Override
    public TableDescription describeTable(String tableName) {
        return pass(Operation.DESCRIBE_TABLE, tableName, () -> delegate.describeTable(tableName));
    }

    @Override
    public TableDescription deleteTable(String tableName) {
        return pass(Operation.DELETE_TABLE, tableName, () -> delegate.deleteTable(tableName));
    }

    @Override
    public ListTablesResult listTables(ListTablesRequest request) {
        return pass(Operation.LIST_TABLES, request, () -> delegate.listTables(request));
    }

    @Override
    public TimeToLiveSpecification updateTimeToLive(String tableName, TimeToLiveSpecification specification) {
        return pass(
                Operation.UPDATE_TIME_TO_LIVE,
                specification,
                () -> delegate.updateTimeToLive(tableName, specification));
    }

    @Override
    public TimeToLiveDescription describeTimeToLive(String tableName) {
        return pass(Operation.DESCRIBE_TIME_TO_LIVE, tableName, () -> delegate.describeTimeToLive(tableName));
    }

    @Override
    public TableDescription updateTable(UpdateTableRequest request) {
        return pass(Operation.UPDATE_TABLE, request, () -> delegate.updateTable(request));
    }

    @Override
    public void tagResource(String resourceArn, List<Tag> tags) {
        pass(Operation.TAG_RESOURCE, resourceArn, () -> {
            delegate.tagResource(resourceArn, tags);
            return null;
        });
    }

    @Override
    public void untagResource(String resourceArn, List<String> tagKeys) {
        pass(Operation.UNTAG_RESOURCE, resourceArn, () -> {
            delegate.untagResource(resourceArn, tagKeys);
            return null;
        });
    }

    @Override
    public List<Tag> listTagsOfResource(String resourceArn) {
        return pass(Operation.LIST_TAGS_OF_RESOURCE, resourceArn, () -> delegate.listTagsOfResource(resourceArn));
    }
}
