package io.tabletheory.inmemory.internal;

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
import io.tabletheory.api.stream.DescribeStreamRequest;
import io.tabletheory.api.stream.GetRecordsRequest;
import io.tabletheory.api.stream.GetRecordsResult;
import io.tabletheory.api.stream.GetShardIteratorRequest;
import io.tabletheory.api.stream.ListStreamsRequest;
import io.tabletheory.api.stream.ListStreamsResult;
import io.tabletheory.api.stream.StreamDescription;
import io.tabletheory.api.stream.StreamRecord;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ListTablesRequest;
import io.tabletheory.api.table.ListTablesResult;
import io.tabletheory.api.table.TableDescription;
import io.tabletheory.api.table.Tag;
import io.tabletheory.api.table.TimeToLiveDescription;
import io.tabletheory.api.table.TimeToLiveSpecification;
import io.tabletheory.api.table.UpdateTableRequest;
import io.tabletheory.inmemory.ChangeListener;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import io.tabletheory.inmemory.SavedStream;
import io.tabletheory.inmemory.StreamSubscription;
import io.tabletheory.inmemory.internal.expr.cache.ExpressionCache;
import io.tabletheory.inmemory.internal.op.BatchGetItemOperation;
import io.tabletheory.inmemory.internal.op.BatchWriteItemOperation;
import io.tabletheory.inmemory.internal.op.DeleteItemOperation;
import io.tabletheory.inmemory.internal.op.GetItemOperation;
import io.tabletheory.inmemory.internal.op.PutItemOperation;
import io.tabletheory.inmemory.internal.op.QueryOperation;
import io.tabletheory.inmemory.internal.op.ScanOperation;
import io.tabletheory.inmemory.internal.op.TransactGetItemsOperation;
import io.tabletheory.inmemory.internal.op.TransactWriteItemsOperation;
import io.tabletheory.inmemory.internal.op.UpdateItemOperation;
import io.tabletheory.inmemory.internal.stream.EmulatorStreams;
import io.tabletheory.inmemory.internal.table.Table;
import io.tabletheory.inmemory.internal.table.TableCatalog;
import io.tabletheory.inmemory.internal.table.TimeToLiveSweeper;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The emulator behind {@link InMemoryDynamoStore#create()}: wires the table catalog, the expression cache and one
 * object per operation.
 */
public final class DefaultInMemoryDynamoStore implements InMemoryDynamoStore {
    private final Clock clock;
    private final TableCatalog tables;
    private final EmulatorStreams streams;
    private final ExpressionCache expressions = new ExpressionCache(ExpressionCache.DEFAULT_CAPACITY);
    private final PutItemOperation putItem;
    private final GetItemOperation getItem;
    private final DeleteItemOperation deleteItem;
    private final QueryOperation query;
    private final ScanOperation scan;
    private final UpdateItemOperation updateItem;
    private final BatchGetItemOperation batchGetItem;
    private final BatchWriteItemOperation batchWriteItem;
    private final TransactWriteItemsOperation transactWriteItems;
    private final TransactGetItemsOperation transactGetItems;

    /** An empty emulator reading time from {@code clock}; use {@link InMemoryDynamoStore#create(Clock)}. */
    public DefaultInMemoryDynamoStore(Clock clock) {
        this(clock, ChangeListener.NONE);
    }

    /**
     * An empty emulator reading time from {@code clock} and reporting its changes to {@code listener}; use {@link
     * InMemoryDynamoStore#create(Clock, ChangeListener)}.
     */
    public DefaultInMemoryDynamoStore(Clock clock, ChangeListener listener) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.streams = new EmulatorStreams(clock, listener, this::findTable);
        this.tables = new TableCatalog(clock, streams.listener());
        this.putItem = new PutItemOperation(tables, expressions);
        this.getItem = new GetItemOperation(tables, expressions);
        this.deleteItem = new DeleteItemOperation(tables, expressions);
        this.query = new QueryOperation(tables, expressions);
        this.scan = new ScanOperation(tables, expressions);
        this.updateItem = new UpdateItemOperation(tables, expressions);
        this.batchGetItem = new BatchGetItemOperation(tables, expressions);
        this.batchWriteItem = new BatchWriteItemOperation(tables);
        this.transactWriteItems = new TransactWriteItemsOperation(tables, expressions, clock);
        this.transactGetItems = new TransactGetItemsOperation(tables, expressions);
    }

    private Optional<Table> findTable(String tableName) {
        return tables.find(tableName);
    }

    /** The clock the emulator reads time from. */
    public Clock clock() {
        return clock;
    }

    @Override
    public GetItemResult getItem(GetItemRequest request) {
        return getItem.run(Objects.requireNonNull(request, "request"));
    }

    @Override
    public PutItemResult putItem(PutItemRequest request) {
        try {
            return putItem.run(Objects.requireNonNull(request, "request"));
        } finally {
            streams.deliverPending();
        }
    }

    @Override
    public DeleteItemResult deleteItem(DeleteItemRequest request) {
        try {
            return deleteItem.run(Objects.requireNonNull(request, "request"));
        } finally {
            streams.deliverPending();
        }
    }

    @Override
    public UpdateItemResult updateItem(UpdateItemRequest request) {
        try {
            return updateItem.run(Objects.requireNonNull(request, "request"));
        } finally {
            streams.deliverPending();
        }
    }

    @Override
    public PageResult query(QueryRequest request) {
        return query.run(Objects.requireNonNull(request, "request"));
    }

    @Override
    public PageResult scan(ScanRequest request) {
        return scan.run(Objects.requireNonNull(request, "request"));
    }

    @Override
    public BatchGetItemResult batchGetItem(BatchGetItemRequest request) {
        return batchGetItem.run(Objects.requireNonNull(request, "request"));
    }

    @Override
    public BatchWriteItemResult batchWriteItem(BatchWriteItemRequest request) {
        try {
            return batchWriteItem.run(Objects.requireNonNull(request, "request"));
        } finally {
            streams.deliverPending();
        }
    }

    @Override
    public TransactWriteItemsResult transactWriteItems(TransactWriteItemsRequest request) {
        try {
            return transactWriteItems.run(Objects.requireNonNull(request, "request"));
        } finally {
            streams.deliverPending();
        }
    }

    @Override
    public TransactGetItemsResult transactGetItems(TransactGetItemsRequest request) {
        return transactGetItems.run(Objects.requireNonNull(request, "request"));
    }

    @Override
    public TableDescription createTable(CreateTableRequest request) {
        Objects.requireNonNull(request, "request");
        if (request.streamSpecification().isPresent()) {
            streams.streamsPossible();
        }
        TableDescription created = tables.create(request);
        streams.tableChanged(request.tableName());
        return created;
    }

    @Override
    public TableDescription describeTable(String tableName) {
        return tables.describe(Objects.requireNonNull(tableName, "tableName"));
    }

    @Override
    public TableDescription deleteTable(String tableName) {
        return tables.delete(Objects.requireNonNull(tableName, "tableName"));
    }

    @Override
    public TableDescription updateTable(UpdateTableRequest request) {
        Objects.requireNonNull(request, "request");
        if (request.streamSpecification().isPresent()) {
            streams.streamsPossible();
        }
        TableDescription updated = tables.update(request);
        streams.tableChanged(request.tableName());
        return updated;
    }

    @Override
    public void tagResource(String resourceArn, List<Tag> tags) {
        tables.tag(Objects.requireNonNull(resourceArn, "resourceArn"), Objects.requireNonNull(tags, "tags"));
    }

    @Override
    public void untagResource(String resourceArn, List<String> tagKeys) {
        tables.untag(Objects.requireNonNull(resourceArn, "resourceArn"), Objects.requireNonNull(tagKeys, "tagKeys"));
    }

    @Override
    public List<Tag> listTagsOfResource(String resourceArn) {
        return tables.tags(Objects.requireNonNull(resourceArn, "resourceArn"));
    }

    @Override
    public ListTablesResult listTables(ListTablesRequest request) {
        return tables.list(Objects.requireNonNull(request, "request"));
    }

    @Override
    public TimeToLiveSpecification updateTimeToLive(String tableName, TimeToLiveSpecification specification) {
        return tables.updateTimeToLive(
                Objects.requireNonNull(tableName, "tableName"), Objects.requireNonNull(specification, "specification"));
    }

    @Override
    public TimeToLiveDescription describeTimeToLive(String tableName) {
        return tables.describeTimeToLive(Objects.requireNonNull(tableName, "tableName"));
    }

    @Override
    public long sweepExpiredItems() {
        try {
            return streams.asService(() -> {
                long deleted = 0;
                for (Table table : tables.tables()) {
                    deleted += TimeToLiveSweeper.sweep(table, clock.instant());
                }
                return deleted;
            });
        } finally {
            streams.deliverPending();
        }
    }

    @Override
    public StreamSubscription subscribe(String tableName, Consumer<List<StreamRecord>> subscriber) {
        return streams.subscribe(
                Objects.requireNonNull(tableName, "tableName"), Objects.requireNonNull(subscriber, "subscriber"));
    }

    @Override
    public List<SavedStream> savedStreams() {
        return streams.save();
    }

    @Override
    public void restoreStreams(List<SavedStream> saved) {
        streams.restore(List.copyOf(saved)).forEach(tables::streamLabelUsed);
    }

    @Override
    public ListStreamsResult listStreams(ListStreamsRequest request) {
        return streams.reader().listStreams(Objects.requireNonNull(request, "request"));
    }

    @Override
    public StreamDescription describeStream(DescribeStreamRequest request) {
        return streams.reader().describeStream(Objects.requireNonNull(request, "request"));
    }

    @Override
    public String getShardIterator(GetShardIteratorRequest request) {
        return streams.reader().getShardIterator(Objects.requireNonNull(request, "request"));
    }

    @Override
    public GetRecordsResult getRecords(GetRecordsRequest request) {
        return streams.reader().getRecords(Objects.requireNonNull(request, "request"));
    }

    @Override
    public String toString() {
        return "InMemoryDynamoStore";
    }
}
