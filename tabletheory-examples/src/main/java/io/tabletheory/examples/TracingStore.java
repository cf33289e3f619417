package io.tabletheory.examples;

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
import io.tabletheory.api.request.TableRequest;
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
import io.tabletheory.api.table.UpdateTableRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A decorator that remembers which DynamoDB operations the demo's calls became, with their expressions made
 * readable ({@code Query users on email-index WHERE email = "ada@example.com"}), so the walk-through can show what
 * TableTheory chose and which attributes changed. Delegates everything to the real store.
 */
final class TracingStore implements DynamoStore {
    private final DynamoStore delegate;
    private final List<String> operations = new ArrayList<>();

    TracingStore(DynamoStore delegate) {
        this.delegate = delegate;
    }

    /** The operations since the last call, and forgets them. */
    synchronized List<String> drain() {
        List<String> drained = List.copyOf(operations);
        operations.clear();
        return drained;
    }

    /** " IF condition", readable, or nothing. */
    private static String condition(Optional<String> expression, TableRequest request) {
        return clause(" IF ", expression, request);
    }

    /** The keyword and the readable expression, or nothing when there is no expression. */
    private static String clause(String keyword, Optional<String> expression, TableRequest request) {
        return ReadableExpression.of(
                        expression, request.expressionAttributeNames(), request.expressionAttributeValues())
                .map(text -> keyword + text)
                .orElse("");
    }

    private synchronized void trace(String operation) {
        operations.add(operation);
    }

    @Override
    public GetItemResult getItem(GetItemRequest request) {
        trace("GetItem " + request.tableName());
        return delegate.getItem(request);
    }

    @Override
    public PutItemResult putItem(PutItemRequest request) {
        trace("PutItem " + request.tableName() + condition(request.conditionExpression(), request));
        return delegate.putItem(request);
    }

    @Override
    public UpdateItemResult updateItem(UpdateItemRequest request) {
        trace("UpdateItem " + request.tableName() + " "
                + ReadableExpression.of(
                                request.updateExpression(),
                                request.expressionAttributeNames(),
                                request.expressionAttributeValues())
                        .orElse("")
                + condition(request.conditionExpression(), request));
        return delegate.updateItem(request);
    }

    @Override
    public DeleteItemResult deleteItem(DeleteItemRequest request) {
        trace("DeleteItem " + request.tableName() + condition(request.conditionExpression(), request));
        return delegate.deleteItem(request);
    }

    @Override
    public PageResult query(QueryRequest request) {
        trace("Query " + request.tableName()
                + request.indexName().map(index -> " on " + index).orElse("")
                + clause(" WHERE ", request.keyConditionExpression(), request)
                + clause(" FILTER ", request.filterExpression(), request));
        return delegate.query(request);
    }

    @Override
    public PageResult scan(ScanRequest request) {
        trace("Scan " + request.tableName()
                + request.indexName().map(index -> " on " + index).orElse("")
                + clause(" FILTER ", request.filterExpression(), request));
        return delegate.scan(request);
    }

    @Override
    public BatchGetItemResult batchGetItem(BatchGetItemRequest request) {
        trace("BatchGetItem");
        return delegate.batchGetItem(request);
    }

    @Override
    public BatchWriteItemResult batchWriteItem(BatchWriteItemRequest request) {
        trace("BatchWriteItem");
        return delegate.batchWriteItem(request);
    }

    @Override
    public TransactWriteItemsResult transactWriteItems(TransactWriteItemsRequest request) {
        trace("TransactWriteItems");
        return delegate.transactWriteItems(request);
    }

    @Override
    public TransactGetItemsResult transactGetItems(TransactGetItemsRequest request) {
        trace("TransactGetItems");
        return delegate.transactGetItems(request);
    }

    @Override
    public TableDescription createTable(CreateTableRequest request) {
        return delegate.createTable(request);
    }

    @Override
    public TableDescription describeTable(String tableName) {
        return delegate.describeTable(tableName);
    }

    @Override
    public TableDescription deleteTable(String tableName) {
        return delegate.deleteTable(tableName);
    }

    @Override
    public TableDescription updateTable(UpdateTableRequest request) {
        return delegate.updateTable(request);
    }

    @Override
    public ListTablesResult listTables(ListTablesRequest request) {
        return delegate.listTables(request);
    }

    @Override
    public TimeToLiveSpecification updateTimeToLive(String tableName, TimeToLiveSpecification specification) {
        return delegate.updateTimeToLive(tableName, specification);
    }

    @Override
    public TimeToLiveDescription describeTimeToLive(String tableName) {
        return delegate.describeTimeToLive(tableName);
    }
}
