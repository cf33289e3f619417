package io.tabletheory.server.internal.operation;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import io.tabletheory.api.request.ReturnItemCollectionMetrics;
import io.tabletheory.api.request.ReturnValue;
import io.tabletheory.api.request.ReturnValuesOnConditionCheckFailure;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.server.internal.json.AttributeValueDecoder;
import io.tabletheory.server.internal.json.WireObject;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The request members many operations share, decoded with DynamoDB's checks that only the raw request can show: an
 * empty {@code ExpressionAttributeNames} or {@code ExpressionAttributeValues} (the api reads an empty map as
 * absent), an invalid value inside {@code ExpressionAttributeValues} (DynamoDB wraps its message with the key), an
 * enum value outside its set.
 */
final class RequestMembers {
    /**
     * The value sets as DynamoDB lists them in its enum constraint errors, which is not the api enums' order; a
     * member not here is listed in its enum's order.
     */
    private static final Map<String, String> DYNAMODB_ENUM_ORDER = Map.of(
            "ReturnValues", "[ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]",
            "ReturnConsumedCapacity", "[INDEXES, TOTAL, NONE]",
            "ReturnValuesOnConditionCheckFailure", "[ALL_OLD, NONE]",
            "ReturnItemCollectionMetrics", "[SIZE, NONE]",
            "Select", "[SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]",
            "BillingMode", "[PROVISIONED, PAY_PER_REQUEST]",
            "AttributeType", "[B, N, S]",
            "ProjectionType", "[ALL, INCLUDE, KEYS_ONLY]");

    private RequestMembers() {}

    /** {@code ExpressionAttributeNames}; empty when absent, an error when present but empty. */
    static Map<String, String> expressionAttributeNames(WireObject request) {
        Map<String, String> names = request.stringMap("ExpressionAttributeNames");
        if (request.has("ExpressionAttributeNames") && names.isEmpty()) {
            throw new ValidationException("ExpressionAttributeNames must not be empty");
        }
        return names;
    }

    /** {@code ExpressionAttributeValues}; empty when absent, an error when present but empty or invalid. */
    static Map<String, AttributeValue> expressionAttributeValues(WireObject request) {
        Optional<Map<String, Object>> raw =
                request.map("ExpressionAttributeValues", "com.amazonaws.dynamodb.v20120810.AttributeValue");
        if (raw.isEmpty()) {
            return Map.of();
        }
        if (raw.get().isEmpty()) {
            throw new ValidationException("ExpressionAttributeValues must not be empty");
        }
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        raw.get().forEach((key, json) -> {
            try {
                values.put(key, AttributeValueDecoder.decode(json, "ExpressionAttributeValues." + key));
            } catch (ValidationException invalid) {
                throw new ValidationException("ExpressionAttributeValues contains invalid value: "
                        + invalid.getMessage() + " for key " + key);
            }
        });
        return values;
    }

    /** {@code ReturnConsumedCapacity}, {@code NONE} when absent. */
    static ReturnConsumedCapacity returnConsumedCapacity(WireObject request) {
        MemberConstraints violations = new MemberConstraints();
        ReturnConsumedCapacity capacity = returnConsumedCapacity(request, violations);
        violations.throwIfAny();
        return capacity;
    }

    /** {@code ReturnConsumedCapacity}, {@code NONE} when absent or invalid (recorded in {@code violations}). */
    static ReturnConsumedCapacity returnConsumedCapacity(WireObject request, MemberConstraints violations) {
        return enumMember(request, "ReturnConsumedCapacity", ReturnConsumedCapacity.class, violations)
                .orElse(ReturnConsumedCapacity.NONE);
    }

    /** {@code ReturnItemCollectionMetrics}, {@code NONE} when absent. */
    static ReturnItemCollectionMetrics returnItemCollectionMetrics(WireObject request) {
        MemberConstraints violations = new MemberConstraints();
        ReturnItemCollectionMetrics metrics = returnItemCollectionMetrics(request, violations);
        violations.throwIfAny();
        return metrics;
    }

    /** {@code ReturnItemCollectionMetrics}, {@code NONE} when absent or invalid (recorded in {@code violations}). */
    static ReturnItemCollectionMetrics returnItemCollectionMetrics(WireObject request, MemberConstraints violations) {
        return enumMember(request, "ReturnItemCollectionMetrics", ReturnItemCollectionMetrics.class, violations)
                .orElse(ReturnItemCollectionMetrics.NONE);
    }

    /** {@code ReturnValues}, {@code NONE} when absent or invalid (recorded in {@code violations}). */
    static ReturnValue returnValues(WireObject request, MemberConstraints violations) {
        return enumMember(request, "ReturnValues", ReturnValue.class, violations)
                .orElse(ReturnValue.NONE);
    }

    /** {@code ReturnValuesOnConditionCheckFailure}, {@code NONE} when absent or invalid (recorded). */
    static ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure(
            WireObject request, MemberConstraints violations) {
        return enumMember(
                        request,
                        "ReturnValuesOnConditionCheckFailure",
                        ReturnValuesOnConditionCheckFailure.class,
                        violations)
                .orElse(ReturnValuesOnConditionCheckFailure.NONE);
    }

    /** An enum member, with DynamoDB's constraint error for a value outside the set. */
    static <E extends Enum<E>> Optional<E> enumMember(WireObject request, String member, Class<E> type) {
        MemberConstraints violations = new MemberConstraints();
        Optional<E> value = enumMember(request, member, type, violations);
        violations.throwIfAny();
        return value;
    }

    /** An enum member; a value outside the set is recorded in {@code violations}, and the answer is then empty. */
    static <E extends Enum<E>> Optional<E> enumMember(
            WireObject request, String member, Class<E> type, MemberConstraints violations) {
        String allowed = DYNAMODB_ENUM_ORDER.getOrDefault(
                member,
                Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ", "[", "]")));
        return violations.enumMember(request, member, type, allowed);
    }
}
