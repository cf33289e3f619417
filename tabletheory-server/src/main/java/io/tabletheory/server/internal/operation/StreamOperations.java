package io.tabletheory.server.internal.operation;

import io.tabletheory.api.port.StreamStore;
import io.tabletheory.api.stream.DescribeStreamRequest;
import io.tabletheory.api.stream.GetRecordsRequest;
import io.tabletheory.api.stream.GetRecordsResult;
import io.tabletheory.api.stream.GetShardIteratorRequest;
import io.tabletheory.api.stream.ListStreamsRequest;
import io.tabletheory.api.stream.ListStreamsResult;
import io.tabletheory.api.stream.ShardIteratorType;
import io.tabletheory.api.stream.StreamDescription;
import io.tabletheory.api.stream.StreamSummary;
import io.tabletheory.server.internal.json.WireObject;
import io.tabletheory.server.internal.json.WireWriter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The DynamoDB Streams API on the wire ({@code X-Amz-Target: DynamoDBStreams_20120810.<Operation>}, on the same
 * endpoint as DynamoDB's): ListStreams, DescribeStream, GetShardIterator and GetRecords over a {@link StreamStore},
 * in DynamoDB Streams' JSON shapes. Stream ARNs in answers name the region the client signed for, as table ARNs do;
 * the store accepts an ARN of any region back.
 */
final class StreamOperations {
    /** The prefix of every DynamoDB Streams {@code X-Amz-Target}; these operations' names carry it. */
    static final String TARGET_PREFIX = "DynamoDBStreams_20120810.";

    private static final String ITERATOR_TYPES = "[TRIM_HORIZON, LATEST, AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER]";

    private StreamOperations() {}

    static List<Operation> all(StreamStore streams) {
        return List.of(
                new RegionalOperation(
                        TARGET_PREFIX + "ListStreams", (request, region) -> listStreams(streams, request, region)),
                new RegionalOperation(
                        TARGET_PREFIX + "DescribeStream",
                        (request, region) -> describeStream(streams, request, region)),
                new NamedOperation(TARGET_PREFIX + "GetShardIterator", request -> getShardIterator(streams, request)),
                new RegionalOperation(
                        TARGET_PREFIX + "GetRecords", (request, region) -> getRecords(streams, request, region)));
    }

    private static byte[] listStreams(StreamStore streams, WireObject request, String region) {
        ListStreamsResult result = streams.listStreams(new ListStreamsRequest(
                request.string("TableName"), limit(request), request.string("ExclusiveStartStreamArn")));
        return WireWriter.object(out -> {
            out.json().writeArrayFieldStart("Streams");
            for (StreamSummary stream : result.streams()) {
                out.json().writeStartObject();
                out.json().writeStringField("StreamArn", StreamShapes.regional(stream.streamArn(), region));
                out.json().writeStringField("TableName", stream.tableName());
                out.json().writeStringField("StreamLabel", stream.streamLabel());
                out.json().writeEndObject();
            }
            out.json().writeEndArray();
            out.string(
                    "LastEvaluatedStreamArn",
                    result.lastEvaluatedStreamArn().map(arn -> StreamShapes.regional(arn, region)));
        });
    }

    private static byte[] describeStream(StreamStore streams, WireObject request, String region) {
        StreamDescription description = streams.describeStream(new DescribeStreamRequest(
                request.requiredString("StreamArn"), limit(request), request.string("ExclusiveStartShardId")));
        return WireWriter.object(out -> StreamShapes.description(out, description, region));
    }

    private static byte[] getShardIterator(StreamStore streams, WireObject request) {
        MemberConstraints constraints = new MemberConstraints()
                .required(request, "StreamArn")
                .required(request, "ShardId")
                .required(request, "ShardIteratorType");
        Optional<ShardIteratorType> type =
                constraints.enumMember(request, "ShardIteratorType", ShardIteratorType.class, ITERATOR_TYPES);
        constraints.throwIfAny();
        String iterator = streams.getShardIterator(new GetShardIteratorRequest(
                request.requiredString("StreamArn"),
                request.requiredString("ShardId"),
                type.orElseThrow(),
                request.string("SequenceNumber")));
        return WireWriter.object(out -> out.json().writeStringField("ShardIterator", iterator));
    }

    private static byte[] getRecords(StreamStore streams, WireObject request, String region) {
        GetRecordsResult result =
                streams.getRecords(new GetRecordsRequest(request.requiredString("ShardIterator"), limit(request)));
        return WireWriter.object(out -> StreamShapes.records(out, result, region));
    }

    private static OptionalInt limit(WireObject request) {
        return request.integer("Limit").map(OptionalInt::of).orElseGet(OptionalInt::empty);
    }
}
