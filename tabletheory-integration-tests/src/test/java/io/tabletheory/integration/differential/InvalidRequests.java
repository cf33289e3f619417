package io.tabletheory.integration.differential;

import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.api.request.UpdateItemRequest;
import io.tabletheory.api.value.AttributeValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Requests DynamoDB must refuse, so that error types and messages are compared too: expression syntax errors,
 * undefined and unused placeholders, reserved words, keys of the wrong type or shape, index keys of the wrong type
 * or empty, updates of key attributes, operand type errors, overlapping update paths, and key conditions and filters
 * that break Query's rules.
 */
final class InvalidRequests {
    private static final String T = Schema.PLACEHOLDER_TABLE;

    private InvalidRequests() {}

    /** One invalid request, with a key or item from the usual key space. */
    static Gen<Step> invalid() {
        return Items.item().zip(Generate.range(0, 17), Values.any(), InvalidRequests::build);
    }

    private static Step build(Map<String, AttributeValue> item, int kind, AttributeValue value) {
        Map<String, AttributeValue> key = Schema.key(
                ((AttributeValue.StringValue) item.get(Schema.PK)).value(),
                Integer.parseInt(((AttributeValue.NumberValue) item.get(Schema.SK)).value()));
        AttributeValue text = AttributeValue.ofString("t");
        AttributeValue one = AttributeValue.ofNumber(1);
        switch (kind) {
            case 0:
                return put(with(item, Schema.PK, one));
            case 1:
                return put(without(item, Schema.SK));
            case 2:
                return put(with(item, Schema.GSI_PK, one));
            case 3:
                return put(with(item, Schema.LSI_SK, AttributeValue.ofString("")));
            case 4:
                return new Step.Get(
                        GetItemRequest.builder(T, without(key, Schema.SK)).build());
            case 5:
                return new Step.Delete(
                        DeleteItemRequest.builder(T, with(key, Schema.SK, text)).build());
            case 6:
                return update(key, "SET a = = :v0", Map.of(":v0", value));
            case 7:
                return update(key, "SET a = :nope", Map.of());
            case 8:
                return update(key, "SET a = :v0", Map.of(":v0", value, ":unused", one));
            case 9:
                return update(key, "SET " + Schema.SK + " = :v0", Map.of(":v0", one));
            case 10:
                return update(key, "REMOVE " + Schema.PK, Map.of());
            case 11:
                return update(key, "ADD a :v0", Map.of(":v0", text));
            case 12:
                return update(key, "SET a = :v0 + :v1", Map.of(":v0", text, ":v1", one));
            case 13:
                return update(key, "SET a = :v0 REMOVE a", Map.of(":v0", value));
            case 14:
                return update(key, "DELETE a :v0", Map.of(":v0", one));
            case 15:
                return new Step.Put(PutItemRequest.builder(T, item)
                        .conditionExpression("attribute_exists(status)")
                        .build());
            case 16:
                return new Step.Query(QueryRequest.builder(T)
                        .keyConditionExpression("sk = :v0")
                        .expressionAttributeValues(Map.of(":v0", one))
                        .build());
            default:
                return new Step.Query(QueryRequest.builder(T)
                        .keyConditionExpression("pk = :v0")
                        .filterExpression("sk > :v1")
                        .expressionAttributeValues(Map.of(":v0", item.get(Schema.PK), ":v1", one))
                        .build());
        }
    }

    private static Step put(Map<String, AttributeValue> item) {
        return new Step.Put(PutItemRequest.builder(T, item).build());
    }

    private static Step update(Map<String, AttributeValue> key, String expression, Map<String, AttributeValue> values) {
        return new Step.Update(
                UpdateItemRequest.builder(T, key)
                        .updateExpression(expression)
                        .expressionAttributeValues(values)
                        .build(),
                false);
    }

    private static Map<String, AttributeValue> with(
            Map<String, AttributeValue> item, String name, AttributeValue value) {
        Map<String, AttributeValue> changed = new LinkedHashMap<>(item);
        changed.put(name, value);
        return changed;
    }

    private static Map<String, AttributeValue> without(Map<String, AttributeValue> item, String name) {
        Map<String, AttributeValue> changed = new LinkedHashMap<>(item);
        changed.remove(name);
        return changed;
    }
}
