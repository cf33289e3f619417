package io.tabletheory.engine.internal.write;

import io.tabletheory.api.request.ReturnValuesOnConditionCheckFailure;
import io.tabletheory.api.request.WriteItemRequestBuilder;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.expression.Condition;
import io.tabletheory.engine.internal.expression.ExpressionBuilder;
import io.tabletheory.engine.internal.expression.RawCondition;
import io.tabletheory.engine.internal.expression.Update;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The expression parts of one write: the condition (generated conditions ANDed with a raw one), the update, and the
 * names and values they share. Rendered through one {@link ExpressionBuilder}, so placeholders never collide; a
 * {@link WritePlan} carries it into whichever request or transaction action the write becomes.
 *
 * @param condition the ConditionExpression, when there is one
 * @param update the UpdateExpression, when there is one
 * @param names the ExpressionAttributeNames
 * @param values the ExpressionAttributeValues
 */
public record WriteExpressions(
        Optional<String> condition,
        Optional<String> update,
        Map<String, String> names,
        Map<String, AttributeValue> values) {

    public WriteExpressions {
        names = names.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(names));
        values = values.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** No condition, no update: a plain put or delete. */
    private static final WriteExpressions NONE =
            new WriteExpressions(Optional.empty(), Optional.empty(), Map.of(), Map.of());

    /** The expressions of {@code update} held to {@code conditions}. */
    public static WriteExpressions of(Update update, WriteConditions conditions) {
        return of(update, conditions.conditions(), conditions.raw());
    }

    private static WriteExpressions of(Update update, List<Condition> conditions, Optional<RawCondition> raw) {
        if (update.isEmpty() && conditions.isEmpty() && raw.isEmpty()) {
            return NONE;
        }
        ExpressionBuilder builder = new ExpressionBuilder();
        Optional<String> updateText = update.isEmpty() ? Optional.empty() : Optional.of(builder.render(update));
        Optional<String> generated = Condition.allOf(conditions).map(builder::render);
        Map<String, AttributeValue> values = builder.values();
        Optional<String> condition = generated;
        if (raw.isPresent()) {
            values = new LinkedHashMap<>(values);
            values.putAll(raw.get().values());
            condition = Optional.of(generated
                    .map(text -> "(" + text + ") AND (" + raw.get().expression() + ")")
                    .orElse(raw.get().expression()));
        }
        return new WriteExpressions(condition, updateText, builder.names(), values);
    }

    /** A write with a condition asks for the stored item on failure, so the exception can carry it. */
    public ReturnValuesOnConditionCheckFailure onConditionFailure() {
        return condition.isPresent()
                ? ReturnValuesOnConditionCheckFailure.ALL_OLD
                : ReturnValuesOnConditionCheckFailure.NONE;
    }

    /** Sets the condition, names, values and {@link #onConditionFailure()} of a single-item write request. */
    public <B extends WriteItemRequestBuilder<B, ?>> B applyTo(B request) {
        return request.conditionExpression(condition.orElse(null))
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .returnValuesOnConditionCheckFailure(onConditionFailure());
    }
}
