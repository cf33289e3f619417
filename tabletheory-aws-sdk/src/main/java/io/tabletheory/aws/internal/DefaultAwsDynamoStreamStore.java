package io.tabletheory.aws.internal;

import io.tabletheory.api.stream.DescribeStreamRequest;
import io.tabletheory.api.stream.GetRecordsRequest;
import io.tabletheory.api.stream.GetRecordsResult;
import io.tabletheory.api.stream.GetShardIteratorRequest;
import io.tabletheory.api.stream.ListStreamsRequest;
import io.tabletheory.api.stream.ListStreamsResult;
import io.tabletheory.api.stream.StreamDescription;
import io.tabletheory.aws.AwsDynamoStreamStore;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The stream port over a {@link DynamoDbStreamsClient}, behind {@link AwsDynamoStreamStore#create}: each call maps
 * its request with {@link StreamMapper}, calls the client once, and maps the answer back, translating SDK exceptions
 * with {@link ErrorTranslator}. Holds only the client, which it never closes.
 */
public final class DefaultAwsDynamoStreamStore implements AwsDynamoStreamStore {
    private final DynamoDbStreamsClient client;

    /** A stream store over {@code client}, which the caller keeps owning. */
    public DefaultAwsDynamoStreamStore(DynamoDbStreamsClient client) {
        this.client = client;
    }

    @Override
    public ListStreamsResult listStreams(ListStreamsRequest request) {
        return ErrorTranslator.translating(() -> StreamMapper.fromSdk(client.listStreams(StreamMapper.toSdk(request))));
    }

    @Override
    public StreamDescription describeStream(DescribeStreamRequest request) {
        return ErrorTranslator.translating(
                () -> StreamMapper.fromSdk(client.describeStream(StreamMapper.toSdk(request))));
    }

    @Override
    public String getShardIterator(GetShardIteratorRequest request) {
        return ErrorTranslator.translating(
                () -> client.getShardIterator(StreamMapper.toSdk(request)).shardIterator());
    }

    @Override
    public GetRecordsResult getRecords(GetRecordsRequest request) {
        return ErrorTranslator.translating(() -> StreamMapper.fromSdk(client.getRecords(StreamMapper.toSdk(request))));
    }

    @Override
    public String toString() {
        return "AwsDynamoStreamStore[" + client.serviceName() + "]";
    }
}
