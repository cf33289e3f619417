package io.tabletheory.testkit.fault;

import io.tabletheory.api.error.ThrottlingException;
import io.tabletheory.api.error.TransactionConflictException;
import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.request.BatchGetItemRequest;
import io.tabletheory.api.request.BatchGetItemResult;
import io.tabletheory.api.request.BatchWriteItemRequest;
import io.tabletheory.api.request.BatchWriteItemResult;
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
import java.util.function.Supplier;

/**
 * A backend that behaves like the one it wraps, except where a rule says otherwise: every BatchGetItem and
 * BatchWriteItem can leave a share of its keys or writes unprocessed (as DynamoDB does under load), and chosen calls
 * of any operation can fail (throttled, a transaction conflict, any error). Use it to prove that code retries what
 * it must and never loses a write.
 *
 * <pre>{@code
 * FaultInjectingStore store = FaultInjectingStore.wrap(InMemoryDynamoStore.create())
 *         .leavingUnprocessed(50)                                // half of every batch comes back
 *         .throttling(Operation.BATCH_WRITE_ITEM, 3);            // and the third batch write is throttled
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
    private final Map<List<Object>, Supplier<? extends RuntimeException>> failures = new ConcurrentHashMap<>();
    private volatile int percentUnprocessed;

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
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(failure, "failure");
        if (nthCall < 1) {
            throw new IllegalArgumentException("calls are counted from 1, not " + nthCall);
        }
        failures.put(List.of(operation, nthCall), failure);
        return this;
    }

    /** Makes call number {@code nthCall} of {@code operation} fail with a {@link ThrottlingException}. */
    public FaultInjectingStore throttling(Operation operation, int nthCall) {
        return failing(
                operation,
                nthCall,
                () -> new ThrottlingException("Injected: the level of configured provisioned throughput for the"
                        + " table was exceeded (call " + nthCall + " of " + operation + ")"));
    }

    /** Makes call number {@code nthCall} of TransactWriteItems fail with a {@link TransactionConflictException}. */
    public FaultInjectingStore conflictingTransaction(int nthCall) {
        return failing(
                Operation.TRANSACT_WRITE_ITEMS,
                nthCall,
                () -> new TransactionConflictException(
                        "Injected: transaction is ongoing for the item (call " + nthCall + ")"));
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

    private void enter(Operation operation) {
        int call;
        synchronized (counts) {
            call = counts.merge(operation, 1, Integer::sum);
        }
        Supplier<? extends RuntimeException> failure = failures.get(List.of(operation, call));
        if (failure != null) {
            throw failure.get();
        }
    }

    // ----- batches -----

    @Override
    public BatchGetItemResult batchGetItem(BatchGetItemRequest request) {
        enter(Operation.BATCH_GET_ITEM);
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
        enter(Operation.BATCH_WRITE_ITEM);
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

    private <R> R pass(Operation operation, Supplier<R> call) {
        enter(operation);
        return call.get();
    }

    @Override
    public GetItemResult getItem(GetItemRequest request) {
        return pass(Operation.GET_ITEM, () -> delegate.getItem(request));
    }

    @Override
    public PutItemResult putItem(PutItemRequest request) {
        return pass(Operation.PUT_ITEM, () -> delegate.putItem(request));
    }

    @Override
    public UpdateItemResult updateItem(UpdateItemRequest request) {
        return pass(Operation.UPDATE_ITEM, () -> delegate.updateItem(request));
    }

    @Override
    public DeleteItemResult deleteItem(DeleteItemRequest request) {
        return pass(Operation.DELETE_ITEM, () -> delegate.deleteItem(request));
    }

    @Override
    public PageResult query(QueryRequest request) {
        return pass(Operation.QUERY, () -> delegate.query(request));
    }

    @Override
    public PageResult scan(ScanRequest request) {
        return pass(Operation.SCAN, () -> delegate.scan(request));
    }

    @Override
    public TransactWriteItemsResult transactWriteItems(TransactWriteItemsRequest request) {
        return pass(Operation.TRANSACT_WRITE_ITEMS, () -> delegate.transactWriteItems(request));
    }

    @Override
    public TransactGetItemsResult transactGetItems(TransactGetItemsRequest request) {
        return pass(Operation.TRANSACT_GET_ITEMS, () -> delegate.transactGetItems(request));
    }

    @Override
    public TableDescription createTable(CreateTableRequest request) {
        return pass(Operation.CREATE_TABLE, () -> delegate.createTable(request));
    }

    @Override
    public TableDescription describeTable(String tableName) {
        return pass(Operation.DESCRIBE_TABLE, () -> delegate.describeTable(tableName));
    }

    @Override
    public TableDescription deleteTable(String tableName) {
        return pass(Operation.DELETE_TABLE, () -> delegate.deleteTable(tableName));
    }

    @Override
    public ListTablesResult listTables(ListTablesRequest request) {
        return pass(Operation.LIST_TABLES, () -> delegate.listTables(request));
    }

    @Override
    public TimeToLiveSpecification updateTimeToLive(String tableName, TimeToLiveSpecification specification) {
        return pass(Operation.UPDATE_TIME_TO_LIVE, () -> delegate.updateTimeToLive(tableName, specification));
    }

    @Override
    public TimeToLiveDescription describeTimeToLive(String tableName) {
        return pass(Operation.DESCRIBE_TIME_TO_LIVE, () -> delegate.describeTimeToLive(tableName));
    }

    @Override
    public TableDescription updateTable(UpdateTableRequest request) {
        return pass(Operation.UPDATE_TABLE, () -> delegate.updateTable(request));
    }

    @Override
    public void tagResource(String resourceArn, List<Tag> tags) {
        pass(Operation.TAG_RESOURCE, () -> {
            delegate.tagResource(resourceArn, tags);
            return null;
        });
    }

    @Override
    public void untagResource(String resourceArn, List<String> tagKeys) {
        pass(Operation.UNTAG_RESOURCE, () -> {
            delegate.untagResource(resourceArn, tagKeys);
            return null;
        });
    }

    @Override
    public List<Tag> listTagsOfResource(String resourceArn) {
        return pass(Operation.LIST_TAGS_OF_RESOURCE, () -> delegate.listTagsOfResource(resourceArn));
    }
}
