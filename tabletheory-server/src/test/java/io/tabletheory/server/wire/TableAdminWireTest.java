package io.tabletheory.server.wire;

import static io.tabletheory.server.wire.WireResponse.DYNAMODB;
import static io.tabletheory.server.wire.WireResponse.VALIDATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.server.TableTheoryServer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The table administration added for infrastructure code, as it reaches the wire: UpdateTable (billing, throughput,
 * global index creation with {@code IndexStatus} and {@code Backfilling}, deletion, streams), TagResource,
 * UntagResource and ListTagsOfResource, CreateTable's {@code Tags} and {@code StreamSpecification}, and the
 * descriptions' counts, sizes and region-specific ARNs.
 */
class TableAdminWireTest {
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

    private static void createTable(String name, String extra) {
        client.post(
                        "CreateTable",
                        "{\"TableName\": \"" + name + "\","
                                + " \"AttributeDefinitions\": [{\"AttributeName\": \"pk\", \"AttributeType\": \"S\"}],"
                                + " \"KeySchema\": [{\"AttributeName\": \"pk\", \"KeyType\": \"HASH\"}]" + extra + "}")
                .assertOk();
    }

    /** An on-demand table keyed by {@code pk} with a global index {@code by-group} on {@code group}, projecting ALL. */
    private static void createTableWithGroupIndex(String name) {
        client.post(
                        "CreateTable",
                        "{\"TableName\": \"" + name + "\", \"BillingMode\": \"PAY_PER_REQUEST\","
                                + " \"AttributeDefinitions\": [{\"AttributeName\": \"pk\", \"AttributeType\": \"S\"},"
                                + " {\"AttributeName\": \"group\", \"AttributeType\": \"S\"}],"
                                + " \"KeySchema\": [{\"AttributeName\": \"pk\", \"KeyType\": \"HASH\"}],"
                                + " \"GlobalSecondaryIndexes\": [{\"IndexName\": \"by-group\","
                                + " \"KeySchema\": [{\"AttributeName\": \"group\", \"KeyType\": \"HASH\"}],"
                                + " \"Projection\": {\"ProjectionType\": \"ALL\"}}]}")
                .assertOk();
    }

    private static void put(String table, String pk, String group) {
        client.post(
                        "PutItem",
                        "{\"TableName\": \"" + table + "\", \"Item\": {\"pk\": {\"S\": \"" + pk
                                + "\"}, \"group\": {\"S\": \"" + group + "\"}}}")
                .assertOk("{}");
    }

    @Test
    void updateTable_changesThroughput_andRefusesTheSameThroughputAgain() {
        createTable(
                "wire-throughput",
                ", \"ProvisionedThroughput\": {\"ReadCapacityUnits\": 5, \"WriteCapacityUnits\": 5}");

        WireResponse updated = client.post(
                        "UpdateTable",
                        "{\"TableName\": \"wire-throughput\","
                                + " \"ProvisionedThroughput\": {\"ReadCapacityUnits\": 10, \"WriteCapacityUnits\": 7}}")
                .assertOk();

        assertThat(updated.member("TableDescription", "TableStatus")).isEqualTo("UPDATING");
        WireResponse described = client.post("DescribeTable", "{\"TableName\": \"wire-throughput\"}")
                .assertOk();
        assertThat(described.member("Table", "TableStatus")).isEqualTo("ACTIVE");
        assertThat(described.member("Table", "ProvisionedThroughput", "ReadCapacityUnits"))
                .isEqualTo(new BigDecimal("10"));
        assertThat(described.member("Table", "ProvisionedThroughput", "WriteCapacityUnits"))
                .isEqualTo(new BigDecimal("7"));
        client.post(
                        "UpdateTable",
                        "{\"TableName\": \"wire-throughput\","
                                + " \"ProvisionedThroughput\": {\"ReadCapacityUnits\": 10, \"WriteCapacityUnits\": 7}}")
                .assertError(
                        400,
                        VALIDATION,
                        "The provisioned throughput for the table will not change. The requested value equals the"
                                + " current value. Current ReadCapacityUnits provisioned for the table: 10. Requested"
                                + " ReadCapacityUnits: 10. Current WriteCapacityUnits provisioned for the table: 7."
                                + " Requested WriteCapacityUnits: 7. Refer to the Amazon DynamoDB Developer Guide for"
                                + " current limits and how to request higher limits.");
    }

