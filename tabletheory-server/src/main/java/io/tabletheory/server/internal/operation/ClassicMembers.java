package io.tabletheory.server.internal.operation;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.AttributeAction;
import io.tabletheory.api.request.AttributeValueUpdate;
import io.tabletheory.api.request.ClassicCondition;
import io.tabletheory.api.request.ComparisonOperator;
import io.tabletheory.api.request.ConditionalOperator;
import io.tabletheory.api.request.ExpectedAttributeValue;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.server.internal.json.AttributeValueDecoder;
import io.tabletheory.server.internal.json.WireObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The classic (pre-expression) request members decoded from the wire: {@code Expected}, {@code AttributeUpdates},
 * {@code KeyConditions}, {@code QueryFilter}, {@code ScanFilter}, {@code ConditionalOperator} and {@code
 * AttributesToGet}. Only what the raw request can show is checked here, with DynamoDB's constraint messages (an enum
 * value outside its set, a missing ComparisonOperator, an empty AttributesToGet); the store checks the rest.
 */
final class ClassicMembers {
    private static final String COMPARISON_OPERATORS =
            "[IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]";

    private ClassicMembers() {}

    /** {@code ConditionalOperator}; absent when not given. */
    static Optional<ConditionalOperator> conditionalOperator(WireObject request) {
        return RequestMembers.enumMember(request, "ConditionalOperator", ConditionalOperator.class);
    }

    /**
     * {@code AttributesToGet}; empty when absent, an error when present but empty. Inside a BatchGetItem table (a
     * map value at {@code RequestItems.<table>}) the error names it {@code requestItems.<table>.member.attributesToGet}.
     */
    static List<String> attributesToGet(WireObject request) {
        List<String> names = request.stringList("AttributesToGet");
        if (request.has("AttributesToGet") && names.isEmpty()) {
            String owner = request.path().isEmpty() ? "" : WireObject.constraintPath(request.path()) + ".member.";
            throw new ValidationException("1 validation error detected: Value '[]' at '" + owner
                    + "attributesToGet' failed to satisfy constraint: Member must have length greater than or equal"
                    + " to 1");
        }
        return names;
    }

    /** A map of classic conditions ({@code KeyConditions}, {@code QueryFilter}, {@code ScanFilter}). */
    static Map<String, ClassicCondition> conditions(WireObject request, String member) {
        Map<String, ClassicCondition> conditions = new LinkedHashMap<>();
        request.objectMap(member, "Condition").forEach((attribute, condition) -> {
            String path = WireObject.constraintPath(member) + "." + attribute + ".member";
            ComparisonOperator operator = comparisonOperator(condition, path)
                    .orElseThrow(() -> new ValidationException("1 validation error detected: Value null at '" + path
                            + ".comparisonOperator' failed to satisfy constraint: Member must not be null"));
            conditions.put(attribute, new ClassicCondition(operator, values(condition)));
        });
        return conditions;
    }

    /** {@code Expected}; empty when absent. */
    static Map<String, ExpectedAttributeValue> expected(WireObject request) {
        Map<String, ExpectedAttributeValue> expected = new LinkedHashMap<>();
        request.objectMap("Expected", "ExpectedAttributeValue").forEach((attribute, condition) -> {
            String path = "expected." + attribute + ".member";
            expected.put(
                    attribute,
                    new ExpectedAttributeValue(
                            value(condition, "Value"),
                            condition.bool("Exists"),
                            comparisonOperator(condition, path),
                            values(condition)));
        });
        return expected;
    }

    /** {@code AttributeUpdates}; empty when absent. */
    static Map<String, AttributeValueUpdate> attributeUpdates(WireObject request) {
        Map<String, AttributeValueUpdate> updates = new LinkedHashMap<>();
        request.objectMap("AttributeUpdates", "AttributeValueUpdate").forEach((attribute, update) -> {
            Optional<String> action = update.string("Action");
            AttributeAction parsed = null;
            if (action.isPresent()) {
                parsed = constant(AttributeAction.class, action.get())
                        .orElseThrow(() -> new ValidationException("1 validation error detected: Value '"
                                + action.get() + "' at 'attributeUpdates." + attribute
                                + ".member.action' failed to satisfy constraint: Member must satisfy enum value set:"
                                + " [ADD, PUT, DELETE]"));
            }
            updates.put(attribute, new AttributeValueUpdate(value(update, "Value"), parsed));
        });
        return updates;
    }

    private static Optional<ComparisonOperator> comparisonOperator(WireObject condition, String path) {
        Optional<String> text = condition.string("ComparisonOperator");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(constant(ComparisonOperator.class, text.get())
                .orElseThrow(() -> new ValidationException("1 validation error detected: Value '" + text.get()
                        + "' at '" + path + ".comparisonOperator' failed to satisfy constraint: Member must satisfy"
                        + " enum value set: " + COMPARISON_OPERATORS)));
    }

    private static List<AttributeValue> values(WireObject condition) {
        List<AttributeValue> values = new ArrayList<>();
        List<Object> raw = condition.list("AttributeValueList").orElse(List.of());
        for (int index = 0; index < raw.size(); index++) {
            values.add(AttributeValueDecoder.decode(
                    raw.get(index), condition.childPath("AttributeValueList") + "." + index));
        }
        return values;
    }

    private static Optional<AttributeValue> value(WireObject object, String member) {
        return object.map(member, "com.amazonaws.dynamodb.v20120810.AttributeValue")
                .map(raw -> AttributeValueDecoder.decode(raw, object.childPath(member)));
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String text) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
