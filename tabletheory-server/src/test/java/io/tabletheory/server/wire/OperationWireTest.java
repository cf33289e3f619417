package io.tabletheory.server.wire;

import static io.tabletheory.server.wire.WireResponse.DYNAMODB;
import static io.tabletheory.server.wire.WireResponse.VALIDATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.server.TableTheoryServer;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DynamoDB's errors and response shapes as they reach the wire from the emulator: ResourceNotFoundException,
 * ResourceInUseException, ConditionalCheckFailedException with and without the stored {@code Item}; the members of
 * GetItem, PutItem, UpdateItem and DeleteItem answers; Query's {@code Items}, {@code Count}, {@code ScannedCount}
 * and {@code LastEvaluatedKey} (and no {@code Items} for {@code Select: COUNT}); {@code ConsumedCapacity};
 * ListTables paging; DescribeTimeToLive; DescribeEndpoints. Bodies are compared whole, member order aside.
 */
class OperationWireTest {
    private static final String ORDERS_TABLE = "{\"TableName\": \"orders\","
            + " \"AttributeDefinitions\": [{\"AttributeName\": \"customer\", \"AttributeType\": \"S\"},"
            + " {\"AttributeName\": \"order\", \"AttributeType\": \"N\"}],"
            + " \"KeySchema\": [{\"AttributeName\": \"customer\", \"KeyType\": \"HASH\"},"
            + " {\"AttributeName\": \"order\", \"KeyType\": \"RANGE\"}],"
            + " \"BillingMode\": \"PAY_PER_REQUEST\"}";

    private static TableTheoryServer server;
    private static WireClient client;