    @Test
    void updateTable_createsAGlobalIndexOnAPopulatedTable_backfillingUntilDescribed() {
        createTable("wire-backfill", ", \"BillingMode\": \"PAY_PER_REQUEST\"");
        put("wire-backfill", "a", "g1");
        put("wire-backfill", "b", "g1");
        put("wire-backfill", "c", "g2");

        WireResponse updated = client.post(
                        "UpdateTable",
                        "{\"TableName\": \"wire-backfill\","
                                + " \"AttributeDefinitions\": [{\"AttributeName\": \"group\", \"AttributeType\": \"S\"}],"
                                + " \"GlobalSecondaryIndexUpdates\": [{\"Create\": {\"IndexName\": \"by-group\","
                                + " \"KeySchema\": [{\"AttributeName\": \"group\", \"KeyType\": \"HASH\"}],"
                                + " \"Projection\": {\"ProjectionType\": \"KEYS_ONLY\"}}}]}")
                .assertOk();

        assertThat(updated.member("TableDescription", "TableStatus")).isEqualTo("UPDATING");
        assertThat(updated.member("TableDescription", "GlobalSecondaryIndexes", 0, "IndexStatus"))
                .isEqualTo("CREATING");
        assertThat(updated.member("TableDescription", "GlobalSecondaryIndexes", 0, "Backfilling"))
                .isEqualTo(true);
        String query = "{\"TableName\": \"wire-backfill\", \"IndexName\": \"by-group\","
                + " \"KeyConditionExpression\": \"#g = :g\", \"ExpressionAttributeNames\": {\"#g\": \"group\"},"
                + " \"ExpressionAttributeValues\": {\":g\": {\"S\": \"g1\"}}}";
        client.post("Query", query)
                .assertError(400, VALIDATION, "Cannot read from backfilling global secondary index: by-group");

        WireResponse described = client.post("DescribeTable", "{\"TableName\": \"wire-backfill\"}")
                .assertOk();

        assertThat(described.member("Table", "TableStatus")).isEqualTo("ACTIVE");
        assertThat(described.member("Table", "GlobalSecondaryIndexes", 0, "IndexStatus"))
                .isEqualTo("ACTIVE");
        assertThat(described.member("Table", "GlobalSecondaryIndexes", 0, "Backfilling"))
                .isNull();
        assertThat(described.member("Table", "GlobalSecondaryIndexes", 0, "ItemCount"))
                .isEqualTo(new BigDecimal("3"));
        assertThat(described.member("Table", "AttributeDefinitions"))
                .isEqualTo(WireJson.parse("[{\"AttributeName\": \"pk\", \"AttributeType\": \"S\"},"
                        + " {\"AttributeName\": \"group\", \"AttributeType\": \"S\"}]"));
        assertThat(client.post("Query", query).assertOk().member("Count")).isEqualTo(new BigDecimal("2"));
    }

    @Test
    void updateTable_deletesAGlobalIndex_andRefusesAMissingOne() {
        createTableWithGroupIndex("wire-drop-index");
        String delete = "{\"TableName\": \"wire-drop-index\","
                + " \"GlobalSecondaryIndexUpdates\": [{\"Delete\": {\"IndexName\": \"by-group\"}}]}";

        client.post("UpdateTable", delete).assertOk();

        WireResponse described = client.post("DescribeTable", "{\"TableName\": \"wire-drop-index\"}")
                .assertOk();
        assertThat(described.member("Table", "GlobalSecondaryIndexes")).isNull();
        assertThat(described.member("Table", "AttributeDefinitions"))
                .isEqualTo(WireJson.parse("[{\"AttributeName\": \"pk\", \"AttributeType\": \"S\"}]"));
        client.post("UpdateTable", delete)
                .assertError(
                        400,
                        DYNAMODB + "ResourceNotFoundException",
                        "Requested resource not found: Index: by-group not found");
    }

    @Test
    void updateTable_withNothingToChange_isAValidationError() {
        createTable("wire-nothing", ", \"BillingMode\": \"PAY_PER_REQUEST\"");

        client.post("UpdateTable", "{\"TableName\": \"wire-nothing\"}")
                .assertError(
                        400,
                        VALIDATION,
                        "At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled,"
                                + " GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required");
    }

