package io.tabletheory.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.error.ExpiredIteratorException;
import io.tabletheory.api.error.ResourceNotFoundException;
import io.tabletheory.api.error.TrimmedDataAccessException;
import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.BatchWriteItemRequest;
import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.PutItemRequest;
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
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.table.StreamSpecification;
import io.tabletheory.api.table.StreamViewType;
import io.tabletheory.api.table.TimeToLiveSpecification;
import io.tabletheory.api.table.UpdateTableRequest;
import io.tabletheory.api.value.AttributeValue;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The emulator's DynamoDB Streams: which writes leave records, their shape, iterators, retention, lifecycle. */
class InMemoryDynamoStoreStreamTest {
    private static final Instant START = Instant.parse("2026-12-06T10:00:00Z");

    private final SettableClock now = new SettableClock(START);
    private final InMemoryDynamoStore dynamo = InMemoryDynamoStore.create(now);

    private String createTable(String name, StreamViewType viewType) {
        dynamo.createTable(CreateTableRequest.builder(name)
                .partitionKey("id", ScalarAttributeType.S)
                .streamSpecification(StreamSpecification.enabled(viewType))
                .build());
        return dynamo.describeTable(name).latestStreamArn().orElseThrow();
    }

    private static Map<String, AttributeValue> item(String id, String data) {
        return Map.of("id", AttributeValue.ofString(id), "data", AttributeValue.ofString(data));
    }

    private static Map<String, AttributeValue> key(String id) {
        return Map.of("id", AttributeValue.ofString(id));
    }

    private void put(String table, String id, String data) {
        dynamo.putItem(PutItemRequest.builder(table, item(id, data)).build());
    }

    private void update(String table, String id, String data) {
        dynamo.updateItem(UpdateItemRequest.builder(table, key(id))
                .updateExpression("SET #d = :d")
                .expressionAttributeNames(Map.of("#d", "data"))
                .expressionAttributeValues(Map.of(":d", AttributeValue.ofString(data)))
                .build());
    }

    private void delete(String table, String id) {
        dynamo.deleteItem(DeleteItemRequest.builder(table, key(id)).build());
    }

    private String shardId(String streamArn) {
        return dynamo.describeStream(DescribeStreamRequest.of(streamArn))
                .shards()
                .get(0)
                .shardId();
    }

    private String iterator(String streamArn, ShardIteratorType type) {
        return dynamo.getShardIterator(GetShardIteratorRequest.of(streamArn, shardId(streamArn), type));
    }

    private List<StreamRecord> readAll(String streamArn) {
        return dynamo.getRecords(GetRecordsRequest.of(iterator(streamArn, ShardIteratorType.TRIM_HORIZON)))
                .records();
    }

    @Test
    void writes_leaveInsertModifyRemove_withBothImages_inOrder() {
        String arn = createTable("orders", StreamViewType.NEW_AND_OLD_IMAGES);
        put("orders", "o1", "a");
        update("orders", "o1", "b");
        delete("orders", "o1");

        List<StreamRecord> records = readAll(arn);

        assertThat(records)
                .extracting(StreamRecord::eventName)
                .containsExactly(StreamEventName.INSERT, StreamEventName.MODIFY, StreamEventName.REMOVE);
        assertThat(records.get(0).keys()).isEqualTo(key("o1"));
        assertThat(records.get(0).newImage()).contains(item("o1", "a"));
        assertThat(records.get(0).oldImage()).isEmpty();
        assertThat(records.get(1).oldImage()).contains(item("o1", "a"));
        assertThat(records.get(1).newImage()).contains(item("o1", "b"));
        assertThat(records.get(2).oldImage()).contains(item("o1", "b"));
        assertThat(records.get(2).newImage()).isEmpty();
        assertThat(records).allSatisfy(record -> {
            assertThat(record.streamViewType()).contains("NEW_AND_OLD_IMAGES");
            assertThat(record.approximateCreationTime()).contains(START);
            assertThat(record.sizeBytes()).isPositive();
            assertThat(record.userIdentity()).isEmpty();
            assertThat(record.sequenceNumber()).hasSize(21).containsOnlyDigits();
        });
        assertThat(records)
                .extracting(record -> new BigInteger(record.sequenceNumber()))
                .isSorted()
                .doesNotHaveDuplicates();
        assertThat(records).extracting(StreamRecord::eventId).doesNotHaveDuplicates();
    }

