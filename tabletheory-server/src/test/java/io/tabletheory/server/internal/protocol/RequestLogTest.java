package io.tabletheory.server.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.server.internal.json.JsonTree;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The verbose log's line: which operation, which tables, which status and error type, how long. */
class RequestLogTest {
    @Test
    void line_ofASuccess_namesOperationTableStatusAndLatency() {
        assertThat(RequestLog.line("PutItem", Set.of("users"), 200, "", 412_345))
                .isEqualTo("PutItem table=users status=200 latency=0.412 ms");
    }

    @Test
    void line_ofAFailure_addsDynamoDbsErrorType() {
        assertThat(RequestLog.line("GetItem", Set.of("missing"), 400, "ResourceNotFoundException", 2_000_000))
                .isEqualTo("GetItem table=missing status=400 error=ResourceNotFoundException latency=2.000 ms");
    }

    @Test
    void line_ofARequestNamingNoTable_leavesTheTableOut() {
        assertThat(RequestLog.line("ListTables", Set.of(), 200, "", 0))
                .isEqualTo("ListTables status=200 latency=0.000 ms");
    }

    @Test
    void operationOf_stripsDynamoDbsAndStreamsTargetPrefixes_andKeepsAnUnknownTargetWhole() {
        assertThat(RequestLog.operationOf("DynamoDB_20120810.Query")).isEqualTo("Query");
        assertThat(RequestLog.operationOf("DynamoDBStreams_20120810.GetRecords"))
                .isEqualTo("GetRecords");
        assertThat(RequestLog.operationOf("Other.Thing")).isEqualTo("Other.Thing");
        assertThat(RequestLog.operationOf(null)).isEqualTo("-");
    }

    @Test
    void tablesOf_readsTableNameBatchesTransactionsAndArns() {
        assertThat(RequestLog.tablesOf(parse("{\"TableName\":\"users\",\"Key\":{}}")))
                .containsExactly("users");
        assertThat(RequestLog.tablesOf(parse("{\"RequestItems\":{\"a\":[],\"b\":[]}}")))
                .containsExactly("a", "b");
        assertThat(RequestLog.tablesOf(parse("{\"TransactItems\":[{\"Put\":{\"TableName\":\"a\"}},"
                        + "{\"ConditionCheck\":{\"TableName\":\"c\"}},{\"Delete\":{\"TableName\":\"a\"}}]}")))
                .containsExactly("a", "c");
        assertThat(RequestLog.tablesOf(
                        parse("{\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:000000000000:table/users\"}")))
                .containsExactly("users");
        assertThat(RequestLog.tablesOf(parse("{\"StreamArn\":"
                        + "\"arn:aws:dynamodb:us-east-1:000000000000:table/orders/stream/2026-12-06T00:00:00.000\"}")))
                .containsExactly("orders");
    }

    @Test
    void tablesOf_aTableNameOfTheWrongType_namesNothing() {
        assertThat(RequestLog.tablesOf(parse("{\"TableName\":7}"))).isEmpty();
    }

    @Test
    void errorType_isThePartOfTypeAfterTheHash_andEmptyForASuccess() {
        byte[] error = "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException\",\"message\":\"x\"}"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(RequestLog.errorType(400, error)).isEqualTo("ResourceNotFoundException");
        assertThat(RequestLog.errorType(200, error)).isEmpty();
        assertThat(RequestLog.errorType(413, "not json".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
    }

    private static io.tabletheory.server.internal.json.WireObject parse(String json) {
        return JsonTree.parseObject(json.getBytes(StandardCharsets.UTF_8));
    }
}