    @BeforeAll
    static void startServer() {
        server = TableTheoryServer.start();
        client = new WireClient(server.endpoint());
        client.post("CreateTable", ORDERS_TABLE).assertOk();
        for (int order = 1; order <= 3; order++) {
            client.post(
                            "PutItem",
                            "{\"TableName\": \"orders\", \"Item\": {\"customer\": {\"S\": \"c1\"}, \"order\": {\"N\": \""
                                    + order + "\"}, \"amount\": {\"N\": \"" + order + "0.50\"}}}")
                    .assertOk("{}");
        }
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void itemOperationOnAMissingTable_isResourceNotFound() {
        client.post("PutItem", "{\"TableName\": \"nowhere\", \"Item\": {\"k\": {\"S\": \"a\"}}}")
                .assertError(400, DYNAMODB + "ResourceNotFoundException", "Requested resource not found");
    }

    @Test
    void describeTableOfAMissingTable_isResourceNotFoundNamingIt() {
        client.post("DescribeTable", "{\"TableName\": \"nowhere\"}")
                .assertError(
                        400,
                        DYNAMODB + "ResourceNotFoundException",
                        "Requested resource not found: Table: nowhere not found");
    }

    @Test
    void createTable_ofAnExistingTable_isResourceInUse() {
        client.post("CreateTable", ORDERS_TABLE)
                .assertError(400, DYNAMODB + "ResourceInUseException", "Table already exists: orders");
    }

    @Test
    void describeTable_answersTheTableDescriptionShape() {
        WireResponse response =
                client.post("DescribeTable", "{\"TableName\": \"orders\"}").assertOk();

        assertThat(response.member("Table", "TableName")).isEqualTo("orders");
        assertThat(response.member("Table", "TableStatus")).isEqualTo("ACTIVE");
        assertThat(response.member("Table", "KeySchema"))
                .isEqualTo(WireJson.parse("[{\"AttributeName\": \"customer\", \"KeyType\": \"HASH\"},"
                        + " {\"AttributeName\": \"order\", \"KeyType\": \"RANGE\"}]"));
        assertThat(response.member("Table", "TableArn"))
                .isEqualTo("arn:aws:dynamodb:us-east-1:123456789012:table/orders");
        assertThat(response.member("Table", "BillingModeSummary", "BillingMode"))
                .isEqualTo("PAY_PER_REQUEST");
        assertThat(response.member("Table", "AttributeDefinitions"))
                .isEqualTo(WireJson.parse("[{\"AttributeName\": \"customer\", \"AttributeType\": \"S\"},"
                        + " {\"AttributeName\": \"order\", \"AttributeType\": \"N\"}]"));
        assertThat(response.member("Table", "ItemCount")).isEqualTo(new BigDecimal("3"));
    }

    @Test
    void getItem_answersTheItemWithCanonicalNumbers_andNothingForAMissingItem() {
        client.post(
                        "GetItem",
                        "{\"TableName\": \"orders\", \"Key\": {\"customer\": {\"S\": \"c1\"}, \"order\": {\"N\": \"2\"}}}")
                .assertOk(
                        "{\"Item\": {\"customer\": {\"S\": \"c1\"}, \"order\": {\"N\": \"2\"}, \"amount\": {\"N\": \"20.5\"}}}");
        client.post(
                        "GetItem",
                        "{\"TableName\": \"orders\", \"Key\": {\"customer\": {\"S\": \"c1\"}, \"order\": {\"N\": \"9\"}}}")
                .assertOk("{}");
    }

    @Test
    void keyOfTheWrongType_isTheEmulatorsValidationException() {
        client.post(
                        "GetItem",
                        "{\"TableName\": \"orders\", \"Key\": {\"customer\": {\"N\": \"1\"}, \"order\": {\"N\": \"2\"}}}")
                .assertError(400, VALIDATION, "The provided key element does not match the schema");
    }

    @Test
    void failedCondition_isConditionalCheckFailedWithoutTheItem() {
        client.post(
                        "PutItem",
                        "{\"TableName\": \"orders\", \"Item\": {\"customer\": {\"S\": \"c1\"}, \"order\": {\"N\": \"1\"}},"
                                + " \"ConditionExpression\": \"attribute_not_exists(customer)\"}")
                .assertError(400, DYNAMODB + "ConditionalCheckFailedException", "The conditional request failed");
    }

    @Test
    void failedCondition_withReturnValuesOnConditionCheckFailureAllOld_carriesTheStoredItem() {
        WireResponse response = client.post(
                "DeleteItem",
                "{\"TableName\": \"orders\", \"Key\": {\"customer\": {\"S\": \"c1\"}, \"order\": {\"N\": \"3\"}},"
                        + " \"ConditionExpression\": \"amount > :max\", \"ExpressionAttributeValues\": {\":max\": {\"N\":"
                        + " \"100\"}}, \"ReturnValuesOnConditionCheckFailure\": \"ALL_OLD\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json())
                .isEqualTo(
                        WireJson.parse(
                                "{\"__type\": \"" + DYNAMODB + "ConditionalCheckFailedException\","
                                        + " \"message\": \"The conditional request failed\","
                                        + " \"Item\": {\"customer\": {\"S\": \"c1\"}, \"order\": {\"N\": \"3\"}, \"amount\": {\"N\": \"30.5\"}}}"));
    }

    @Test
    void failedCondition_onAMissingItemWithAllOld_hasNoItem() {
        client.post(
                        "UpdateItem",
                        "{\"TableName\": \"orders\", \"Key\": {\"customer\": {\"S\": \"c9\"}, \"order\": {\"N\": \"1\"}},"
                                + " \"UpdateExpression\": \"SET amount = :t\", \"ConditionExpression\": \"attribute_exists(customer)\","
                                + " \"ExpressionAttributeValues\": {\":t\": {\"N\": \"1\"}},"
                                + " \"ReturnValuesOnConditionCheckFailure\": \"ALL_OLD\"}")
                .assertError(400, DYNAMODB + "ConditionalCheckFailedException", "The conditional request failed");
    }

    @Test
    void updateAndDelete_answerTheirReturnValuesAsAttributes() {
        client.post(
                        "UpdateItem",
                        "{\"TableName\": \"orders\", \"Key\": {\"customer\": {\"S\": \"c2\"}, \"order\": {\"N\": \"1\"}},"
                                + " \"UpdateExpression\": \"SET labels = :t, payload = :b\", \"ExpressionAttributeValues\":"
                                + " {\":t\": {\"SS\": [\"x\", \"y\"]}, \":b\": {\"B\": \"AAEC\"}}, \"ReturnValues\": \"ALL_NEW\"}")
                .assertOk("{\"Attributes\": {\"customer\": {\"S\": \"c2\"}, \"order\": {\"N\": \"1\"},"
                        + " \"labels\": {\"SS\": [\"x\", \"y\"]}, \"payload\": {\"B\": \"AAEC\"}}}");
        client.post(
                        "DeleteItem",
                        "{\"TableName\": \"orders\", \"Key\": {\"customer\": {\"S\": \"c2\"}, \"order\": {\"N\": \"1\"}},"
                                + " \"ReturnValues\": \"ALL_OLD\"}")
                .assertOk("{\"Attributes\": {\"customer\": {\"S\": \"c2\"}, \"order\": {\"N\": \"1\"},"
                        + " \"labels\": {\"SS\": [\"x\", \"y\"]}, \"payload\": {\"B\": \"AAEC\"}}}");
        client.post(
                        "DeleteItem",
                        "{\"TableName\": \"orders\", \"Key\": {\"customer\": {\"S\": \"c2\"}, \"order\": {\"N\": \"1\"}},"
                                + " \"ReturnValues\": \"ALL_OLD\"}")
                .assertOk("{}");
    }

    @Test
    void query_answersItemsCountsAndLastEvaluatedKey_pageByPage() {
        String query = "{\"TableName\": \"orders\", \"KeyConditionExpression\": \"customer = :c\","
                + " \"ExpressionAttributeValues\": {\":c\": {\"S\": \"c1\"}}, \"Limit\": 2";

        client.post("Query", query + "}")
                .assertOk(
                        "{\"Items\": [{\"customer\": {\"S\": \"c1\"}, \"order\": {\"N\": \"1\"}, \"amount\": {\"N\": \"10.5\"}},"
                                + " {\"customer\": {\"S\": \"c1\"}, \"order\": {\"N\": \"2\"}, \"amount\": {\"N\": \"20.5\"}}],"
                                + " \"Count\": 2, \"ScannedCount\": 2,"
                                + " \"LastEvaluatedKey\": {\"customer\": {\"S\": \"c1\"}, \"order\": {\"N\": \"2\"}}}");
        client.post(
                        "Query",
                        query + ", \"ExclusiveStartKey\": {\"customer\": {\"S\": \"c1\"}, \"order\": {\"N\": \"2\"}}}")
                .assertOk(
                        "{\"Items\": [{\"customer\": {\"S\": \"c1\"}, \"order\": {\"N\": \"3\"}, \"amount\": {\"N\": \"30.5\"}}],"
                                + " \"Count\": 1, \"ScannedCount\": 1}");
    }

    @Test
    void queryWithFilter_countsWhatMatchedAndWhatWasScanned() {
        client.post(
                        "Query",
                        "{\"TableName\": \"orders\", \"KeyConditionExpression\": \"customer = :c\", \"FilterExpression\":"
                                + " \"amount > :min\", \"ExpressionAttributeValues\": {\":c\": {\"S\": \"c1\"}, \":min\":"
                                + " {\"N\": \"25\"}}, \"ProjectionExpression\": \"#o\", \"ExpressionAttributeNames\": {\"#o\":"
                                + " \"order\"}}")
                .assertOk("{\"Items\": [{\"order\": {\"N\": \"3\"}}], \"Count\": 1, \"ScannedCount\": 3}");
    }

    @Test
    void queryWithSelectCount_hasNoItemsMember() {
        client.post(
                        "Query",
                        "{\"TableName\": \"orders\", \"KeyConditionExpression\": \"customer = :c\","
                                + " \"ExpressionAttributeValues\": {\":c\": {\"S\": \"c1\"}}, \"Select\": \"COUNT\"}")
                .assertOk("{\"Count\": 3, \"ScannedCount\": 3}");
    }

    @Test
    void returnConsumedCapacityTotal_answersConsumedCapacity() {
        client.post(
                        "GetItem",
                        "{\"TableName\": \"orders\", \"Key\": {\"customer\": {\"S\": \"c1\"}, \"order\": {\"N\": \"1\"}},"
                                + " \"ProjectionExpression\": \"amount\", \"ReturnConsumedCapacity\": \"TOTAL\"}")
                .assertOk(
                        "{\"Item\": {\"amount\": {\"N\": \"10.5\"}}, \"ConsumedCapacity\": {\"TableName\": \"orders\","
                                + " \"CapacityUnits\": 0.5, \"ReadCapacityUnits\": 0.5, \"WriteCapacityUnits\": 0.0}}");
        client.post(
                        "Scan",
                        "{\"TableName\": \"orders\", \"Select\": \"COUNT\", \"ReturnConsumedCapacity\": \"INDEXES\"}")
                .assertOk(
                        "{\"Count\": 3, \"ScannedCount\": 3, \"ConsumedCapacity\": {\"TableName\": \"orders\","
                                + " \"CapacityUnits\": 0.5, \"ReadCapacityUnits\": 0.5, \"WriteCapacityUnits\": 0.0,"
                                + " \"Table\": {\"CapacityUnits\": 0.5, \"ReadCapacityUnits\": 0.5, \"WriteCapacityUnits\": 0.0}}}");
    }

    @Test
    void timeToLive_isDescribedDisabled_thenEnabledWithItsAttribute() {
        client.post("CreateTable", ORDERS_TABLE.replace("\"orders\"", "\"expiring\""))
                .assertOk();

        client.post("DescribeTimeToLive", "{\"TableName\": \"expiring\"}")
                .assertOk("{\"TimeToLiveDescription\": {\"TimeToLiveStatus\": \"DISABLED\"}}");
        client.post(
                        "UpdateTimeToLive",
                        "{\"TableName\": \"expiring\", \"TimeToLiveSpecification\": {\"AttributeName\": \"expiresAt\","
                                + " \"Enabled\": true}}")
                .assertOk("{\"TimeToLiveSpecification\": {\"AttributeName\": \"expiresAt\", \"Enabled\": true}}");
        client.post("DescribeTimeToLive", "{\"TableName\": \"expiring\"}")
                .assertOk(
                        "{\"TimeToLiveDescription\": {\"TimeToLiveStatus\": \"ENABLED\", \"AttributeName\": \"expiresAt\"}}");
    }

    @Test
    void describeEndpoints_answersThisServerCachedForADay() {
        client.post("DescribeEndpoints", "{}")
                .assertOk("{\"Endpoints\": [{\"Address\": \"127.0.0.1:" + server.port()
                        + "\", \"CachePeriodInMinutes\": 1440}]}");
    }

    @Test
    void listTables_pagesWithLimitAndLastEvaluatedTableName() {
        try (TableTheoryServer listed = TableTheoryServer.start()) {
            WireClient listing = new WireClient(listed.endpoint());
            for (String name : new String[] {"gamma", "alpha", "beta"}) {
                listing.post("CreateTable", ORDERS_TABLE.replace("\"orders\"", "\"" + name + "\""))
                        .assertOk();
            }

            listing.post("ListTables", "{\"Limit\": 2}")
                    .assertOk("{\"TableNames\": [\"alpha\", \"beta\"], \"LastEvaluatedTableName\": \"beta\"}");
            listing.post("ListTables", "{\"Limit\": 2, \"ExclusiveStartTableName\": \"beta\"}")
                    .assertOk("{\"TableNames\": [\"gamma\"]}");
            listing.post("ListTables", "{}").assertOk("{\"TableNames\": [\"alpha\", \"beta\", \"gamma\"]}");
            listing.post("ListTables", "{\"Limit\": 0}")
                    .assertError(
                            400,
                            VALIDATION,
                            "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must"
                                    + " have value greater than or equal to 1");
        }
    }
}
