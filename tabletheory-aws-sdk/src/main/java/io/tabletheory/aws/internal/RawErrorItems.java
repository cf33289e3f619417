package io.tabletheory.aws.internal;

import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.protocols.jsoncore.JsonNodeParser;

/**
 * Reads the items of an error response (a failed condition's {@code Item}, a cancelled transaction's reasons'
 * {@code Item}s) from the raw response body. Needed because the SDK's error unmarshaller drops the type of an
 * empty list or map inside those items ({@code {"L": []}} arrives as a value with no type), which would otherwise
 * lose the item. Returns empty when the body is missing or not the expected JSON.
 */
final class RawErrorItems {
    private RawErrorItems() {}

    /** The {@code Item} of a failed condition, from the raw body. */
    static Optional<Map<String, AttributeValue>> conditionItem(AwsServiceException exception) {
        return body(exception).flatMap(body -> item(body.asObject().get("Item")));
    }

    /** The {@code Item} of the cancellation reason at {@code index}, from the raw body. */
    static Optional<Map<String, AttributeValue>> cancellationItem(AwsServiceException exception, int index) {
        return body(exception).flatMap(body -> {
            JsonNode reasons = body.asObject().get("CancellationReasons");
            if (reasons == null || !reasons.isArray() || reasons.asArray().size() <= index) {
                return Optional.empty();
            }
            JsonNode reason = reasons.asArray().get(index);
            return reason.isObject() ? item(reason.asObject().get("Item")) : Optional.empty();
        });
    }

    private static Optional<JsonNode> body(AwsServiceException exception) {
        AwsErrorDetails details = exception.awsErrorDetails();
        if (details == null || details.rawResponse() == null) {
            return Optional.empty();
        }
        try {
            JsonNode body = JsonNodeParser.create().parse(details.rawResponse().asByteArray());
            return body.isObject() ? Optional.of(body) : Optional.empty();
        } catch (RuntimeException notJson) {
            return Optional.empty();
        }
    }

    private static Optional<Map<String, AttributeValue>> item(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        try {
            Map<String, AttributeValue> item = new LinkedHashMap<>();
            node.asObject().forEach((name, value) -> item.put(name, value(value)));
            return Optional.of(item);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static AttributeValue value(JsonNode node) {
        Map.Entry<String, JsonNode> typed =
                node.asObject().entrySet().iterator().next();
        JsonNode content = typed.getValue();
        switch (typed.getKey()) {
            case "S":
                return AttributeValue.ofString(content.asString());
            case "N":
                return AttributeValue.ofNumber(content.asString());
            case "B":
                return AttributeValue.ofBinary(Base64.getDecoder().decode(content.asString()));
            case "BOOL":
                return AttributeValue.ofBoolean(content.asBoolean());
            case "NULL":
                return AttributeValue.ofNull();
            case "SS":
                return AttributeValue.ofStringSet(strings(content));
            case "NS":
                return AttributeValue.ofNumberSet(strings(content));
            case "BS":
                return AttributeValue.ofBinarySet(strings(content).stream()
                        .map(Base64.getDecoder()::decode)
                        .toList());
            case "L": {
                List<AttributeValue> elements = new ArrayList<>();
                content.asArray().forEach(element -> elements.add(value(element)));
                return AttributeValue.ofList(elements);
            }
            case "M": {
                Map<String, AttributeValue> members = new LinkedHashMap<>();
                content.asObject().forEach((name, member) -> members.put(name, value(member)));
                return AttributeValue.ofMap(members);
            }
            default:
                throw new IllegalArgumentException("unknown attribute value type " + typed.getKey());
        }
    }

    private static List<String> strings(JsonNode array) {
        return array.asArray().stream().map(JsonNode::asString).toList();
    }
}
