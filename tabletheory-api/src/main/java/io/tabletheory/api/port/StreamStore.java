package io.tabletheory.api.port;

import io.tabletheory.api.stream.DescribeStreamRequest;
import io.tabletheory.api.stream.GetRecordsRequest;
import io.tabletheory.api.stream.GetRecordsResult;
import io.tabletheory.api.stream.GetShardIteratorRequest;
import io.tabletheory.api.stream.ListStreamsRequest;
import io.tabletheory.api.stream.ListStreamsResult;
import io.tabletheory.api.stream.StreamDescription;

/**
 * DynamoDB Streams: the change records of tables that have a stream (see {@link
 * io.tabletheory.api.table.StreamSpecification}). A stream has shards; a reader lists the streams, describes one to
 * find its shards, gets a shard iterator, and reads records with GetRecords, following each answer's next iterator.
 * A separate port from {@link DynamoStore}, which it does not extend: a backend implements both when it serves
 * streams (the emulator and the AWS adapter's stream store do).
 *
 * <pre>{@code
 * StreamDescription stream = streams.describeStream(DescribeStreamRequest.of(streamArn));
 * String iterator = streams.getShardIterator(GetShardIteratorRequest.of(
 *         streamArn, stream.shards().get(0).shardId(), ShardIteratorType.TRIM_HORIZON));
 * GetRecordsResult page = streams.getRecords(GetRecordsRequest.of(iterator));
 * }</pre>
 *
 * <p>Errors: {@link io.tabletheory.api.error.ResourceNotFoundException} for a stream or shard that does not exist
 * (or no longer does: a disabled stream is kept for 24 hours), {@link io.tabletheory.api.error.ValidationException}
 * for a malformed request (a limit out of range, a sequence number missing or not in the shard, an iterator that is
 * not one), {@link io.tabletheory.api.error.ExpiredIteratorException} for an iterator older than 15 minutes, {@link
 * io.tabletheory.api.error.TrimmedDataAccessException} for records older than the 24 hours a stream keeps.
 * Implementations are thread-safe.
 */
public interface StreamStore {
    /** One page of streams, of one table or every table, in a stable order. */
    ListStreamsResult listStreams(ListStreamsRequest request);

    /** A stream's status, view type, key schema and one page of its shards. */
    StreamDescription describeStream(DescribeStreamRequest request);

    /** A shard iterator: where to start reading a shard; valid for 15 minutes. */
    String getShardIterator(GetShardIteratorRequest request);

    /** Records of a shard from an iterator's position, and the iterator to continue with. */
    GetRecordsResult getRecords(GetRecordsRequest request);
}
