package io.tabletheory.lambda.internal;

import io.tabletheory.api.error.BackendException;
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
import io.tabletheory.api.table.Tag;
import io.tabletheory.api.table.TimeToLiveDescription;
import io.tabletheory.api.table.TimeToLiveSpecification;
import io.tabletheory.api.table.UpdateTableRequest;
import java.util.List;
import java.util.function.Function;

/**
 * The store under every {@code TableTheory} a {@code LambdaTableTheory} hands out: each port call first asks the
 * {@link Deadline} how long it may take (failing fast when the invocation's time is spent), then goes to the
 * {@link Backend}'s current store with that time as its API-call timeout; a backend failure after which the deadline
 * has passed becomes a {@link io.tabletheory.lambda.LambdaTimeoutException}. Every port method is overridden here
 * (a test checks it), so no call can bypass the deadline.
 */
final class InvocationStore implements DynamoStore {
    private final Backend backend;
    private final Deadline deadline;

    InvocationStore(Backend backend, Deadline deadline) {
        this.backend = backend;
        this.deadline = deadline;
    }

    private <T> T call(String operation, Function<DynamoStore, T> action) {
        DynamoStore store = backend.store(deadline.remainingFor(operation));
        try {
            return action.apply(store);
        } catch (BackendException failure) {
            if (deadline.spent()) {
                throw deadline.exceeded(operation, failure);
            }
            throw failure;
        }
    }

    @Override
    public GetItemResult getItem(GetItemRequest request) {
        return call("GetItem", store -> store.getItem(request));
    }

    @Override
    public PutItemResult putItem(PutItemRequest request) {
        return call("PutItem", store -> store.putItem(request));
    }

    @Override
    public UpdateItemResult updateItem(UpdateItemRequest request) {
        return call("UpdateItem", store -> store.updateItem(request));
    }

    @Override
    public DeleteItemResult deleteItem(DeleteItemRequest request) {
        return call("DeleteItem", store -> store.deleteItem(request));
    }

    @Override
    public PageResult query(QueryRequest request) {
        return call("Query", store -> store.query(request));
    }

    @Override
    public PageResult scan(ScanRequest request) {
        return call("Scan", store -> store.scan(request));
    }

    @Override
    public BatchGetItemResult batchGetItem(BatchGetItemRequest request) {
        return call("BatchGetItem", store -> store.batchGetItem(request));
    }

    @Override
    public BatchWriteItemResult batchWriteItem(BatchWriteItemRequest request) {
        return call("BatchWriteItem", store -> store.batchWriteItem(request));
    }

    @Override
    public TransactWriteItemsResult transactWriteItems(TransactWriteItemsRequest request) {
        return call("TransactWriteItems", store -> store.transactWriteItems(request));
    }

    @Override
    public TransactGetItemsResult transactGetItems(TransactGetItemsRequest request) {
        return call("TransactGetItems", store -> store.transactGetItems(request));
    }

    @Override
    public TableDescription createTable(CreateTableRequest request) {
        return call("CreateTable", store -> store.createTable(request));
    }

    @Override
    public TableDescription describeTable(String tableName) {
        return call("DescribeTable", store -> store.describeTable(tableName));
    }

    @Override
    public TableDescription deleteTable(String tableName) {
        return call("DeleteTable", store -> store.deleteTable(tableName));
    }

    @Override
    public ListTablesResult listTables(ListTablesRequest request) {
        return call("ListTables", store -> store.listTables(request));
    }

    @Override
    public TimeToLiveSpecification updateTimeToLive(String tableName, TimeToLiveSpecification specification) {
        return call("UpdateTimeToLive", store -> store.updateTimeToLive(tableName, specification));
    }

    @Override
    public TimeToLiveDescription describeTimeToLive(String tableName) {
        return call("DescribeTimeToLive", store -> store.describeTimeToLive(tableName));
    }

    @Override
    public TableDescription updateTable(UpdateTableRequest request) {
        return call("UpdateTable", store -> store.updateTable(request));
    }

    @Override
    public void tagResource(String resourceArn, List<Tag> tags) {
        call("TagResource", store -> {
            store.tagResource(resourceArn, tags);
            return null;
        });
    }

    @Override
    public void untagResource(String resourceArn, List<String> tagKeys) {
        call("UntagResource", store -> {
            store.untagResource(resourceArn, tagKeys);
            return null;
        });
    }

    @Override
    public List<Tag> listTagsOfResource(String resourceArn) {
        return call("ListTagsOfResource", store -> store.listTagsOfResource(resourceArn));
    }

    @Override
    public String toString() {
        return "LambdaTableTheory store over " + backend.store(java.util.Optional.empty());
    }
}
