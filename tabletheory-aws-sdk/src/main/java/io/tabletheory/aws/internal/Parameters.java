package io.tabletheory.aws.internal;

import io.tabletheory.api.request.ReturnConsumedCapacity;
import io.tabletheory.api.request.ReturnValue;
import io.tabletheory.api.request.ReturnValuesOnConditionCheckFailure;
import java.util.Map;

/**
 * Small shared rules for request parameters: an api default ({@code NONE}, an empty map) is sent as an absent SDK
 * parameter, so DynamoDB applies its own default and the request on the wire is the one a hand-written SDK call
 * would make.
 */
final class Parameters {
    private Parameters() {}

    /** {@code null} for an empty map, else the map. */
    static Map<String, String> names(Map<String, String> names) {
        return names.isEmpty() ? null : names;
    }

    /** {@code null} for {@code NONE}, else the SDK value. */
    static software.amazon.awssdk.services.dynamodb.model.ReturnValue returnValues(ReturnValue value) {
        return value == ReturnValue.NONE
                ? null
                : software.amazon.awssdk.services.dynamodb.model.ReturnValue.fromValue(value.name());
    }

    /** {@code null} for {@code NONE}, else the SDK value. */
    static software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure onConditionFailure(
            ReturnValuesOnConditionCheckFailure value) {
        return value == ReturnValuesOnConditionCheckFailure.NONE
                ? null
                : software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure.fromValue(
                        value.name());
    }

    /** {@code null} for {@code NONE}, else the SDK value. */
    static software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity capacity(
            ReturnConsumedCapacity value) {
        return value == ReturnConsumedCapacity.NONE ? null : CapacityMapper.toSdk(value);
    }
}
