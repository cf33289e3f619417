package io.tabletheory.inmemory.internal.stream;

import io.tabletheory.api.error.ExpiredIteratorException;
import io.tabletheory.api.error.ResourceNotFoundException;
import io.tabletheory.api.error.TrimmedDataAccessException;
import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.stream.DescribeStreamRequest;
import io.tabletheory.api.stream.GetRecordsRequest;
import io.tabletheory.api.stream.GetRecordsResult;
import io.tabletheory.api.stream.GetShardIteratorRequest;
import io.tabletheory.api.stream.ListStreamsRequest;
import io.tabletheory.api.stream.ListStreamsResult;
import io.tabletheory.api.stream.Shard;
import io.tabletheory.api.stream.StreamDescription;
import io.tabletheory.api.stream.StreamSummary;
import io.tabletheory.inmemory.internal.check.Constraints;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The four DynamoDB Streams operations over the emulator's {@link StreamRegistry}, with DynamoDB's request
 * constraints and errors: ListStreams, DescribeStream, GetShardIterator and GetRecords. Shard iterators expire 15
 * minutes after they are issued; records are kept 24 hours, both on the emulator's clock.
 */
public final class StreamReader {
    /** How long a shard iterator stays valid. */
    static final Duration ITERATOR_LIFETIME = Duration.ofMinutes(15);

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final StreamRegistry registry;

    StreamReader(StreamRegistry registry) {
        this.registry = registry;
    }

    /** ListStreams: every kept stream, or one table's, in ARN order. */
    public ListStreamsResult listStreams(ListStreamsRequest request) {
        Constraints constraints = new Constraints();
        request.limit().ifPresent(limit -> limitWithin(constraints, limit, 100));
        request.tableName().ifPresent(name -> constraints
                .check(name.length() >= 3, name, "tableName", "Member must have length greater than or equal to 3")
                .check(name.length() <= 255, name, "tableName", "Member must have length less than or equal to 255"));
        request.exclusiveStartStreamArn().ifPresent(arn -> arnLength(constraints, arn, "exclusiveStartStreamArn"));
        constraints.throwIfAny();
        int limit = request.limit().orElse(100);
        Optional<String> start = request.exclusiveStartStreamArn().map(arn -> StreamArns.canonical(arn)
                .orElseThrow(() -> new ValidationException("Invalid ExclusiveStartStreamArn: " + arn)));
        List<StreamSummary> page = new ArrayList<>();
        Iterator<TableStream> streams = registry.after(start).stream()
                .filter(stream ->
                        request.tableName().map(stream.tableName()::equals).orElse(true))
                .iterator();
        while (streams.hasNext() && page.size() < limit) {
            page.add(streams.next().summary());
        }
        Optional<String> last =
                streams.hasNext() ? Optional.of(page.get(page.size() - 1).streamArn()) : Optional.empty();
        return new ListStreamsResult(page, last);
    }

    /** DescribeStream: the stream's settings and its shard (one page of one). */
    public StreamDescription describeStream(DescribeStreamRequest request) {
        Constraints constraints = new Constraints();
        arnLength(constraints, request.streamArn(), "streamArn");
        request.limit().ifPresent(limit -> limitWithin(constraints, limit, 100));
        request.exclusiveStartShardId()
                .ifPresent(shardId -> shardIdLength(constraints, shardId, "exclusiveStartShardId"));
        constraints.throwIfAny();
        TableStream stream = stream(request.streamArn());
        stream.shard().trim(registry.horizon());
        List<Shard> shards = new ArrayList<>();
        boolean started = request.exclusiveStartShardId().isEmpty();
        for (StreamShard shard : List.of(stream.shard())) {
            if (started) {
                shards.add(shard.describe());
            }
            started = started
                    || shard.shardId().equals(request.exclusiveStartShardId().get());
        }
        int limit = request.limit().orElse(100);
        Optional<String> last = Optional.empty();
        if (shards.size() > limit) {
            shards = shards.subList(0, limit);
            last = Optional.of(shards.get(limit - 1).shardId());
        }
        return new StreamDescription(
                stream.arn(),
                stream.label(),
                stream.status(),
                stream.viewType(),
                stream.created(),
                stream.tableName(),
                stream.keySchema(),
                shards,
                last);
    }

