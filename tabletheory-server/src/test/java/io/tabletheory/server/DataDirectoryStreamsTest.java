package io.tabletheory.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamStatus;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * A data directory keeps DynamoDB streams across restarts: their ARNs and labels, which are disabled, their records
 * (those kept in a snapshot, and those replayed from the journal, numbered as before), and the numbering going on.
 */
class DataDirectoryStreamsTest {
    @TempDir
    Path directory;

    private record Seen(
            String eventId,
            String eventName,
            String sequenceNumber,
            Map<String, AttributeValue> keys,
            Map<String, AttributeValue> newImage,
            Map<String, AttributeValue> oldImage) {
        static Seen of(Record record) {
            return new Seen(
                    record.eventID(),
                    record.eventNameAsString(),
                    record.dynamodb().sequenceNumber(),
                    record.dynamodb().keys(),
                    record.dynamodb().newImage(),
                    record.dynamodb().oldImage());
        }
    }

    @Test
    void restart_keepsStreamsRecordsAndNumbering() {
        List<String> arnsBefore;
        String latestBefore;
        List<Seen> firstBefore;
        List<Seen> secondBefore;
        try (TableTheoryServer server =
                        TableTheoryServer.builder().dataDirectory(directory).start();
                DynamoDbClient client = LocalClients.dynamo(server);
                DynamoDbStreamsClient streams = LocalClients.streams(server)) {
            client.createTable(b -> b.tableName("orders")
                    .attributeDefinitions(AttributeDefinition.builder()
                            .attributeName("id")
                            .attributeType("S")
                            .build())
                    .keySchema(KeySchemaElement.builder()
                            .attributeName("id")
                            .keyType(KeyType.HASH)
                            .build())
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)));
            put(client, "a", "1");
            put(client, "a", "2");
            client.updateTable(b -> b.tableName("orders").streamSpecification(s -> s.streamEnabled(false)));
            client.updateTable(b -> b.tableName("orders")
                    .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY)));
            put(client, "b", "1");
            put(client, "c", "1");
            arnsBefore = arns(streams);
            latestBefore =
                    client.describeTable(b -> b.tableName("orders")).table().latestStreamArn();
            firstBefore = records(streams, arnsBefore.get(0));
            secondBefore = records(streams, arnsBefore.get(1));
        }

        try (TableTheoryServer server =
                        TableTheoryServer.builder().dataDirectory(directory).start();
                DynamoDbClient client = LocalClients.dynamo(server);
                DynamoDbStreamsClient streams = LocalClients.streams(server)) {
            assertThat(arns(streams)).isEqualTo(arnsBefore);
            assertThat(client.describeTable(b -> b.tableName("orders")).table().latestStreamArn())
                    .isEqualTo(latestBefore)
                    .isEqualTo(arnsBefore.get(1));
            assertThat(streams.describeStream(b -> b.streamArn(arnsBefore.get(0)))
                            .streamDescription()
                            .streamStatus())
                    .isEqualTo(StreamStatus.DISABLED);
            assertThat(firstBefore).extracting(Seen::eventName).containsExactly("INSERT", "MODIFY");
            assertThat(secondBefore).extracting(Seen::eventName).containsExactly("INSERT", "INSERT");
            assertThat(records(streams, arnsBefore.get(0))).isEqualTo(firstBefore);
            assertThat(records(streams, arnsBefore.get(1))).isEqualTo(secondBefore);

            put(client, "d", "1");
            List<Seen> after = records(streams, arnsBefore.get(1));
            assertThat(after).hasSize(3);
            assertThat(new java.math.BigInteger(after.get(2).sequenceNumber()))
                    .isGreaterThan(new java.math.BigInteger(secondBefore.get(1).sequenceNumber()));
        }
    }

    private static void put(DynamoDbClient client, String id, String data) {
        client.putItem(b ->
                b.tableName("orders").item(Map.of("id", AttributeValue.fromS(id), "data", AttributeValue.fromS(data))));
    }

    private static List<String> arns(DynamoDbStreamsClient streams) {
        return streams.listStreams(b -> b.tableName("orders")).streams().stream()
                .map(stream -> stream.streamArn())
                .toList();
    }

    private static List<Seen> records(DynamoDbStreamsClient streams, String arn) {
        String shardId = streams.describeStream(b -> b.streamArn(arn))
                .streamDescription()
                .shards()
                .get(0)
                .shardId();
        String iterator = streams.getShardIterator(
                        b -> b.streamArn(arn).shardId(shardId).shardIteratorType(ShardIteratorType.TRIM_HORIZON))
                .shardIterator();
        List<Seen> seen = new ArrayList<>();
        for (Record record : streams.getRecords(b -> b.shardIterator(iterator)).records()) {
            seen.add(Seen.of(record));
        }
        return seen;
    }
}
