package io.tabletheory.server.wire;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.request.BatchGetItemRequest;
import io.tabletheory.api.request.BatchGetItemResult;
import io.tabletheory.api.request.BatchWriteItemRequest;
import io.tabletheory.api.request.BatchWriteItemResult;
import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.DeleteItemResult;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.GetItemResult;
import io.tabletheory.api.request.PageResult;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.PutItemResult;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.api.request.ScanRequest;
import io.tabletheory.api.request.TransactGetItemsRequest;
import io.tabletheory.api.request.TransactGetItemsResult;
import io.tabletheory.api.request.TransactWriteItemsRequest;
import io.tabletheory.api.request.TransactWriteItemsResult;
import io.tabletheory.api.request.UpdateItemRequest;
import io.tabletheory.api.request.UpdateItemResult;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ListTablesRequest;
import io.tabletheory.api.table.ListTablesResult;
import io.tabletheory.api.table.TableDescription;
import io.tabletheory.api.table.TimeToLiveDescription;
import io.tabletheory.api.table.TimeToLiveSpecification;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A hand-written fake store for the wire tests of the item, page, batch and transaction operations: it records the
 * api request the server decoded and answers with the result (or throws the exception) the test set. The table
 * operations are not needed by those tests and throw {@link UnsupportedOperationException} naming themselves.
 */
final class RecordingStore implements DynamoStore {
    private final AtomicReference<Object> received = new AtomicReference<>();
    private final AtomicReference<Object> answer = new AtomicReference<>();

    /** The next call answers {@code result}, or throws it when it is a {@link RuntimeException}. */
    void answerWith(Object result) {
        answer.set(result);
    }

    /** The last api request received, as its type. */
    <T> T received(Class<T> type) {
        Object request = received.get();
        if (!type.isInstance(request)) {
            throw new AssertionError("expected a " + type.getSimpleName() + " but the store received " + request);
        }
        return type.cast(request);
    }

    /** Whether any request reached the store since the last {@link #reset}. */
    boolean receivedAnything() {
        return received.get() != null;
    }

    /** Forgets the last request and answer. */
    void reset() {
        received.set(null);
        answer.set(null);
    }

    private <T> T record(Object request, Class<T> resultType) {
        received.set(request);
        Object result = answer.get();
        if (result instanceof RuntimeException) {
            throw (RuntimeException) result;
        }
        if (!resultType.isInstance(result)) {
            throw new AssertionError("the test set no " + resultType.getSimpleName() + " to answer " + request);
        }
        return resultType.cast(result);
    }

    @Override
    public BatchGetItemResult batchGetItem(BatchGetItemRequest request) {
        return record(request, BatchGetItemResult.class);
    }

    @Override
    public BatchWriteItemResult batchWriteItem(BatchWriteItemRequest request) {
        return record(request, BatchWriteItemResult.class);
    }

    @Override
    public TransactWriteItemsResult transactWriteItems(TransactWriteItemsRequest request) {
        return record(request, TransactWriteItemsResult.class);
    }

    @Override
    public TransactGetItemsResult transactGetItems(TransactGetItemsRequest request) {
        return record(request, TransactGetItemsResult.class);
    }

    @Override
    public GetItemResult getItem(GetItemRequest request) {
        return record(request, GetItemResult.class);
    }

    @Override
    public PutItemResult putItem(PutItemRequest request) {
        return record(request, PutItemResult.class);
    }

    @Override
    public UpdateItemResult updateItem(UpdateItemRequest request) {
        return record(request, UpdateItemResult.class);
    }

    @Override
    public DeleteItemResult deleteItem(DeleteItemRequest request) {
        return record(request, DeleteItemResult.class);
    }

    @Override
    public PageResult query(QueryRequest request) {
        return record(request, PageResult.class);
    }

    @Override
    public PageResult scan(ScanRequest request) {
        return record(request, PageResult.class);
    }

    @Override
    public TableDescription createTable(CreateTableRequest request) {
        throw unsupported("CreateTable");
    }

    @Override
    public TableDescription describeTable(String tableName) {
        throw unsupported("DescribeTable");
    }

    @Override
    public TableDescription deleteTable(String tableName) {
        throw unsupported("DeleteTable");
    }

    @Override
    public ListTablesResult listTables(ListTablesRequest request) {
        throw unsupported("ListTables");
    }

    @Override
    public TimeToLiveSpecification updateTimeToLive(String tableName, TimeToLiveSpecification specification) {
        throw unsupported("UpdateTimeToLive");
    }

    @Override
    public TimeToLiveDescription describeTimeToLive(String tableName) {
        throw unsupported("DescribeTimeToLive");
    }

    private static UnsupportedOperationException unsupported(String operation) {
        return new UnsupportedOperationException(operation + " is not part of the recording store");
    }
}
