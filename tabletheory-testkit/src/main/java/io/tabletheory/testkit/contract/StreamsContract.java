package io.tabletheory.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.error.ResourceNotFoundException;
import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.port.StreamStore;
import io.tabletheory.api.request.BatchWriteItemRequest;
import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import io.tabletheory.api.request.TransactWriteItem;
import io.tabletheory.api.request.TransactWriteItemsRequest;
import io.tabletheory.api.request.UpdateItemRequest;
import io.tabletheory.api.request.WriteRequest;
import io.tabletheory.api.stream.DescribeStreamRequest;
import io.tabletheory.api.stream.GetRecordsRequest;
import io.tabletheory.api.stream.GetRecordsResult;
import io.tabletheory.api.stream.GetShardIteratorRequest;
import io.tabletheory.api.stream.ListStreamsRequest;
import io.tabletheory.api.stream.ShardIteratorType;
import io.tabletheory.api.stream.StreamDescription;
import io.tabletheory.api.stream.StreamEventName;
import io.tabletheory.api.stream.StreamRecord;
import io.tabletheory.api.stream.StreamStatus;
import io.tabletheory.api.stream.StreamSummary;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.KeySchemaElement;
import io.tabletheory.api.table.KeyType;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.table.StreamSpecification;
import io.tabletheory.api.table.StreamViewType;
import io.tabletheory.api.table.UpdateTableRequest;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The stream port's contract: which writes leave records and with which images, in order; the stream's description
 * and listing; the shard iterator types; the stream's lifecycle when disabled; and the request errors. Writes go
 * through {@link #store()}, reads through {@link #streams()}. On DynamoDB itself records appear within a second or
 * so, and the reads here wait for them; elsewhere they are there at once.
 */
public abstract class StreamsContract extends PortContract {
    private static final Duration RECORD_WAIT = Duration.ofSeconds(30);

    /** The stream port of the backend under test: the same data as {@link #store()}. */
    protected abstract StreamStore streams();

    /** Creates a table keyed by {@code pk} with a stream of {@code viewType}; returns its stream's ARN. */
    private String createStreamTable(String purpose, StreamViewType viewType) {
        String name = uniqueTableName(purpose);
        store().createTable(CreateTableRequest.builder(name)
                .partitionKey(PK, ScalarAttributeType.S)
                .streamSpecification(StreamSpecification.enabled(viewType))
                .build());
        return awaitActive(name).latestStreamArn().orElseThrow();
    }

    private String tableOf(String streamArn) {
        return streams().describeStream(DescribeStreamRequest.of(streamArn)).tableName();
    }

    private String shardId(String streamArn) {
        return streams()
                .describeStream(DescribeStreamRequest.of(streamArn))
                .shards()
                .get(0)
                .shardId();
    }

    private String iterator(String streamArn, ShardIteratorType type) {
        return streams().getShardIterator(GetShardIteratorRequest.of(streamArn, shardId(streamArn), type));
    }

    /** Reads the stream from its oldest record until {@code count} records came (or the wait ends). */
    private List<StreamRecord> awaitRecords(String streamArn, int count) {
        Instant deadline = Instant.now().plus(RECORD_WAIT);
        List<StreamRecord> records = new ArrayList<>();
        Optional<String> iterator = Optional.of(iterator(streamArn, ShardIteratorType.TRIM_HORIZON));
        while (iterator.isPresent() && records.size() < count && Instant.now().isBefore(deadline)) {
            GetRecordsResult page = streams().getRecords(GetRecordsRequest.of(iterator.get()));
            records.addAll(page.records());
            iterator = page.nextShardIterator();
            if (page.records().isEmpty() && records.size() < count) {
                pauseForRecords();
            }
        }
        return records;
    }

    private static void pauseForRecords() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for stream records", interrupted);
        }
    }

    private void update(String table, String id, String data) {
        store().updateItem(UpdateItemRequest.builder(table, item(PK, s(id)))
                .updateExpression("SET #d = :d")
                .expressionAttributeNames(Map.of("#d", "data"))
                .expressionAttributeValues(Map.of(":d", s(data)))
                .build());
    }

    @Test
    void writes_leaveInsertModifyRemove_withTheirImages_inOrder() {
        String arn = createStreamTable("stream-images", StreamViewType.NEW_AND_OLD_IMAGES);
        String table = tableOf(arn);
        put(table, item(PK, s("a"), "data", s("1")));
        update(table, "a", "2");
        store().deleteItem(DeleteItemRequest.builder(table, item(PK, s("a"))).build());

        List<StreamRecord> records = awaitRecords(arn, 3);

        assertThat(records)
                .extracting(StreamRecord::eventName)
                .containsExactly(StreamEventName.INSERT, StreamEventName.MODIFY, StreamEventName.REMOVE);
        assertThat(records.get(0).keys()).isEqualTo(item(PK, s("a")));
        assertThat(records.get(0).newImage()).contains(item(PK, s("a"), "data", s("1")));
        assertThat(records.get(0).oldImage()).isEmpty();
        assertThat(records.get(1).oldImage()).contains(item(PK, s("a"), "data", s("1")));
        assertThat(records.get(1).newImage()).contains(item(PK, s("a"), "data", s("2")));
        assertThat(records.get(2).oldImage()).contains(item(PK, s("a"), "data", s("2")));
        assertThat(records.get(2).newImage()).isEmpty();
        assertThat(records).allSatisfy(record -> {
            assertThat(record.streamViewType()).contains("NEW_AND_OLD_IMAGES");
            assertThat(record.sizeBytes()).isPositive();
            assertThat(record.approximateCreationTime()).isPresent();
            assertThat(record.fromTimeToLive()).isFalse();
        });
        assertThat(records)
                .extracting(record -> new BigInteger(record.sequenceNumber()))
                .isSorted()
                .doesNotHaveDuplicates();
    }

    @Test
    void keysOnlyStream_carriesNoImages() {
        String arn = createStreamTable("stream-keys", StreamViewType.KEYS_ONLY);
        String table = tableOf(arn);
        put(table, item(PK, s("a"), "data", s("secret")));
        update(table, "a", "still secret");

        assertThat(awaitRecords(arn, 2)).hasSize(2).allSatisfy(record -> {
            assertThat(record.keys()).isEqualTo(item(PK, s("a")));
            assertThat(record.newImage()).isEmpty();
            assertThat(record.oldImage()).isEmpty();
        });
    }

    @Test
    void writesThatChangeNothing_leaveNoRecord() {
        String arn = createStreamTable("stream-noop", StreamViewType.NEW_IMAGE);
        String table = tableOf(arn);
        put(table, item(PK, s("a"), "data", s("1")));
        put(table, item(PK, s("a"), "data", s("1")));
        store().deleteItem(
                        DeleteItemRequest.builder(table, item(PK, s("missing"))).build());
        put(table, item(PK, s("b")));

        // b's record follows any the no-op writes would have left: reading up to it shows them all
        assertThat(awaitRecords(arn, 2))
                .extracting(record -> record.eventName() + " " + record.keys().get(PK))
                .containsExactly("INSERT " + s("a"), "INSERT " + s("b"));
    }

    @Test
    void batchAndTransactionWrites_eachLeaveARecord() {
        String arn = createStreamTable("stream-batch", StreamViewType.NEW_IMAGE);
        String table = tableOf(arn);
        store().batchWriteItem(new BatchWriteItemRequest(
                Map.of(
                        table,
                        List.of(new WriteRequest.Put(item(PK, s("b1"))), new WriteRequest.Put(item(PK, s("b2"))))),
                ReturnConsumedCapacity.NONE));
        store().transactWriteItems(TransactWriteItemsRequest.of(List.of(
                new TransactWriteItem.Put(table, item(PK, s("t1")), Optional.empty(), Map.of(), Map.of(), null),
                new TransactWriteItem.Delete(table, item(PK, s("b1")), Optional.empty(), Map.of(), Map.of(), null))));

        List<StreamRecord> records = awaitRecords(arn, 4);

        assertThat(records)
                .extracting(record -> record.eventName() + " " + record.keys().get(PK))
                .containsExactlyInAnyOrder(
                        "INSERT " + s("b1"), "INSERT " + s("b2"), "INSERT " + s("t1"), "REMOVE " + s("b1"));
        assertThat(records)
                .extracting(record -> record.keys().get(PK))
                .filteredOn(s("b1")::equals)
                .hasSize(2);
        assertThat(records.stream().filter(record -> record.keys().get(PK).equals(s("b1"))))
                .extracting(StreamRecord::eventName)
                .containsExactly(StreamEventName.INSERT, StreamEventName.REMOVE);
    }

    @Test
    void describeAndList_reportTheStream() {
        String arn = createStreamTable("stream-describe", StreamViewType.NEW_IMAGE);
        String table = tableOf(arn);

        StreamDescription description = streams().describeStream(DescribeStreamRequest.of(arn));
        List<StreamSummary> listed =
                streams().listStreams(ListStreamsRequest.forTable(table)).streams();

        assertThat(description.streamArn()).isEqualTo(arn);
        assertThat(description.streamStatus()).isIn(StreamStatus.ENABLING, StreamStatus.ENABLED);
        assertThat(description.streamViewType()).isEqualTo(StreamViewType.NEW_IMAGE);
        assertThat(description.tableName()).isEqualTo(table);
        assertThat(description.keySchema()).containsExactly(new KeySchemaElement(PK, KeyType.HASH));
        assertThat(description.shards()).isNotEmpty();
        assertThat(description.shards().get(0).sequenceNumberRange().startingSequenceNumber())
                .isPresent();
        assertThat(listed).extracting(StreamSummary::streamArn).containsExactly(arn);
        assertThat(listed.get(0).streamLabel()).isEqualTo(description.streamLabel());
    }

    @Test
    void latestAndAfterSequenceNumberIterators_skipWhatCameBefore() {
        String arn = createStreamTable("stream-iterators", StreamViewType.KEYS_ONLY);
        String table = tableOf(arn);
        put(table, item(PK, s("first")));
        StreamRecord first = awaitRecords(arn, 1).get(0);
        String latest = iterator(arn, ShardIteratorType.LATEST);
        String afterFirst = streams()
                .getShardIterator(GetShardIteratorRequest.at(
                        arn, shardId(arn), ShardIteratorType.AFTER_SEQUENCE_NUMBER, first.sequenceNumber()));
        String atFirst = streams()
                .getShardIterator(GetShardIteratorRequest.at(
                        arn, shardId(arn), ShardIteratorType.AT_SEQUENCE_NUMBER, first.sequenceNumber()));
        put(table, item(PK, s("second")));
        awaitRecords(arn, 2);

        assertThat(streams().getRecords(GetRecordsRequest.of(latest)).records())
                .extracting(record -> record.keys().get(PK))
                .containsExactly(s("second"));
        assertThat(streams().getRecords(GetRecordsRequest.of(afterFirst)).records())
                .extracting(record -> record.keys().get(PK))
                .containsExactly(s("second"));
        assertThat(streams()
                        .getRecords(new GetRecordsRequest(atFirst, OptionalInt.of(1)))
                        .records())
                .extracting(record -> record.keys().get(PK))
                .containsExactly(s("first"));
    }

    @Test
    void disablingTheStream_leavesItReadable_andDisabled() {
        String arn = createStreamTable("stream-disable", StreamViewType.KEYS_ONLY);
        String table = tableOf(arn);
        put(table, item(PK, s("a")));
        awaitRecords(arn, 1);
        store().updateTable(UpdateTableRequest.builder(table)
                .streamSpecification(StreamSpecification.disabled())
                .build());
        awaitActive(table);

        StreamDescription description = streams().describeStream(DescribeStreamRequest.of(arn));

        assertThat(description.streamStatus()).isIn(StreamStatus.DISABLING, StreamStatus.DISABLED);
        assertThat(awaitRecords(arn, 1))
                .extracting(record -> record.keys().get(PK))
                .containsExactly(s("a"));
    }

    @Test
    void badRequests_areRefused() {
        String arn = createStreamTable("stream-errors", StreamViewType.KEYS_ONLY);

        assertValidationError(
                () -> streams()
                        .getRecords(
                                new GetRecordsRequest(iterator(arn, ShardIteratorType.LATEST), OptionalInt.of(1001))),
                "1 validation error detected: Value '1001' at 'limit' failed to satisfy constraint: Member must have"
                        + " value less than or equal to 1000");
        assertThatThrownBy(() -> streams().describeStream(DescribeStreamRequest.of(arn + "0")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> streams()
                        .getShardIterator(
                                GetShardIteratorRequest.of(arn, shardId(arn), ShardIteratorType.AT_SEQUENCE_NUMBER)))
                .isInstanceOf(ValidationException.class);
    }
}
