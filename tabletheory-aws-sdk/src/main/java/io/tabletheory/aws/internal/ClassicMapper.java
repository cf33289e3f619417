package io.tabletheory.aws.internal;

import io.tabletheory.api.request.AttributeValueUpdate;
import io.tabletheory.api.request.ClassicCondition;
import io.tabletheory.api.request.ConditionalOperator;
import io.tabletheory.api.request.ExpectedAttributeValue;
import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeAction;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;

/**
 * Maps the classic (pre-expression) parameters between the api's records and the SDK's: {@code Expected}, {@code
 * AttributeUpdates}, the condition maps ({@code KeyConditions}, {@code QueryFilter}, {@code ScanFilter}), {@code
 * ConditionalOperator} and {@code AttributesToGet}. An empty api map or list is sent as an absent SDK parameter, as
 * {@link Parameters} does for the other defaults.
 */
final class ClassicMapper {
    private ClassicMapper() {}

    /** The SDK {@code Expected}, or {@code null} when empty. */
    static Map<String, software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue> expected(
            Map<String, ExpectedAttributeValue> expected) {
        if (expected.isEmpty()) {
            return null;
        }
        Map<String, software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue> sdk = new LinkedHashMap<>();
        expected.forEach((attribute, condition) -> sdk.put(
                attribute,
                software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue.builder()
                        .value(condition.value().map(AttributeValues::toSdk).orElse(null))
                        .exists(condition.exists().orElse(null))
                        .comparisonOperator(condition
                                .comparisonOperator()
                                .map(operator -> ComparisonOperator.fromValue(operator.name()))
                                .orElse(null))
                        .attributeValueList(values(condition.attributeValueList()))
                        .build()));
        return sdk;
    }

    /** The SDK {@code AttributeUpdates}, or {@code null} when empty. */
    static Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate> attributeUpdates(
            Map<String, AttributeValueUpdate> updates) {
        if (updates.isEmpty()) {
            return null;
        }
        Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate> sdk = new LinkedHashMap<>();
        updates.forEach((attribute, update) -> sdk.put(
                attribute,
                software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate.builder()
                        .value(update.value().map(AttributeValues::toSdk).orElse(null))
                        .action(AttributeAction.fromValue(update.action().name()))
                        .build()));
        return sdk;
    }

    /** An SDK condition map, or {@code null} when empty. */
    static Map<String, Condition> conditions(Map<String, ClassicCondition> conditions) {
        if (conditions.isEmpty()) {
            return null;
        }
        Map<String, Condition> sdk = new LinkedHashMap<>();
        conditions.forEach((attribute, condition) -> sdk.put(
                attribute,
                Condition.builder()
                        .comparisonOperator(ComparisonOperator.fromValue(
                                condition.comparisonOperator().name()))
                        .attributeValueList(values(condition.attributeValueList()))
                        .build()));
        return sdk;
    }

    /** The SDK {@code ConditionalOperator}, or {@code null} when absent. */
    static software.amazon.awssdk.services.dynamodb.model.ConditionalOperator conditionalOperator(
            Optional<ConditionalOperator> operator) {
        return operator.map(value ->
                        software.amazon.awssdk.services.dynamodb.model.ConditionalOperator.fromValue(value.name()))
                .orElse(null);
    }

    /** The SDK {@code AttributesToGet}, or {@code null} when empty. */
    static List<String> attributesToGet(List<String> names) {
        return names.isEmpty() ? null : names;
    }

    /** The api {@code AttributesToGet} of an SDK value (empty when absent). */
    static List<String> attributesToGetFromSdk(List<String> names) {
        return names == null ? List.of() : List.copyOf(names);
    }

    private static List<software.amazon.awssdk.services.dynamodb.model.AttributeValue> values(
            List<AttributeValue> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<software.amazon.awssdk.services.dynamodb.model.AttributeValue> sdk = new ArrayList<>();
        values.forEach(value -> sdk.add(AttributeValues.toSdk(value)));
        return sdk;
    }
}
