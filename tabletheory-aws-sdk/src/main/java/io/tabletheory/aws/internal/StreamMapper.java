package io.tabletheory.aws.internal;

import io.tabletheory.api.error.BackendException;
import io.tabletheory.api.stream.DescribeStreamRequest;
import io.tabletheory.api.stream.GetRecordsRequest;
import io.tabletheory.api.stream.GetRecordsResult;
import io.tabletheory.api.stream.GetShardIteratorRequest;
import io.tabletheory.api.stream.ListStreamsRequest;
import io.tabletheory.api.stream.ListStreamsResult;
import io.tabletheory.api.stream.SequenceNumberRange;
import io.tabletheory.api.stream.Shard;
import io.tabletheory.api.stream.StreamDescription;
import io.tabletheory.api.stream.StreamStatus;
import io.tabletheory.api.stream.StreamSummary;
import io.tabletheory.api.table.StreamViewType;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamResponse;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.ListStreamsResponse;

/**
 * The DynamoDB Streams requests and results of the stream port, to and from the SDK's ({@code DynamoDbStreamsClient}
 * speaks the {@code software.amazon.awssdk.services.dynamodb.model} shapes): each field to the SDK field of the same
 * name, absent options left unset; records through {@link AwsStreamRecords}.
 */
final class StreamMapper {
    private StreamMapper() {}

    static software.amazon.awssdk.services.dynamodb.model.ListStreamsRequest toSdk(ListStreamsRequest request) {
        return software.amazon.awssdk.services.dynamodb.model.ListStreamsRequest.builder()
                .tableName(request.tableName().orElse(null))
                .limit(request.limit().isPresent() ? request.limit().getAsInt() : null)
                .exclusiveStartStreamArn(request.exclusiveStartStreamArn().orElse(null))
                .build();
    }

    static ListStreamsResult fromSdk(ListStreamsResponse response) {
        return new ListStreamsResult(
                response.streams().stream()
                        .map(stream -> new StreamSummary(stream.streamArn(), stream.tableName(), stream.streamLabel()))
                        .toList(),
                Optional.ofNullable(response.lastEvaluatedStreamArn()));
    }

    static software.amazon.awssdk.services.dynamodb.model.DescribeStreamRequest toSdk(DescribeStreamRequest request) {
        return software.amazon.awssdk.services.dynamodb.model.DescribeStreamRequest.builder()
                .streamArn(request.streamArn())
                .limit(request.limit().isPresent() ? request.limit().getAsInt() : null)
                .exclusiveStartShardId(request.exclusiveStartShardId().orElse(null))
                .build();
    }

    static StreamDescription fromSdk(DescribeStreamResponse response) {
        var description = response.streamDescription();
        return new StreamDescription(
                description.streamArn(),
                description.streamLabel(),
                known(StreamStatus.class, description.streamStatusAsString(), "StreamStatus"),
                known(StreamViewType.class, description.streamViewTypeAsString(), "StreamViewType"),
                Optional.ofNullable(description.creationRequestDateTime()).orElse(Instant.EPOCH),
                description.tableName(),
                TableMapper.keySchemaFromSdk(description.keySchema()),
                description.shards().stream()
                        .map(shard -> new Shard(
                                shard.shardId(),
                                shard.sequenceNumberRange() == null
                                        ? new SequenceNumberRange(Optional.empty(), Optional.empty())
                                        : new SequenceNumberRange(
                                                Optional.ofNullable(shard.sequenceNumberRange()
                                                        .startingSequenceNumber()),
                                                Optional.ofNullable(shard.sequenceNumberRange()
                                                        .endingSequenceNumber())),
                                Optional.ofNullable(shard.parentShardId())))
                        .toList(),
                Optional.ofNullable(description.lastEvaluatedShardId()));
    }

    static software.amazon.awssdk.services.dynamodb.model.GetShardIteratorRequest toSdk(
            GetShardIteratorRequest request) {
        return software.amazon.awssdk.services.dynamodb.model.GetShardIteratorRequest.builder()
                .streamArn(request.streamArn())
                .shardId(request.shardId())
                .shardIteratorType(request.shardIteratorType().name())
                .sequenceNumber(request.sequenceNumber().orElse(null))
                .build();
    }

    static software.amazon.awssdk.services.dynamodb.model.GetRecordsRequest toSdk(GetRecordsRequest request) {
        return software.amazon.awssdk.services.dynamodb.model.GetRecordsRequest.builder()
                .shardIterator(request.shardIterator())
                .limit(request.limit().isPresent() ? request.limit().getAsInt() : null)
                .build();
    }

    static GetRecordsResult fromSdk(GetRecordsResponse response) {
        return new GetRecordsResult(
                StreamRecordMapper.fromSdk(response.records()), Optional.ofNullable(response.nextShardIterator()));
    }

    private static <E extends Enum<E>> E known(Class<E> type, String name, String member) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new BackendException("", "DynamoDB Streams answered an unknown " + member + ": " + name, null);
    }
}