    @Test
    void streamSpecification_isDescribed_andCannotBeEnabledTwice() {
        createTable(
                "wire-stream",
                ", \"BillingMode\": \"PAY_PER_REQUEST\","
                        + " \"StreamSpecification\": {\"StreamEnabled\": true, \"StreamViewType\": \"NEW_IMAGE\"}");

        WireResponse described = client.postSigned("DescribeTable", "{\"TableName\": \"wire-stream\"}", "eu-west-1")
                .assertOk();

        assertThat(described.member("Table", "StreamSpecification"))
                .isEqualTo(Map.of("StreamEnabled", true, "StreamViewType", "NEW_IMAGE"));
        String label = (String) described.member("Table", "LatestStreamLabel");
        assertThat(described.member("Table", "LatestStreamArn"))
                .isEqualTo("arn:aws:dynamodb:eu-west-1:123456789012:table/wire-stream/stream/" + label);
        String enable = "{\"TableName\": \"wire-stream\","
                + " \"StreamSpecification\": {\"StreamEnabled\": true, \"StreamViewType\": \"KEYS_ONLY\"}}";
        client.post("UpdateTable", enable)
                .assertError(400, VALIDATION, "Table already has an enabled stream: TableName: wire-stream");
        client.post(
                        "UpdateTable",
                        "{\"TableName\": \"wire-stream\", \"StreamSpecification\": {\"StreamEnabled\": false}}")
                .assertOk();
        WireResponse disabled =
                client.post("DescribeTable", "{\"TableName\": \"wire-stream\"}").assertOk();
        assertThat(disabled.member("Table", "StreamSpecification")).isNull();
        assertThat(disabled.member("Table", "LatestStreamLabel")).isEqualTo(label);
    }

    @Test
    void tags_areAddedListedReplacedAndRemovedByTheArnTheTableIsDescribedWith() {
        createTable(
                "wire-tags",
                ", \"BillingMode\": \"PAY_PER_REQUEST\", \"Tags\": [{\"Key\": \"env\", \"Value\": \"test\"}]");
        String arn = (String) client.postSigned("DescribeTable", "{\"TableName\": \"wire-tags\"}", "ap-south-1")
                .assertOk()
                .member("Table", "TableArn");
        assertThat(arn).isEqualTo("arn:aws:dynamodb:ap-south-1:123456789012:table/wire-tags");

        client.post(
                        "TagResource",
                        "{\"ResourceArn\": \"" + arn + "\", \"Tags\": [{\"Key\": \"team\", \"Value\": \"data\"},"
                                + " {\"Key\": \"env\", \"Value\": \"prod\"}]}")
                .assertOk("{}");
        client.post("UntagResource", "{\"ResourceArn\": \"" + arn + "\", \"TagKeys\": [\"team\", \"absent\"]}")
                .assertOk("{}");

        WireResponse listed = client.post("ListTagsOfResource", "{\"ResourceArn\": \"" + arn + "\"}")
                .assertOk();
        assertThat(listed.member("Tags")).isEqualTo(List.of(Map.of("Key", "env", "Value", "prod")));
    }

    @Test
    void tags_ofAMalformedArnAnotherAccountOrAMissingTable_areRefusedAsDynamoDbRefusesThem() {
        client.post("TagResource", "{\"ResourceArn\": \"not-an-arn\", \"Tags\": [{\"Key\": \"k\", \"Value\": \"v\"}]}")
                .assertError(400, VALIDATION, "Invalid TableArn: Invalid ResourceArn provided as input not-an-arn");
        String foreign = "arn:aws:dynamodb:us-east-1:000000000000:table/wire-nowhere";
        WireResponse denied = client.post("ListTagsOfResource", "{\"ResourceArn\": \"" + foreign + "\"}");
        assertThat(denied.status()).isEqualTo(400);
        assertThat((String) denied.member("__type")).endsWith("#AccessDeniedException");
        String missing = "arn:aws:dynamodb:us-east-1:123456789012:table/wire-nowhere";
        client.post("ListTagsOfResource", "{\"ResourceArn\": \"" + missing + "\"}")
                .assertError(
                        400,
                        DYNAMODB + "ResourceNotFoundException",
                        "Requested resource not found: ResourcArn: " + missing + " not found");
    }

    @Test
    void describeTable_reportsItemCountAndSizeOfTheTableAndItsIndexes() {
        createTableWithGroupIndex("wire-sizes");
        put("wire-sizes", "a", "g");
        client.post("PutItem", "{\"TableName\": \"wire-sizes\", \"Item\": {\"pk\": {\"S\": \"b\"}}}")
                .assertOk("{}");

        WireResponse described =
                client.post("DescribeTable", "{\"TableName\": \"wire-sizes\"}").assertOk();

        // pk "a" + group "g": 3 + 6 bytes; pk "b": 3 bytes (attribute name length plus value length).
        assertThat(described.member("Table", "ItemCount")).isEqualTo(new BigDecimal("2"));
        assertThat(described.member("Table", "TableSizeBytes")).isEqualTo(new BigDecimal("12"));
        assertThat(described.member("Table", "GlobalSecondaryIndexes", 0, "ItemCount"))
                .isEqualTo(new BigDecimal("1"));
        assertThat(described.member("Table", "GlobalSecondaryIndexes", 0, "IndexSizeBytes"))
                .isEqualTo(new BigDecimal("9"));
    }
}
