package io.tabletheory.bench.clientpath;

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
import io.tabletheory.api.value.AttributeValue;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link DynamoStore} that answers from memory, to measure the engine alone (a model to the port's request and
 * the port's result back to a model): PutItem keeps the request and answers an empty result, GetItem keeps the
 * request and answers the given item. Every other operation is unsupported.
 */
public final class PortStub implements DynamoStore {
    private static final PutItemResult PUT_RESULT = new PutItemResult(Map.of(), Optional.empty());
    private final GetItemResult getResult;
    private PutItemRequest lastPut;
    private GetItemRequest lastGet;

    /** A stub whose GetItem answers {@code item}. */
    public PortStub(Map<String, AttributeValue> item) {
        this.getResult = new GetItemResult(Optional.of(item), Optional.empty());
    }

    @Override
    public PutItemResult putItem(PutItemRequest request) {
        lastPut = request;
        return PUT_RESULT;
    }

    @Override
    public GetItemResult getItem(GetItemRequest request) {
        lastGet = request;
        return getResult;
    }

    /** The last PutItem request. */
    public PutItemRequest lastPut() {
        return lastPut;
    }

    /** The last GetItem request. */
    public GetItemRequest lastGet() {
        return lastGet;
    }

    @Override
    public BatchGetItemResult batchGetItem(BatchGetItemRequest request) {
        throw unsupported("batchGetItem");
    }

    @Override
    public BatchWriteItemResult batchWriteItem(BatchWriteItemRequest request) {
        throw unsupported("batchWriteItem");
    }

    @Override
    public UpdateItemResult updateItem(UpdateItemRequest request) {
        throw unsupported("updateItem");
    }

    @Override
    public DeleteItemResult deleteItem(DeleteItemRequest request) {
        throw unsupported("deleteItem");
    }

    @Override
    public PageResult query(QueryRequest request) {
        throw unsupported("query");
    }

    @Override
    public PageResult scan(ScanRequest request) {
        throw unsupported("scan");
    }

    @Override
    public TransactWriteItemsResult transactWriteItems(TransactWriteItemsRequest request) {
        throw unsupported("transactWriteItems");
    }

    @Override
    public TransactGetItemsResult transactGetItems(TransactGetItemsRequest request) {
        throw unsupported("transactGetItems");
    }

    @Override
    public TableDescription createTable(CreateTableRequest request) {
        throw unsupported("createTable");
    }

    @Override
    public TableDescription describeTable(String tableName) {
        throw unsupported("describeTable");
    }

    @Override
    public TableDescription deleteTable(String tableName) {
        throw unsupported("deleteTable");
    }

    @Override
    public ListTablesResult listTables(ListTablesRequest request) {
        throw unsupported("listTables");
    }

    @Override
    public TimeToLiveSpecification updateTimeToLive(String tableName, TimeToLiveSpecification specification) {
        throw unsupported("updateTimeToLive");
    }

    @Override
    public TimeToLiveDescription describeTimeToLive(String tableName) {
        throw unsupported("describeTimeToLive");
    }

    private static UnsupportedOperationException unsupported(String operation) {
        return new UnsupportedOperationException("the port stub only serves PutItem and GetItem, not " + operation);
    }
}