    @Test
    void viewTypes_decideTheImages() {
        for (StreamViewType viewType : StreamViewType.values()) {
            String table = "view-" + viewType.name().toLowerCase().replace('_', '-');
            String arn = createTable(table, viewType);
            put(table, "k", "a");
            update(table, "k", "b");

            StreamRecord modify = readAll(arn).get(1);

            boolean newImage = viewType == StreamViewType.NEW_IMAGE || viewType == StreamViewType.NEW_AND_OLD_IMAGES;
            boolean oldImage = viewType == StreamViewType.OLD_IMAGE || viewType == StreamViewType.NEW_AND_OLD_IMAGES;
            assertThat(modify.keys()).isEqualTo(key("k"));
            assertThat(modify.newImage().isPresent())
                    .as(viewType + " new image")
                    .isEqualTo(newImage);
            assertThat(modify.oldImage().isPresent())
                    .as(viewType + " old image")
                    .isEqualTo(oldImage);
            assertThat(modify.streamViewType()).contains(viewType.name());
        }
    }

    @Test
    void writesThatChangeNothing_leaveNoRecord() {
        String arn = createTable("orders", StreamViewType.NEW_AND_OLD_IMAGES);
        put("orders", "o1", "a");
        put("orders", "o1", "a");
        update("orders", "o1", "a");
        delete("orders", "missing");
        dynamo.updateItem(UpdateItemRequest.builder("orders", key("missing"))
                .updateExpression("REMOVE absent")
                .build());

        assertThat(readAll(arn)).extracting(StreamRecord::eventName).containsExactly(StreamEventName.INSERT);
    }

    @Test
    void batchAndTransactionWrites_eachLeaveARecord() {
        String arn = createTable("orders", StreamViewType.NEW_IMAGE);
        dynamo.batchWriteItem(new BatchWriteItemRequest(
                Map.of("orders", List.of(new WriteRequest.Put(item("b1", "x")), new WriteRequest.Put(item("b2", "y")))),
                ReturnConsumedCapacity.NONE));
        dynamo.transactWriteItems(TransactWriteItemsRequest.of(List.of(
                new TransactWriteItem.Put("orders", item("t1", "z"), Optional.empty(), Map.of(), Map.of(), null),
                new TransactWriteItem.Delete("orders", key("b1"), Optional.empty(), Map.of(), Map.of(), null),
                new TransactWriteItem.Delete("orders", key("none"), Optional.empty(), Map.of(), Map.of(), null))));

        assertThat(readAll(arn))
                .extracting(record -> record.eventName() + " " + record.keys().get("id"))
                .containsExactly(
                        "INSERT " + AttributeValue.ofString("b1"),
                        "INSERT " + AttributeValue.ofString("b2"),
                        "INSERT " + AttributeValue.ofString("t1"),
                        "REMOVE " + AttributeValue.ofString("b1"));
    }

    @Test
    void timeToLiveDeletions_carryTheServiceIdentity() {
        String arn = createTable("sessions", StreamViewType.OLD_IMAGE);
        dynamo.updateTimeToLive("sessions", new TimeToLiveSpecification("expiresAt", true));
        dynamo.putItem(PutItemRequest.builder(
                        "sessions",
                        Map.of(
                                "id",
                                AttributeValue.ofString("s1"),
                                "expiresAt",
                                AttributeValue.ofNumber(Long.toString(START.getEpochSecond() - 10))))
                .build());
        delete("sessions", "s1");
        put("sessions", "s2", "x");
        dynamo.putItem(PutItemRequest.builder(
                        "sessions",
                        Map.of(
                                "id",
                                AttributeValue.ofString("s3"),
                                "expiresAt",
                                AttributeValue.ofNumber(Long.toString(START.getEpochSecond() - 10))))
                .build());

        assertThat(dynamo.sweepExpiredItems()).isEqualTo(1);

        List<StreamRecord> records = readAll(arn);
        assertThat(records).extracting(StreamRecord::fromTimeToLive).containsExactly(false, false, false, false, true);
        assertThat(records.get(4).userIdentity())
                .contains(new StreamRecord.UserIdentity("Service", "dynamodb.amazonaws.com"));
        assertThat(records.get(4).oldImage()).isPresent();
    }

