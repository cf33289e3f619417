package io.tabletheory.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The whole HTTP requests the lean client ({@link LeanHttpConnection}) sends, built once as bytes: DynamoDB JSON 1.0
 * for {@link Fixtures}' table and its 200-byte item, with the headers an SDK sends that either server reads (target,
 * content type, a SigV4 {@code Authorization} header whose signature neither server checks, the date). dynalite
 * refuses a request without {@code Authorization}; tabletheory-server reads only its region.
 */
final class LeanRequests {
    private LeanRequests() {}

    /** CreateTable of {@link Fixtures#TABLE}: {@code pk} (S) and {@code sk} (N), on demand. */
    static byte[] createTable(URI endpoint) {
        return request(
                endpoint,
                "CreateTable",
                "{\"TableName\":\"" + Fixtures.TABLE + "\",\"BillingMode\":"
                        + "\"PAY_PER_REQUEST\",\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"},"
                        + "{\"AttributeName\":\"sk\",\"AttributeType\":\"N\"}],\"KeySchema\":[{\"AttributeName\":\"pk\","
                        + "\"KeyType\":\"HASH\"},{\"AttributeName\":\"sk\",\"KeyType\":\"RANGE\"}]}");
    }

    /** DescribeTable of {@link Fixtures#TABLE}. */
    static byte[] describeTable(URI endpoint) {
        return request(endpoint, "DescribeTable", "{\"TableName\":\"" + Fixtures.TABLE + "\"}");
    }

    /** PutItem of {@link Fixtures#item()} with partition key {@code partitionKey}. */
    static byte[] putItem(URI endpoint, String partitionKey) {
        return request(
                endpoint,
                "PutItem",
                "{\"TableName\":\"" + Fixtures.TABLE + "\",\"Item\":{\"pk\":{\"S\":\""
                        + partitionKey + "\"},\"sk\":{\"N\":\"1\"},\"name\":{\"S\":\"Ada Lovelace\"},\"email\":{\"S\":"
                        + "\"ada@example.com\"},\"status\":{\"S\":\"ACTIVE\"},\"visits\":{\"N\":\"42\"},\"verified\":"
                        + "{\"BOOL\":true},\"notes\":{\"S\":\"" + "0123456789".repeat(10) + "\"},\"tags\":{\"SS\":"
                        + "[\"admin\",\"beta\"]}}}");
    }

    /** A strongly consistent GetItem of that item. */
    static byte[] getItem(URI endpoint, String partitionKey) {
        return request(
                endpoint,
                "GetItem",
                "{\"TableName\":\"" + Fixtures.TABLE + "\",\"Key\":{\"pk\":{\"S\":\"" + partitionKey
                        + "\"},\"sk\":{\"N\":\"1\"}},\"ConsistentRead\":true}");
    }

    /** ListTables, the first request of a start measurement. */
    static byte[] listTables(URI endpoint) {
        return request(endpoint, "ListTables", "{}");
    }

    private static byte[] request(URI endpoint, String operation, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST / HTTP/1.1\r\n"
                + "Host: " + endpoint.getHost() + ":" + endpoint.getPort() + "\r\n"
                + "Content-Type: application/x-amz-json-1.0\r\n"
                + "X-Amz-Target: DynamoDB_20120810." + operation + "\r\n"
                + "X-Amz-Date: 20260101T000000Z\r\n"
                + "Authorization: AWS4-HMAC-SHA256 Credential=bench/20260101/us-east-1/dynamodb/aws4_request, "
                + "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=00\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return request;
    }
}
