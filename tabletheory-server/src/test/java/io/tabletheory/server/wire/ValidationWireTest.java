package io.tabletheory.server.wire;

import static io.tabletheory.server.wire.WireResponse.VALIDATION;

import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.server.TableTheoryServer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests whose JSON is well typed but whose values the api cannot even represent are a 400 {@code
 * ValidationException} with DynamoDB's texts (research notes §1.1 and §2): an empty attribute value, two types in
 * one value, {@code NULL:false}, empty and duplicate sets, numbers that are not numbers or are out of range, empty
 * and invalid {@code ExpressionAttributeValues}/{@code ExpressionAttributeNames}, a missing required member, an enum
 * value outside its set (listed in DynamoDB's order).
 */
class ValidationWireTest {
    private static TableTheoryServer server;
    private static WireClient client;

    @BeforeAll
    static void startServer() {
        server = TableTheoryServer.start();
        server.store()
                .createTable(CreateTableRequest.builder("items")
                        .partitionKey("pk", ScalarAttributeType.S)
                        .build());
        client = new WireClient(server.endpoint());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    static Stream<Arguments> unrepresentableValues() {
        return Stream.of(
                value("{}", "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes"),
                value(
                        "{\"S\": \"a\", \"N\": \"1\"}",
                        "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the"
                                + " supported datatypes"),
                value(
                        "{\"NULL\": false}",
                        "One or more parameter values were invalid: Null attribute value types must have the value of"
                                + " true"),
                value("{\"SS\": []}", "One or more parameter values were invalid: An string set  may not be empty"),
                value("{\"NS\": []}", "One or more parameter values were invalid: An number set  may not be empty"),
                value("{\"BS\": []}", "One or more parameter values were invalid: Binary sets should not be empty"),
                value(
                        "{\"SS\": [\"a\", \"a\"]}",
                        "One or more parameter values were invalid: Input collection [a, a] contains duplicates."),
                value("{\"NS\": [\"1\", \"1.0\"]}", "Input collection contains duplicates"),
                value("{\"N\": \"dog\"}", "The parameter cannot be converted to a numeric value: dog"),
                value("{\"N\": \" 1\"}", "The parameter cannot be converted to a numeric value:  1"),
                value("{\"N\": \"\"}", "The parameter cannot be converted to a numeric value: "),
                value("{\"N\": \"NaN\"}", "The parameter cannot be converted to a numeric value: NaN"),
                value(
                        "{\"N\": \"1e126\"}",
                        "Number overflow. Attempting to store a number with magnitude larger than supported range"),
                value(
                        "{\"N\": \"-1e-131\"}",
                        "Number underflow. Attempting to store a number with magnitude smaller than supported range"),
                value(
                        "{\"N\": \"" + "1".repeat(39) + "\"}",
                        "Attempting to store more than 38 significant digits in a Number"),
                value("{\"NS\": [\"1\", \"x\"]}", "The parameter cannot be converted to a numeric value: x"),
                value(
                        "{\"M\": {\"inner\": {}}}",
                        "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes"),
                value(
                        "{\"L\": [{\"S\": \"ok\"}, {\"NULL\": false}]}",
                        "One or more parameter values were invalid: Null attribute value types must have the value of"
                                + " true"));
    }

    private static Arguments value(String attributeValue, String message) {
        return Arguments.of(attributeValue, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unrepresentableValues")
    void unrepresentableValueInAnItem_isValidationExceptionWithDynamoDbsText(String attributeValue, String message) {
        client.post(
                        "PutItem",
                        "{\"TableName\": \"items\", \"Item\": {\"pk\": {\"S\": \"a\"}, \"v\": " + attributeValue + "}}")
                .assertError(400, VALIDATION, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unrepresentableValues")
    void unrepresentableValueInExpressionAttributeValues_isWrappedWithItsKey(String attributeValue, String message) {
        client.post(
                        "PutItem",
                        "{\"TableName\": \"items\", \"Item\": {\"pk\": {\"S\": \"a\"}}, \"ConditionExpression\":"
                                + " \"v <> :v\", \"ExpressionAttributeValues\": {\":v\": " + attributeValue + "}}")
                .assertError(
                        400,
                        VALIDATION,
                        "ExpressionAttributeValues contains invalid value: " + message + " for key :v");
    }

    static Stream<Arguments> invalidRequests() {
        return Stream.of(
                request(
                        "PutItem",
                        "{\"TableName\": \"items\", \"Item\": {\"pk\": {\"S\": \"a\"}}, \"ConditionExpression\":"
                                + " \"attribute_exists(pk)\", \"ExpressionAttributeValues\": {}}",
                        "ExpressionAttributeValues must not be empty"),
                request(
                        "GetItem",
                        "{\"TableName\": \"items\", \"Key\": {\"pk\": {\"S\": \"a\"}}, \"ProjectionExpression\": \"pk\","
                                + " \"ExpressionAttributeNames\": {}}",
                        "ExpressionAttributeNames must not be empty"),
                request(
                        "PutItem",
                        "{\"Item\": {\"pk\": {\"S\": \"a\"}}}",
                        "1 validation error detected: Value null at 'tableName' failed to satisfy constraint: Member must"
                                + " not be null"),
                request(
                        "DescribeTable",
                        "{\"TableName\": null}",
                        "1 validation error detected: Value null at 'tableName' failed to satisfy constraint: Member must"
                                + " not be null"),
                request(
                        "GetItem",
                        "{\"TableName\": \"items\"}",
                        "1 validation error detected: Value null at 'key' failed to satisfy constraint: Member must not be"
                                + " null"),
                request(
                        "PutItem",
                        "{\"TableName\": \"items\", \"Item\": {\"pk\": {\"S\": \"a\"}}, \"ReturnValues\": \"NOPE\"}",
                        "1 validation error detected: Value 'NOPE' at 'returnValues' failed to satisfy constraint: Member"
                                + " must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]"),
                request(
                        "Query",
                        "{\"TableName\": \"items\", \"KeyConditionExpression\": \"pk = :p\", \"ExpressionAttributeValues\":"
                                + " {\":p\": {\"S\": \"a\"}}, \"Select\": \"EVERYTHING\"}",
                        "1 validation error detected: Value 'EVERYTHING' at 'select' failed to satisfy constraint: Member"
                                + " must satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES,"
                                + " ALL_PROJECTED_ATTRIBUTES]"),
                request(
                        "Scan",
                        "{\"TableName\": \"items\", \"ReturnConsumedCapacity\": \"ALL\"}",
                        "1 validation error detected: Value 'ALL' at 'returnConsumedCapacity' failed to satisfy"
                                + " constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]"),
                request(
                        "DeleteItem",
                        "{\"TableName\": \"items\", \"Key\": {\"pk\": {\"S\": \"a\"}}, \"ConditionExpression\":"
                                + " \"attribute_exists(pk)\", \"ReturnValuesOnConditionCheckFailure\": \"ALL_NEW\"}",
                        "1 validation error detected: Value 'ALL_NEW' at 'returnValuesOnConditionCheckFailure' failed to"
                                + " satisfy constraint: Member must satisfy enum value set: [ALL_OLD, NONE]"),
                request(
                        "PutItem",
                        "{\"TableName\": \"items\", \"Item\": {\"pk\": {\"S\": \"a\"}}, \"ReturnValues\": \"X\","
                                + " \"ReturnConsumedCapacity\": \"Y\", \"ReturnItemCollectionMetrics\": \"Z\"}",
                        "3 validation errors detected: Value 'Y' at 'returnConsumedCapacity' failed to satisfy"
                                + " constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]; Value 'Z' at"
                                + " 'returnItemCollectionMetrics' failed to satisfy constraint: Member must satisfy enum"
                                + " value set: [SIZE, NONE]; Value 'X' at 'returnValues' failed to satisfy constraint:"
                                + " Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE,"
                                + " UPDATED_NEW]"),
                request(
                        "UpdateItem",
                        "{\"TableName\": \"\", \"Key\": {\"pk\": {\"S\": \"a\"}}, \"ReturnValues\": \"X\"}",
                        "1 validation error detected: Value '' at 'tableName' failed to satisfy constraint: Member must"
                                + " have length greater than or equal to 1"),
                request(
                        "Query",
                        "{\"TableName\": \"items\", \"KeyConditionExpression\": \"pk = :p\", \"ExpressionAttributeValues\":"
                                + " {\":p\": {\"S\": \"a\"}}, \"Select\": \"ALL\", \"ReturnConsumedCapacity\": \"ALL\"}",
                        "2 validation errors detected: Value 'ALL' at 'select' failed to satisfy constraint: Member must"
                                + " satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES,"
                                + " ALL_PROJECTED_ATTRIBUTES]; Value 'ALL' at 'returnConsumedCapacity' failed to satisfy"
                                + " constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]"),
                request(
                        "PutItem",
                        "{\"ReturnValues\": \"X\"}",
                        "3 validation errors detected: Value null at 'tableName' failed to satisfy constraint: Member"
                                + " must not be null; Value null at 'item' failed to satisfy constraint: Member must not"
                                + " be null; Value 'X' at 'returnValues' failed to satisfy constraint: Member must satisfy"
                                + " enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]"),
                request(
                        "Scan",
                        "{\"Select\": \"SOME\"}",
                        "2 validation errors detected: Value null at 'tableName' failed to satisfy constraint: Member"
                                + " must not be null; Value 'SOME' at 'select' failed to satisfy constraint: Member must"
                                + " satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES,"
                                + " ALL_PROJECTED_ATTRIBUTES]"),
                request(
                        "Query",
                        "{\"TableName\": \"items\", \"KeyConditionExpression\": \"pk = :p\", \"ExpressionAttributeValues\":"
                                + " {\":p\": {\"S\": \"a\"}}, \"Limit\": 0}",
                        "1 validation error detected: Value at 'Limit' failed to satisfy constraint: Member must have"
                                + " value greater than or equal to 1"),
                request(
                        "CreateTable",
                        "{\"AttributeDefinitions\": [{\"AttributeName\": \"pk\", \"AttributeType\": \"S\"}],"
                                + " \"KeySchema\": [{\"AttributeName\": \"pk\", \"KeyType\": \"HASH\"}]}",
                        "The parameter 'TableName' is required but was not present in the request"),
                request(
                        "CreateTable",
                        "{\"TableName\": \"fresh\", \"AttributeDefinitions\": [{\"AttributeName\": \"pk\","
                                + " \"AttributeType\": \"S\"}], \"KeySchema\": [{\"AttributeName\": \"pk\", \"KeyType\":"
                                + " \"FIRST\"}]}",
                        "1 validation error detected: Value 'FIRST' at 'keySchema.1.member.keyType' failed to satisfy"
                                + " constraint: Member must satisfy enum value set: [HASH, RANGE]"),
                request(
                        "CreateTable",
                        "{\"TableName\": \"fresh\", \"AttributeDefinitions\": [{\"AttributeName\": \"pk\","
                                + " \"AttributeType\": \"SS\"}], \"KeySchema\": [{\"AttributeName\": \"pk\", \"KeyType\":"
                                + " \"HASH\"}]}",
                        "1 validation error detected: Value 'SS' at 'attributeDefinitions.1.member.attributeType' failed"
                                + " to satisfy constraint: Member must satisfy enum value set: [B, N, S]"));
    }

    private static Arguments request(String operation, String body, String message) {
        return Arguments.of(operation, body, message);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("invalidRequests")
    void invalidRequest_isValidationException(String operation, String body, String message) {
        client.post(operation, body).assertError(400, VALIDATION, message);
    }
}