    @Test
    void subscribers_receiveEachOperationsRecords_beforeTheWriteReturns() {
        createTable("orders", StreamViewType.NEW_AND_OLD_IMAGES);
        List<List<StreamRecord>> received = new ArrayList<>();
        StreamSubscription subscription = dynamo.subscribe("orders", received::add);
        put("orders", "o1", "a");
        assertThat(received).hasSize(1);
        dynamo.batchWriteItem(new BatchWriteItemRequest(
                Map.of("orders", List.of(new WriteRequest.Put(item("o2", "x")), new WriteRequest.Delete(key("o1")))),
                ReturnConsumedCapacity.NONE));
        put("orders", "o2", "x");
        subscription.close();
        subscription.close();
        put("orders", "o3", "after closing");

        assertThat(received).hasSize(2);
        assertThat(received.get(0)).extracting(StreamRecord::eventName).containsExactly(StreamEventName.INSERT);
        assertThat(received.get(1))
                .extracting(StreamRecord::eventName)
                .containsExactly(StreamEventName.INSERT, StreamEventName.REMOVE);
    }

    @Test
    void subscriberFailure_reachesTheWriter_afterTheWriteIsApplied() {
        createTable("orders", StreamViewType.KEYS_ONLY);
        StreamSubscription subscription = dynamo.subscribe("orders", records -> {
            throw new IllegalStateException("handler failed");
        });
        assertThatThrownBy(() -> put("orders", "o1", "a")).hasMessage("handler failed");
        subscription.close();
        assertThat(dynamo.getItem(io.tabletheory.api.request.GetItemRequest.builder("orders", key("o1"))
                                .build())
                        .item())
                .isPresent();
    }

    @Test
    void iteratorTypes_startWhereTheyName() {
        String arn = createTable("orders", StreamViewType.KEYS_ONLY);
        put("orders", "a", "1");
        put("orders", "b", "1");
        String shard = shardId(arn);
        List<StreamRecord> all = readAll(arn);
        String first = all.get(0).sequenceNumber();

        String latest = iterator(arn, ShardIteratorType.LATEST);
        assertThat(dynamo.getRecords(GetRecordsRequest.of(latest)).records()).isEmpty();
        put("orders", "c", "1");
        GetRecordsResult afterLatest = dynamo.getRecords(GetRecordsRequest.of(latest));
        assertThat(afterLatest.records())
                .extracting(record -> record.keys().get("id"))
                .containsExactly(AttributeValue.ofString("c"));
        assertThat(afterLatest.nextShardIterator()).isPresent();
        assertThat(dynamo.getRecords(GetRecordsRequest.of(
                                afterLatest.nextShardIterator().get()))
                        .records())
                .isEmpty();

        String at = dynamo.getShardIterator(
                GetShardIteratorRequest.at(arn, shard, ShardIteratorType.AT_SEQUENCE_NUMBER, first));
        assertThat(dynamo.getRecords(GetRecordsRequest.of(at)).records()).hasSize(3);
        String after = dynamo.getShardIterator(
                GetShardIteratorRequest.at(arn, shard, ShardIteratorType.AFTER_SEQUENCE_NUMBER, first));
        assertThat(dynamo.getRecords(new GetRecordsRequest(after, OptionalInt.of(1)))
                        .records())
                .extracting(record -> record.keys().get("id"))
                .containsExactly(AttributeValue.ofString("b"));
    }

