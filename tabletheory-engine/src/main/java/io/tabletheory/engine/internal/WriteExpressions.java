package io.tabletheory.engine.internal;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.expression.Condition;
import io.tabletheory.engine.internal.expression.ExpressionBuilder;
import io.tabletheory.engine.internal.expression.Update;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The expression parts of one write request: the condition (generated conditions ANDed with a raw one), the
 * update, and the names and values they share. Rendered through one {@link ExpressionBuilder}, so placeholders
 * never collide.
 *
 * @param condition the ConditionExpression, when there is one
 * @param update the UpdateExpression, when there is one
 * @param names the ExpressionAttributeNames
 * @param values the ExpressionAttributeValues
 */
record WriteExpressions(
        Optional<String> condition,
        Optional<String> update,
        Map<String, String> names,
        Map<String, AttributeValue> values) {

    static WriteExpressions of(Update update, List<Condition> conditions, Optional<ModelCall.RawCondition> raw) {
        ExpressionBuilder builder = new ExpressionBuilder();
        Optional<String> updateText = update.isEmpty() ? Optional.empty() : Optional.of(builder.render(update));
        Optional<String> generated = Condition.allOf(conditions).map(builder::render);
        Map<String, AttributeValue> values = new LinkedHashMap<>(builder.values());
        Optional<String> condition = generated;
        if (raw.isPresent()) {
            values.putAll(raw.get().values());
            condition = Optional.of(generated
                    .map(text -> "(" + text + ") AND (" + raw.get().expression() + ")")
                    .orElse(raw.get().expression()));
        }
        return new WriteExpressions(condition, updateText, builder.names(), values);
    }
}
