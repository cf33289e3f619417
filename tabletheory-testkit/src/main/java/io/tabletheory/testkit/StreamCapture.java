package io.tabletheory.testkit;

import io.tabletheory.Model;
import io.tabletheory.ModelStreamRecord;
import io.tabletheory.StreamRecords;
import io.tabletheory.api.port.StreamStore;
import io.tabletheory.api.port.TableStore;
import io.tabletheory.api.stream.DescribeStreamRequest;
import io.tabletheory.api.stream.GetRecordsRequest;
import io.tabletheory.api.stream.GetRecordsResult;
import io.tabletheory.api.stream.GetShardIteratorRequest;
import io.tabletheory.api.stream.Shard;
import io.tabletheory.api.stream.ShardIteratorType;
import io.tabletheory.api.stream.StreamDescription;
import io.tabletheory.api.stream.StreamRecord;
import io.tabletheory.api.table.StreamSpecification;
import io.tabletheory.api.table.StreamViewType;
import io.tabletheory.api.table.TableDescription;
import io.tabletheory.api.table.UpdateTableRequest;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Captures a table's DynamoDB stream in a test and hands its records to a stream handler, synchronously: write through
 * TableTheory, then {@link #deliverTo deliver} what the writes recorded, then assert what the handler did. No polling,
 * no sleeping: the emulator records a change before the write returns.
 *
 * <pre>{@code
 * @Test
 * void shipsEveryNewOrder(TableTheory db, InMemoryDynamoStore store) {
 *     StreamCapture orders = StreamCapture.start(store, "orders");
 *     db.model(Order.class).create(new Order("o-1", "ada", 42));
 *
 *     orders.deliverTo(db.model(Order.class), shipping::onOrderChange);   // typed records, in order
 *
 *     assertThat(shipping.shipped()).containsExactly("o-1");
 * }
 * }</pre>
 *
 * <p>The capture follows the stream that is the table's latest when it starts, and sees the changes made after it
 * started: a table without a stream gets one with {@link StreamViewType#NEW_AND_OLD_IMAGES} (so handlers see both
 * images); a table with one keeps it and its view type. Records come in the stream's order (shard by shard, parents
 * first), each exactly once across {@link #drain()} and {@link #deliverTo} calls. A handler that throws stops the
 * delivery: the records before it count as delivered, the failing one and those after it stay pending and come first
 * on the next delivery, as a Lambda function's failed batch is retried; the exception reaches the caller.
 *
 * <p>Works on any {@link StreamStore}: the emulator, or a local endpoint through the AWS adapter. Against DynamoDB
 * itself records appear after a delay, so a capture there sees only what has arrived. Not thread-safe; use one per
 * test.
 */
public final class StreamCapture {
    private final StreamStore streams;
    private final String streamArn;
    private final Map<String, String> lastSequenceNumbers;

    private StreamCapture(StreamStore streams, String streamArn, Map<String, String> lastSequenceNumbers) {
        this.streams = streams;
        this.streamArn = streamArn;
        this.lastSequenceNumbers = lastSequenceNumbers;
    }

    /**
     * Starts capturing {@code tableName}'s stream on the emulator, enabling one with new and old images if the table
     * has none.
     *
     * @throws io.tabletheory.api.error.ResourceNotFoundException when the table does not exist
     */
    public static StreamCapture start(InMemoryDynamoStore store, String tableName) {
        return start(store, store, tableName);
    }

    /**
     * Starts capturing the stream of {@code model}'s table on the emulator, enabling one with new and old images if
     * the table has none.
     */
    public static StreamCapture start(InMemoryDynamoStore store, Model<?> model) {
        return start(store, store, Objects.requireNonNull(model, "model").tableName());
    }

    /**
     * Starts capturing {@code tableName}'s stream on any backend: {@code tables} enables the stream when the table has
     * none, {@code streams} reads it (for a local endpoint: an {@code AwsDynamoStore} and an {@code
     * AwsDynamoStreamStore} on the same endpoint).
     *
     * @throws io.tabletheory.api.error.ResourceNotFoundException when the table does not exist
     */
    public static StreamCapture start(TableStore tables, StreamStore streams, String tableName) {
        Objects.requireNonNull(tables, "tables");
        Objects.requireNonNull(streams, "streams");
        Objects.requireNonNull(tableName, "tableName");
        String streamArn = streamOf(tables, tableName);
        StreamCapture capture = new StreamCapture(streams, streamArn, new HashMap<>());
        capture.drain();
        return capture;
    }

    /** The ARN of the stream this capture reads. */
    public String streamArn() {
        return streamArn;
    }

    /**
     * The records written since the capture started or since the last {@code drain} or delivery, in stream order; they
     * count as delivered.
     *
     * @throws io.tabletheory.api.error.TrimmedDataAccessException when records not yet captured have expired (the
     *     emulator's clock moved more than 24 hours past them)
     */
    public List<StreamRecord> drain() {
        List<StreamRecord> drained = new ArrayList<>();
        deliverTo(drained::add);
        return List.copyOf(drained);
    }

    /**
     * Hands each pending record to {@code handler}, in stream order, on this thread.
     *
     * @return how many records the handler received
     */
    public int deliverTo(Consumer<? super StreamRecord> handler) {
        Objects.requireNonNull(handler, "handler");
        int delivered = 0;
        for (Shard shard : shards()) {
            delivered += deliverShard(shard, handler);
        }
        return delivered;
    }

    /**
     * Hands each pending record to {@code handler} with its images read as {@code model} instances ({@link
     * StreamRecords#typed}), in stream order, on this thread.
     *
     * @return how many records the handler received
     * @throws io.tabletheory.api.error.ModelException when an image does not fit the model; that record stays pending
     */
    public <T> int deliverTo(Model<T> model, Consumer<? super ModelStreamRecord<T>> handler) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(handler, "handler");
        return deliverTo(record -> handler.accept(StreamRecords.typed(model, record)));
    }

    private int deliverShard(Shard shard, Consumer<? super StreamRecord> handler) {
        String last = lastSequenceNumbers.get(shard.shardId());
        String iterator = streams.getShardIterator(
                last == null
                        ? GetShardIteratorRequest.of(streamArn, shard.shardId(), ShardIteratorType.TRIM_HORIZON)
                        : GetShardIteratorRequest.at(
                                streamArn, shard.shardId(), ShardIteratorType.AFTER_SEQUENCE_NUMBER, last));
        int delivered = 0;
        while (true) {
            GetRecordsResult page = streams.getRecords(GetRecordsRequest.of(iterator));
            for (StreamRecord record : page.records()) {
                handler.accept(record);
                lastSequenceNumbers.put(shard.shardId(), record.sequenceNumber());
                delivered++;
            }
            Optional<String> next = page.nextShardIterator();
            if (page.records().isEmpty() || next.isEmpty()) {
                return delivered;
            }
            iterator = next.get();
        }
    }

    private List<Shard> shards() {
        List<Shard> shards = new ArrayList<>();
        Optional<String> after = Optional.empty();
        do {
            StreamDescription page =
                    streams.describeStream(new DescribeStreamRequest(streamArn, OptionalInt.empty(), after));
            shards.addAll(page.shards());
            after = page.lastEvaluatedShardId();
        } while (after.isPresent());
        return parentsFirst(shards);
    }

    /** The shards in the order DescribeStream gave, except that a shard's parent, when listed, comes before it. */
    private static List<Shard> parentsFirst(List<Shard> shards) {
        Map<String, Shard> byId = new LinkedHashMap<>();
        shards.forEach(shard -> byId.put(shard.shardId(), shard));
        Set<String> placed = new HashSet<>();
        List<Shard> ordered = new ArrayList<>(shards.size());
        for (Shard shard : shards) {
            place(shard, byId, placed, ordered);
        }
        return ordered;
    }

    private static void place(Shard shard, Map<String, Shard> byId, Set<String> placed, List<Shard> ordered) {
        if (!placed.add(shard.shardId())) {
            return;
        }
        shard.parentShardId().map(byId::get).ifPresent(parent -> place(parent, byId, placed, ordered));
        ordered.add(shard);
    }

    private static String streamOf(TableStore tables, String tableName) {
        TableDescription table = tables.describeTable(tableName);
        boolean enabled = table.streamSpecification()
                .map(StreamSpecification::streamEnabled)
                .orElse(false);
        if (!enabled) {
            table = tables.updateTable(UpdateTableRequest.builder(tableName)
                    .streamSpecification(StreamSpecification.enabled(StreamViewType.NEW_AND_OLD_IMAGES))
                    .build());
        }
        return table.latestStreamArn()
                .or(() -> tables.describeTable(tableName).latestStreamArn())
                .orElseThrow(() -> new IllegalStateException(
                        "table " + tableName + " reports no stream ARN after its stream was enabled"));
    }
}