    @Test
    void iterators_expireAfterFifteenMinutes() {
        String arn = createTable("orders", StreamViewType.KEYS_ONLY);
        String iterator = iterator(arn, ShardIteratorType.TRIM_HORIZON);
        now.set(START.plus(Duration.ofMinutes(15)));
        assertThat(dynamo.getRecords(GetRecordsRequest.of(iterator)).records()).isEmpty();
        now.set(START.plus(Duration.ofMinutes(15)).plusSeconds(1));

        assertThatThrownBy(() -> dynamo.getRecords(GetRecordsRequest.of(iterator)))
                .isInstanceOf(ExpiredIteratorException.class)
                .hasMessageContaining("Iterator expired");
    }

    @Test
    void recordsOlderThanADay_areTrimmed() {
        String arn = createTable("orders", StreamViewType.KEYS_ONLY);
        put("orders", "old", "1");
        String oldest = iterator(arn, ShardIteratorType.TRIM_HORIZON);
        String oldSequence = readAll(arn).get(0).sequenceNumber();
        now.set(START.plus(Duration.ofHours(24)).plusMillis(1));
        put("orders", "new", "1");

        assertThat(readAll(arn))
                .extracting(record -> record.keys().get("id"))
                .containsExactly(AttributeValue.ofString("new"));
        assertThatThrownBy(() -> dynamo.getShardIterator(GetShardIteratorRequest.at(
                        arn, shardId(arn), ShardIteratorType.AT_SEQUENCE_NUMBER, oldSequence)))
                .isInstanceOf(TrimmedDataAccessException.class);
        now.set(START.plus(Duration.ofMinutes(1)));
        assertThatThrownBy(() -> dynamo.getRecords(GetRecordsRequest.of(oldest)))
                .isInstanceOf(TrimmedDataAccessException.class);
    }

    @Test
    void disablingAStream_closesItsShard_andEnablingAgainMakesANewStream() {
        String first = createTable("orders", StreamViewType.KEYS_ONLY);
        put("orders", "a", "1");
        String iterator = iterator(first, ShardIteratorType.TRIM_HORIZON);
        dynamo.updateTable(UpdateTableRequest.builder("orders")
                .streamSpecification(StreamSpecification.disabled())
                .build());
        put("orders", "b", "1");

        StreamDescription disabled = dynamo.describeStream(DescribeStreamRequest.of(first));
        assertThat(disabled.streamStatus()).isEqualTo(StreamStatus.DISABLED);
        assertThat(disabled.shards().get(0).closed()).isTrue();
        GetRecordsResult read = dynamo.getRecords(GetRecordsRequest.of(iterator));
        assertThat(read.records()).hasSize(1);
        assertThat(read.nextShardIterator()).isEmpty();

        dynamo.updateTable(UpdateTableRequest.builder("orders")
                .streamSpecification(StreamSpecification.enabled(StreamViewType.NEW_IMAGE))
                .build());
        String second = dynamo.describeTable("orders").latestStreamArn().orElseThrow();
        put("orders", "c", "1");

        assertThat(second).isNotEqualTo(first);
        assertThat(dynamo.describeStream(DescribeStreamRequest.of(second)).streamStatus())
                .isEqualTo(StreamStatus.ENABLED);
        assertThat(readAll(second))
                .extracting(record -> record.keys().get("id"))
                .containsExactly(AttributeValue.ofString("c"));
        assertThat(dynamo.listStreams(ListStreamsRequest.forTable("orders")).streams())
                .extracting(summary -> summary.streamArn())
                .containsExactly(first, second);
    }