    /** GetShardIterator: an iterator at the position the request's type names. */
    public String getShardIterator(GetShardIteratorRequest request) {
        Constraints constraints = new Constraints();
        arnLength(constraints, request.streamArn(), "streamArn");
        shardIdLength(constraints, request.shardId(), "shardId");
        request.sequenceNumber().ifPresent(number -> constraints
                .check(
                        number.length() >= 21,
                        number,
                        "sequenceNumber",
                        "Member must have length greater than or equal to 21")
                .check(
                        number.length() <= 40,
                        number,
                        "sequenceNumber",
                        "Member must have length less than or equal to 40"));
        constraints.throwIfAny();
        if (request.shardIteratorType().needsSequenceNumber()
                && request.sequenceNumber().isEmpty()) {
            throw new ValidationException(
                    "Must provide a SequenceNumber with ShardIteratorType " + request.shardIteratorType());
        }
        if (!request.shardIteratorType().needsSequenceNumber()
                && request.sequenceNumber().isPresent()) {
            throw new ValidationException(
                    "Cannot provide a SequenceNumber with ShardIteratorType " + request.shardIteratorType());
        }
        TableStream stream = stream(request.streamArn());
        StreamShard shard = shard(stream, request.shardId());
        shard.trim(registry.horizon());
        long position =
                switch (request.shardIteratorType()) {
                    case TRIM_HORIZON -> shard.trimHorizon();
                    case LATEST -> shard.latest();
                    case AT_SEQUENCE_NUMBER -> sequence(
                                    shard, request.sequenceNumber().get())
                            - 1;
                    case AFTER_SEQUENCE_NUMBER -> sequence(
                            shard, request.sequenceNumber().get());
                };
        if (shard.trimmedAfter(position)) {
            throw trimmed(request.sequenceNumber().orElse(""));
        }
        return new ShardIterator(
                        stream.arn(),
                        shard.shardId(),
                        position,
                        registry.clock().instant())
                .encode();
    }

    /** GetRecords: records from an iterator's position, and the iterator to go on with. */
    public GetRecordsResult getRecords(GetRecordsRequest request) {
        Constraints constraints = new Constraints();
        String text = request.shardIterator();
        constraints
                .check(!text.isEmpty(), text, "shardIterator", "Member must have length greater than or equal to 1")
                .check(
                        text.length() <= 2048,
                        text,
                        "shardIterator",
                        "Member must have length less than or equal to 2048");
        request.limit().ifPresent(limit -> limitWithin(constraints, limit, 1000));
        constraints.throwIfAny();
        ShardIterator iterator = ShardIterator.decode(text);
        Instant now = registry.clock().instant();
        if (now.isAfter(iterator.issued().plus(ITERATOR_LIFETIME))) {
            throw new ExpiredIteratorException("Iterator expired. The iterator was created at time "
                    + HTTP_DATE.format(iterator.issued()) + " while right now it is " + HTTP_DATE.format(now)
                    + " which is further in the future than the tolerated delay of "
                    + ITERATOR_LIFETIME.toMillis() + " milliseconds.");
        }
        TableStream stream = stream(iterator.streamArn());
        StreamShard shard = shard(stream, iterator.shardId());
        shard.trim(registry.horizon());
        if (shard.trimmedAfter(iterator.position())) {
            throw trimmed(SequenceNumbers.format(iterator.position()));
        }
        StreamShard.Page page = shard.read(iterator.position(), request.limit().orElse(1000));
        Optional<String> next = page.exhausted()
                ? Optional.empty()
                : Optional.of(new ShardIterator(stream.arn(), shard.shardId(), page.position(), now).encode());
        return new GetRecordsResult(page.records(), next);
    }

    private TableStream stream(String arn) {
        return registry.find(arn)
                .orElseThrow(() ->
                        new ResourceNotFoundException("Requested resource not found: Stream: " + arn + " not found"));
    }

    private static StreamShard shard(TableStream stream, String shardId) {
        if (!stream.shard().shardId().equals(shardId)) {
            throw new ResourceNotFoundException(
                    "Requested resource not found: Shard: " + shardId + " in Stream: " + stream.arn() + " not found");
        }
        return stream.shard();
    }

    private static long sequence(StreamShard shard, String text) {
        OptionalLong number = SequenceNumbers.parse(text);
        if (number.isEmpty() || !shard.spans(number.getAsLong())) {
            throw new ValidationException(
                    "Invalid SequenceNumber: " + text + " is not in the range of Shard: " + shard.shardId());
        }
        return number.getAsLong();
    }

    private static TrimmedDataAccessException trimmed(String sequenceNumber) {
        return new TrimmedDataAccessException("Attempted to access data that has been trimmed from the stream"
                + (sequenceNumber.isEmpty() ? "" : " (sequence number " + sequenceNumber + ")")
                + ": records are kept for 24 hours; start again from TRIM_HORIZON");
    }

    private static void limitWithin(Constraints constraints, int limit, int maximum) {
        constraints
                .check(limit >= 1, limit, "limit", "Member must have value greater than or equal to 1")
                .check(limit <= maximum, limit, "limit", "Member must have value less than or equal to " + maximum);
    }

    private static void arnLength(Constraints constraints, String arn, String field) {
        constraints
                .check(arn.length() >= 37, arn, field, "Member must have length greater than or equal to 37")
                .check(arn.length() <= 1024, arn, field, "Member must have length less than or equal to 1024");
    }

    private static void shardIdLength(Constraints constraints, String shardId, String field) {
        constraints
                .check(shardId.length() >= 28, shardId, field, "Member must have length greater than or equal to 28")
                .check(shardId.length() <= 65, shardId, field, "Member must have length less than or equal to 65");
    }
}
