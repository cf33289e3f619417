package io.tabletheory.server.wire;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a well-formed JSON object from a list of generated choices, drawing member names and values from DynamoDB's
 * request vocabulary, so that random requests get past the JSON parser and deep into the decoders and the store.
 * When the choices run out every remaining decision takes its first, smallest option, so the result is always
 * complete; shrinking the choice list shrinks the document.
 */
final class JsonSketch {
    private static final List<String> NAMES = List.of(
            "TableName",
            "Item",
            "Key",
            "Keys",
            "ExpressionAttributeValues",
            "ExpressionAttributeNames",
            "KeyConditionExpression",
            "FilterExpression",
            "ProjectionExpression",
            "UpdateExpression",
            "ConditionExpression",
            "Limit",
            "ExclusiveStartKey",
            "Select",
            "ReturnValues",
            "ReturnConsumedCapacity",
            "ReturnValuesOnConditionCheckFailure",
            "ConsistentRead",
            "ScanIndexForward",
            "IndexName",
            "Segment",
            "TotalSegments",
            "RequestItems",
            "TransactItems",
            "ClientRequestToken",
            "Put",
            "Update",
            "Delete",
            "ConditionCheck",
            "Get",
            "PutRequest",
            "DeleteRequest",
            "AttributeDefinitions",
            "KeySchema",
            "AttributeName",
            "AttributeType",
            "KeyType",
            "BillingMode",
            "GlobalSecondaryIndexes",
            "LocalSecondaryIndexes",
            "Projection",
            "ProjectionType",
            "NonKeyAttributes",
            "ProvisionedThroughput",
            "ReadCapacityUnits",
            "WriteCapacityUnits",
            "TimeToLiveSpecification",
            "Enabled",
            "ExclusiveStartTableName",
            "Expected",
            "ConditionalOperator",
            "AttributeUpdates",
            "KeyConditions",
            "QueryFilter",
            "ScanFilter",
            "AttributesToGet",
            "ComparisonOperator",
            "AttributeValueList",
            "Exists",
            "Value",
            "Action",
            "S",
            "N",
            "B",
            "SS",
            "NS",
            "BS",
            "M",
            "L",
            "NULL",
            "BOOL",
            "pk",
            "sk",
            "items",
            ":v",
            ":w",
            "#n",
            "");
    private static final List<String> STRINGS = List.of(
            "items",
            "pk",
            "sk",
            "pk = :v",
            "pk = :v AND sk > :w",
            "SET #n = :v",
            "REMOVE a",
            "ADD n :v",
            "attribute_exists(pk)",
            "size(#n) > :w",
            "#n",
            ":v",
            "1",
            "-1.5e3",
            "1e126",
            "NaN",
            "AAEC",
            "not base64!",
            "",
            "COUNT",
            "ALL_NEW",
            "ALL_OLD",
            "TOTAL",
            "INDEXES",
            "HASH",
            "RANGE",
            "S",
            "N",
            "B",
            "KEYS_ONLY",
            "EQ",
            "BETWEEN",
            "IN",
            "NOT_NULL",
            "BEGINS_WITH",
            "AND",
            "OR",
            "PUT",
            "ADD",
            "DELETE",
            "PAY_PER_REQUEST",
            "gsi",
            "\u0000",
            "\u00e9\u4e2d",
            "x".repeat(300));
    private static final List<String> NUMBERS =
            List.of("0", "1", "-1", "25", "100", "2147483648", "1.5", "1e400", "-0", "99999999999999999999999");

    private final List<Integer> choices;
    private int next;

    private JsonSketch(List<Integer> choices) {
        this.choices = choices;
    }

    /** The JSON object text the choices describe. */
    static String object(List<Integer> choices) {
        StringBuilder json = new StringBuilder();
        new JsonSketch(choices).object(json, 0);
        return json.toString();
    }

    private int choose(int options) {
        return next < choices.size() ? Math.floorMod(choices.get(next++), options) : 0;
    }

    private void object(StringBuilder json, int depth) {
        json.append('{');
        int members = choose(depth == 0 ? 6 : 4);
        Set<String> names = new HashSet<>();
        for (int member = 0; member < members; member++) {
            String name = NAMES.get(choose(NAMES.size()));
            if (!names.add(name)) {
                continue; // a duplicate member is a SerializationException; the token soup covers those
            }
            if (names.size() > 1) {
                json.append(',');
            }
            string(json, name);
            json.append(':');
            value(json, depth + 1);
        }
        json.append('}');
    }

    private void value(StringBuilder json, int depth) {
        switch (depth > 8 ? 0 : choose(9)) {
            case 0:
                string(json, STRINGS.get(choose(STRINGS.size())));
                break;
            case 1:
                json.append(NUMBERS.get(choose(NUMBERS.size())));
                break;
            case 2:
                json.append(choose(2) == 0 ? "true" : "false");
                break;
            case 3:
                json.append("null");
                break;
            case 4:
            case 5:
                object(json, depth);
                break;
            case 6:
                json.append('[');
                int elements = choose(4);
                for (int element = 0; element < elements; element++) {
                    if (element > 0) {
                        json.append(',');
                    }
                    value(json, depth + 1);
                }
                json.append(']');
                break;
            default:
                attributeValue(json);
        }
    }

    private void attributeValue(StringBuilder json) {
        switch (choose(6)) {
            case 0:
                json.append("{\"S\":");
                string(json, STRINGS.get(choose(STRINGS.size())));
                json.append('}');
                break;
            case 1:
                json.append("{\"N\":\"")
                        .append(NUMBERS.get(choose(NUMBERS.size())))
                        .append("\"}");
                break;
            case 2:
                json.append("{\"B\":\"AAEC\"}");
                break;
            case 3:
                json.append("{\"SS\":[\"a\",\"b\"]}");
                break;
            case 4:
                json.append("{\"NULL\":true}");
                break;
            default:
                json.append("{\"M\":{\"inner\":{\"L\":[{\"BOOL\":true},{\"N\":\"2\"}]}}}");
        }
    }

    private static void string(StringBuilder json, String text) {
        json.append('"');
        for (char character : text.toCharArray()) {
            if (character == '"' || character == '\\') {
                json.append('\\').append(character);
            } else if (character < 0x20) {
                json.append(String.format("\\u%04x", (int) character));
            } else {
                json.append(character);
            }
        }
        json.append('"');
    }
}