    @Test
    void deletingTheTable_disablesItsStream_whichStaysReadableForADay() {
        String arn = createTable("orders", StreamViewType.KEYS_ONLY);
        put("orders", "a", "1");
        dynamo.deleteTable("orders");

        assertThat(dynamo.describeStream(DescribeStreamRequest.of(arn)).streamStatus())
                .isEqualTo(StreamStatus.DISABLED);
        assertThat(readAll(arn)).hasSize(1);
        now.set(START.plus(Duration.ofHours(24)).plusSeconds(1));
        assertThatThrownBy(() -> dynamo.describeStream(DescribeStreamRequest.of(arn)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void listStreams_pagesAndFilters() {
        String a = createTable("aaa", StreamViewType.KEYS_ONLY);
        String b = createTable("bbb", StreamViewType.KEYS_ONLY);
        dynamo.createTable(CreateTableRequest.builder("nostream")
                .partitionKey("id", ScalarAttributeType.S)
                .build());

        var first = dynamo.listStreams(new ListStreamsRequest(Optional.empty(), OptionalInt.of(1), Optional.empty()));
        var second = dynamo.listStreams(
                new ListStreamsRequest(Optional.empty(), OptionalInt.of(1), first.lastEvaluatedStreamArn()));

        assertThat(first.streams()).extracting(summary -> summary.streamArn()).containsExactly(a);
        assertThat(first.lastEvaluatedStreamArn()).contains(a);
        assertThat(second.streams()).extracting(summary -> summary.streamArn()).containsExactly(b);
        assertThat(second.lastEvaluatedStreamArn()).isEmpty();
        assertThat(dynamo.listStreams(ListStreamsRequest.forTable("bbb")).streams())
                .extracting(summary -> summary.tableName())
                .containsExactly("bbb");
    }

    @Test
    void describeStream_reportsTheStream() {
        String arn = createTable("orders", StreamViewType.NEW_IMAGE);

        StreamDescription description = dynamo.describeStream(DescribeStreamRequest.of(arn));

        assertThat(description.streamArn()).isEqualTo(arn);
        assertThat(description.tableName()).isEqualTo("orders");
        assertThat(description.streamViewType()).isEqualTo(StreamViewType.NEW_IMAGE);
        assertThat(description.streamStatus()).isEqualTo(StreamStatus.ENABLED);
        assertThat(description.streamLabel())
                .isEqualTo(dynamo.describeTable("orders").latestStreamLabel().get());
        assertThat(description.keySchema()).hasSize(1);
        assertThat(description.shards()).hasSize(1);
        assertThat(description.shards().get(0).shardId()).startsWith("shardId-");
        assertThat(description.shards().get(0).closed()).isFalse();
    }

    @Test
    void badRequests_areRefusedWithDynamoDbsErrors() {
        String arn = createTable("orders", StreamViewType.KEYS_ONLY);
        String shard = shardId(arn);

        assertThatThrownBy(() -> dynamo.getRecords(
                        new GetRecordsRequest(iterator(arn, ShardIteratorType.LATEST), OptionalInt.of(1001))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("less than or equal to 1000");
        assertThatThrownBy(() -> dynamo.getRecords(GetRecordsRequest.of("not-an-iterator")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid ShardIterator");
        assertThatThrownBy(() -> dynamo.getShardIterator(
                        GetShardIteratorRequest.of(arn, shard, ShardIteratorType.AT_SEQUENCE_NUMBER)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> dynamo.describeStream(DescribeStreamRequest.of(arn.replace("orders", "others"))))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> dynamo.getShardIterator(GetShardIteratorRequest.of(
                        arn, "shardId-00000000000000000000-00000000", ShardIteratorType.LATEST)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> dynamo.getShardIterator(GetShardIteratorRequest.at(
                        arn, shard, ShardIteratorType.AFTER_SEQUENCE_NUMBER, "999999999999999999999")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void streamArnsOfAnyRegion_findTheStream() {
        String arn = createTable("orders", StreamViewType.KEYS_ONLY);

        assertThat(dynamo.describeStream(DescribeStreamRequest.of(arn.replace("us-east-1", "eu-west-1")))
                        .streamArn())
                .isEqualTo(arn);
    }

    @Test
    void savedStreams_restoredIntoANewEmulator_keepTheirArnsRecordsAndNumbering() {
        String first = createTable("orders", StreamViewType.NEW_IMAGE);
        put("orders", "a", "1");
        dynamo.updateTable(UpdateTableRequest.builder("orders")
                .streamSpecification(StreamSpecification.disabled())
                .build());
        dynamo.updateTable(UpdateTableRequest.builder("orders")
                .streamSpecification(StreamSpecification.enabled(StreamViewType.NEW_IMAGE))
                .build());
        String second = dynamo.describeTable("orders").latestStreamArn().orElseThrow();
        put("orders", "b", "1");
        List<SavedStream> saved = dynamo.savedStreams();
        List<StreamRecord> before = readAll(second);

        InMemoryDynamoStore restarted = InMemoryDynamoStore.create(now);
        restarted.createTable(CreateTableRequest.builder("orders")
                .partitionKey("id", ScalarAttributeType.S)
                .streamSpecification(StreamSpecification.enabled(StreamViewType.NEW_IMAGE))
                .build());
        restarted.putItem(PutItemRequest.builder("orders", item("a", "1")).build());
        restarted.putItem(PutItemRequest.builder("orders", item("b", "1")).build());
        restarted.restoreStreams(saved);
        restarted.putItem(PutItemRequest.builder("orders", item("c", "1")).build());

        assertThat(restarted.describeTable("orders").latestStreamArn()).contains(second);
        assertThat(restarted.listStreams(ListStreamsRequest.all()).streams())
                .extracting(summary -> summary.streamArn())
                .containsExactly(first, second);
        assertThat(restarted.describeStream(DescribeStreamRequest.of(first)).streamStatus())
                .isEqualTo(StreamStatus.DISABLED);
        String shard = restarted
                .describeStream(DescribeStreamRequest.of(second))
                .shards()
                .get(0)
                .shardId();
        List<StreamRecord> after = restarted
                .getRecords(GetRecordsRequest.of(restarted.getShardIterator(
                        GetShardIteratorRequest.of(second, shard, ShardIteratorType.TRIM_HORIZON))))
                .records();
        assertThat(after).hasSize(2);
        assertThat(after.get(0)).isEqualTo(before.get(0));
        assertThat(new BigInteger(after.get(1).sequenceNumber()))
                .isGreaterThan(new BigInteger(before.get(0).sequenceNumber()));
        assertThat(after.get(1).keys()).isEqualTo(key("c"));
    }

    @Test
    void getRecords_stopsAtOneMegabyte_andGoesOnFromThere() {
        String arn = createTable("large", StreamViewType.NEW_IMAGE);
        String large = "x".repeat(350_000);
        for (String id : List.of("a", "b", "c", "d")) {
            put("large", id, large);
        }

        GetRecordsResult first = dynamo.getRecords(GetRecordsRequest.of(iterator(arn, ShardIteratorType.TRIM_HORIZON)));
        GetRecordsResult second =
                dynamo.getRecords(GetRecordsRequest.of(first.nextShardIterator().orElseThrow()));

        assertThat(first.records())
                .extracting(record -> record.keys().get("id"))
                .containsExactly(AttributeValue.ofString("a"), AttributeValue.ofString("b"));
        assertThat(second.records())
                .extracting(record -> record.keys().get("id"))
                .containsExactly(AttributeValue.ofString("c"), AttributeValue.ofString("d"));
    }

    @Test
    void describeStream_pagesItsShards() {
        String arn = createTable("orders", StreamViewType.KEYS_ONLY);
        String shard = shardId(arn);

        StreamDescription after =
                dynamo.describeStream(new DescribeStreamRequest(arn, OptionalInt.of(1), Optional.of(shard)));

        assertThat(after.shards()).isEmpty();
        assertThat(after.lastEvaluatedShardId()).isEmpty();
        assertThatThrownBy(() ->
                        dynamo.describeStream(new DescribeStreamRequest(arn, OptionalInt.of(0), Optional.empty())))
                .isInstanceOf(ValidationException.class)
                .hasMessage(
                        "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must"
                                + " have value greater than or equal to 1");
    }
}
