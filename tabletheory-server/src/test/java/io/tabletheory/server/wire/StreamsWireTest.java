package io.tabletheory.server.wire;

import static io.tabletheory.server.wire.WireResponse.DYNAMODB;
import static io.tabletheory.server.wire.WireResponse.UNKNOWN_OPERATION;
import static io.tabletheory.server.wire.WireResponse.VALIDATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.server.TableTheoryServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The DynamoDB Streams API on the server's endpoint ({@code DynamoDBStreams_20120810.*}): its JSON shapes (the
 * records' envelope and {@code dynamodb} member, the stream description, pages), the region the client signed for in
 * ARNs and records, and its errors as 4xx in DynamoDB's error shape.
 */
class StreamsWireTest {
    private static final String REGION = "eu-west-1";

    private static TableTheoryServer server;
    private static WireClient client;

    @BeforeAll
    static void startServer() {
        server = TableTheoryServer.start();
        client = new WireClient(server.endpoint());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static String createStreamTable(String name, String viewType) {
        client.post(
                        "CreateTable",
                        "{\"TableName\": \"" + name + "\", \"BillingMode\": \"PAY_PER_REQUEST\","
                                + " \"AttributeDefinitions\": [{\"AttributeName\": \"pk\", \"AttributeType\": \"S\"}],"
                                + " \"KeySchema\": [{\"AttributeName\": \"pk\", \"KeyType\": \"HASH\"}],"
                                + " \"StreamSpecification\": {\"StreamEnabled\": true, \"StreamViewType\": \""
                                + viewType + "\"}}")
                .assertOk();
        return (String) client.postSigned("DescribeTable", "{\"TableName\": \"" + name + "\"}", REGION)
                .assertOk()
                .member("Table", "LatestStreamArn");
    }

    private static String trimHorizon(String streamArn) {
        String shardId = (String) client.postStreams("DescribeStream", "{\"StreamArn\": \"" + streamArn + "\"}", REGION)
                .assertOk()
                .member("StreamDescription", "Shards", 0, "ShardId");
        return (String) client.postStreams(
                        "GetShardIterator",
                        "{\"StreamArn\": \"" + streamArn + "\", \"ShardId\": \"" + shardId
                                + "\", \"ShardIteratorType\": \"TRIM_HORIZON\"}",
                        REGION)
                .assertOk()
                .member("ShardIterator");
    }

    @Test
    void getRecords_answersDynamoDbsRecordShape() {
        String arn = createStreamTable("wire-records", "NEW_AND_OLD_IMAGES");
        client.post(
                        "PutItem",
                        "{\"TableName\": \"wire-records\", \"Item\": {\"pk\": {\"S\": \"a\"}, \"n\": {\"N\": \"1\"}}}")
                .assertOk();
        client.post(
                        "PutItem",
                        "{\"TableName\": \"wire-records\", \"Item\": {\"pk\": {\"S\": \"a\"}, \"n\": {\"N\": \"2\"}}}")
                .assertOk();
        client.post("DeleteItem", "{\"TableName\": \"wire-records\", \"Key\": {\"pk\": {\"S\": \"a\"}}}")
                .assertOk();

        WireResponse records = client.postStreams(
                        "GetRecords", "{\"ShardIterator\": \"" + trimHorizon(arn) + "\", \"Limit\": 10}", REGION)
                .assertOk();

        assertThat(arn).startsWith("arn:aws:dynamodb:eu-west-1:");
        assertThat(records.member("Records", 0, "eventName")).isEqualTo("INSERT");
        assertThat(records.member("Records", 1, "eventName")).isEqualTo("MODIFY");
        assertThat(records.member("Records", 2, "eventName")).isEqualTo("REMOVE");
        assertThat(records.member("Records", 0, "eventVersion")).isEqualTo("1.1");
        assertThat(records.member("Records", 0, "eventSource")).isEqualTo("aws:dynamodb");
        assertThat(records.member("Records", 0, "awsRegion")).isEqualTo(REGION);
        assertThat((String) records.member("Records", 0, "eventID")).isNotEmpty();
        assertThat(records.member("Records", 0, "dynamodb", "Keys")).isEqualTo(Map.of("pk", Map.of("S", "a")));
        assertThat(records.member("Records", 1, "dynamodb", "OldImage", "n")).isEqualTo(Map.of("N", "1"));
        assertThat(records.member("Records", 1, "dynamodb", "NewImage", "n")).isEqualTo(Map.of("N", "2"));
        assertThat(records.member("Records", 2, "dynamodb", "NewImage")).isNull();
        assertThat(records.member("Records", 0, "dynamodb", "StreamViewType")).isEqualTo("NEW_AND_OLD_IMAGES");
        assertThat(records.member("Records", 0, "dynamodb", "ApproximateCreationDateTime"))
                .isInstanceOf(Number.class);
        assertThat(records.member("Records", 0, "dynamodb", "SizeBytes")).isInstanceOf(Number.class);
        assertThat((String) records.member("Records", 0, "dynamodb", "SequenceNumber"))
                .hasSize(21);
        assertThat(records.member("Records", 0, "userIdentity")).isNull();
        assertThat((String) records.member("NextShardIterator")).isNotEmpty();
    }

    @Test
    void listAndDescribe_nameTheStreamInTheClientsRegion() {
        String arn = createStreamTable("wire-describe", "KEYS_ONLY");

        WireResponse listed = client.postStreams("ListStreams", "{\"TableName\": \"wire-describe\"}", REGION)
                .assertOk();
        WireResponse described = client.postStreams("DescribeStream", "{\"StreamArn\": \"" + arn + "\"}", REGION)
                .assertOk();

        assertThat(listed.member("Streams"))
                .isEqualTo(List.of(Map.of(
                        "StreamArn",
                        arn,
                        "TableName",
                        "wire-describe",
                        "StreamLabel",
                        arn.substring(arn.lastIndexOf('/') + 1))));
        assertThat(listed.member("LastEvaluatedStreamArn")).isNull();
        assertThat(described.member("StreamDescription", "StreamArn")).isEqualTo(arn);
        assertThat(described.member("StreamDescription", "StreamStatus")).isEqualTo("ENABLED");
        assertThat(described.member("StreamDescription", "StreamViewType")).isEqualTo("KEYS_ONLY");
        assertThat(described.member("StreamDescription", "TableName")).isEqualTo("wire-describe");
        assertThat(described.member("StreamDescription", "KeySchema"))
                .isEqualTo(List.of(Map.of("AttributeName", "pk", "KeyType", "HASH")));
        assertThat(described.member("StreamDescription", "CreationRequestDateTime"))
                .isInstanceOf(Number.class);
        assertThat((String) described.member("StreamDescription", "Shards", 0, "ShardId"))
                .startsWith("shardId-");
        assertThat(described.member("StreamDescription", "Shards", 0, "SequenceNumberRange", "StartingSequenceNumber"))
                .isNotNull();
    }

    @Test
    void errors_areFourHundreds_inDynamoDbsShape() {
        String arn = createStreamTable("wire-errors", "KEYS_ONLY");

        client.postStreams("GetRecords", "{\"ShardIterator\": \"garbage\"}", REGION)
                .assertError(400, VALIDATION, "Invalid ShardIterator");
        client.postStreams("GetRecords", "{\"ShardIterator\": \"" + trimHorizon(arn) + "\", \"Limit\": 1001}", REGION)
                .assertError(
                        400,
                        VALIDATION,
                        "1 validation error detected: Value '1001' at 'limit' failed to satisfy constraint: Member must"
                                + " have value less than or equal to 1000");
        client.postStreams(
                        "DescribeStream",
                        "{\"StreamArn\": \"" + arn.replace("wire-errors", "wire-missing") + "\"}",
                        REGION)
                .assertError(
                        400,
                        DYNAMODB + "ResourceNotFoundException",
                        "Requested resource not found: Stream: " + arn.replace("wire-errors", "wire-missing")
                                + " not found");
        client.postStreams(
                        "GetShardIterator",
                        "{\"StreamArn\": \"" + arn + "\", \"ShardId\": \"shardId-00000000000000000000-00000000\","
                                + " \"ShardIteratorType\": \"SOMEWHERE\"}",
                        REGION)
                .assertError(
                        400,
                        VALIDATION,
                        "1 validation error detected: Value 'SOMEWHERE' at 'shardIteratorType' failed to satisfy"
                                + " constraint: Member must satisfy enum value set: [TRIM_HORIZON, LATEST,"
                                + " AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER]");
        client.post("ListStreams", "{}")
                .assertError(
                        400, UNKNOWN_OPERATION, "Unknown operation in X-Amz-Target: DynamoDB_20120810.ListStreams");
        client.postStreams("PutItem", "{}", REGION)
                .assertError(
                        400, UNKNOWN_OPERATION, "Unknown operation in X-Amz-Target: DynamoDBStreams_20120810.PutItem");
    }
}
