package io.tabletheory.aws.internal;

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
import io.tabletheory.aws.AwsDynamoStore;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.TagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.UntagResourceRequest;

/**
 * The AWS adapter behind {@link AwsDynamoStore#create}: each port call maps its request with the area's mapper, calls
 * the SDK client once, and maps the response back, translating any SDK exception with {@link ErrorTranslator}.
 * Holds nothing but the client (and, for {@link #withApiCallTimeout}, the override every request carries), so it is
 * as thread-safe as the client; it never closes the client.
 */
public final class DefaultAwsDynamoStore implements AwsDynamoStore {
    private final DynamoDbClient client;
    private final Optional<AwsRequestOverrideConfiguration> override;

    /** A store over {@code client}, which the caller keeps owning. */
    public DefaultAwsDynamoStore(DynamoDbClient client) {
        this(client, Optional.empty());
    }

    private DefaultAwsDynamoStore(DynamoDbClient client, Optional<AwsRequestOverrideConfiguration> override) {
        this.client = client;
        this.override = override;
    }

    @Override
    public AwsDynamoStore withApiCallTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("an API call timeout must be positive; got " + timeout);
        }
        return new DefaultAwsDynamoStore(
                client,
                Optional.of(AwsRequestOverrideConfiguration.builder()
                        .apiCallTimeout(timeout)
                        .build()));
    }

    @Override
    public GetItemResult getItem(GetItemRequest request) {
        return call(() -> ItemMapper.fromSdk(client.getItem(timed(ItemMapper.toSdk(request)))));
    }

    @Override
    public PutItemResult putItem(PutItemRequest request) {
        return call(() -> ItemMapper.fromSdk(client.putItem(timed(ItemMapper.toSdk(request)))));
    }

    @Override
    public UpdateItemResult updateItem(UpdateItemRequest request) {
        return call(() -> ItemMapper.fromSdk(client.updateItem(timed(ItemMapper.toSdk(request)))));
    }

    @Override
    public DeleteItemResult deleteItem(DeleteItemRequest request) {
        return call(() -> ItemMapper.fromSdk(client.deleteItem(timed(ItemMapper.toSdk(request)))));
    }

    @Override
    public PageResult query(QueryRequest request) {
        return call(() -> ReadMapper.fromSdk(client.query(timed(ReadMapper.toSdk(request)))));
    }

    @Override
    public PageResult scan(ScanRequest request) {
        return call(() -> ReadMapper.fromSdk(client.scan(timed(ReadMapper.toSdk(request)))));
    }

    @Override
    public BatchGetItemResult batchGetItem(BatchGetItemRequest request) {
        return call(() -> BatchMapper.fromSdk(client.batchGetItem(timed(BatchMapper.toSdk(request)))));
    }

    @Override
    public BatchWriteItemResult batchWriteItem(BatchWriteItemRequest request) {
        return call(() -> BatchMapper.fromSdk(client.batchWriteItem(timed(BatchMapper.toSdk(request)))));
    }

    @Override
    public TransactWriteItemsResult transactWriteItems(TransactWriteItemsRequest request) {
        return call(
                () -> TransactionMapper.fromSdk(client.transactWriteItems(timed(TransactionMapper.toSdk(request)))));
    }

    @Override
    public TransactGetItemsResult transactGetItems(TransactGetItemsRequest request) {
        return call(() -> TransactionMapper.fromSdk(client.transactGetItems(timed(TransactionMapper.toSdk(request)))));
    }

    @Override
    public TableDescription createTable(CreateTableRequest request) {
        return call(() -> TableMapper.fromSdk(
                client.createTable(timed(TableMapper.toSdk(request))).tableDescription()));
    }

    @Override
    public TableDescription describeTable(String tableName) {
        return call(() -> TableMapper.fromSdk(client.describeTable(timed(
                        DescribeTableRequest.builder().tableName(tableName).build()))
                .table()));
    }

    @Override
    public TableDescription deleteTable(String tableName) {
        return call(() -> TableMapper.fromSdk(client.deleteTable(
                        timed(DeleteTableRequest.builder().tableName(tableName).build()))
                .tableDescription()));
    }

    @Override
    public ListTablesResult listTables(ListTablesRequest request) {
        return call(() -> TableMapper.fromSdk(client.listTables(timed(TableMapper.toSdk(request)))));
    }

    @Override
    public TimeToLiveSpecification updateTimeToLive(String tableName, TimeToLiveSpecification specification) {
        return call(() -> TimeToLiveMapper.fromSdk(
                client.updateTimeToLive(timed(TimeToLiveMapper.toSdk(tableName, specification)))));
    }

    @Override
    public TimeToLiveDescription describeTimeToLive(String tableName) {
        return call(() -> TimeToLiveMapper.fromSdk(client.describeTimeToLive(
                timed(DescribeTimeToLiveRequest.builder().tableName(tableName).build()))));
    }

    /** The request with this store's override configuration (the API-call timeout), when it has one. */
    @SuppressWarnings("unchecked")
    private <R extends DynamoDbRequest> R timed(R request) {
        if (override.isEmpty()) {
            return request;
        }
        return (R) request.toBuilder().overrideConfiguration(override.get()).build();
    }

    @Override
    public TableDescription updateTable(UpdateTableRequest request) {
        return call(() -> TableMapper.fromSdk(
                client.updateTable(timed(TableUpdateMapper.toSdk(request))).tableDescription()));
    }

    @Override
    public void tagResource(String resourceArn, List<Tag> tags) {
        call(() -> client.tagResource(timed(TagResourceRequest.builder()
                .resourceArn(resourceArn)
                .tags(TagMapper.toSdk(tags))
                .build())));
    }

    @Override
    public void untagResource(String resourceArn, List<String> tagKeys) {
        call(() -> client.untagResource(timed(UntagResourceRequest.builder()
                .resourceArn(resourceArn)
                .tagKeys(tagKeys)
                .build())));
    }

    @Override
    public List<Tag> listTagsOfResource(String resourceArn) {
        return call(() -> TagMapper.list(page -> client.listTagsOfResource(timed(page)), resourceArn));
    }

    private static <T> T call(Supplier<T> operation) {
        return ErrorTranslator.translating(operation);
    }

    @Override
    public String toString() {
        return "AwsDynamoStore[" + client.serviceName() + "]";
    }
}
