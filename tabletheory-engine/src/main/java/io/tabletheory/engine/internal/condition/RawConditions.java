package io.tabletheory.engine.internal.condition;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.convert.JavaValues;
import io.tabletheory.engine.internal.expression.RawCondition;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Raw condition expressions as users give them ({@code Model.withConditionExpression}, a transaction's
 * {@code TransactCondition.withExpression}): the text checked for presence, the placeholders checked against the
 * ones TableTheory generates, the Java values converted; and several of them ANDed into one.
 */
public final class RawConditions {
    private static final Pattern GENERATED_PLACEHOLDER = Pattern.compile("[:#][vn]\\d+");

    private RawConditions() {}

    /**
     * The raw condition {@code expression} with {@code values} converted from Java values.
     *
     * @param call the user's call, named in errors
     * @throws IllegalArgumentException for an empty expression, a placeholder without ':' or one of the form
     *     TableTheory uses itself
     */
    public static RawCondition of(String call, String expression, Map<String, Object> values) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException(call + " needs a non-empty expression");
        }
        Map<String, AttributeValue> converted = new LinkedHashMap<>();
        values.forEach((placeholder, value) -> {
            if (!placeholder.startsWith(":")) {
                throw new IllegalArgumentException(
                        call + ": value placeholder '" + placeholder + "' must start with ':'");
            }
            if (GENERATED_PLACEHOLDER.matcher(placeholder).matches()) {
                throw new IllegalArgumentException(call + ": placeholder " + placeholder + " has the form"
                        + " TableTheory uses for its own values (:v0, :v1, ...); choose another name, such as"
                        + " :expected");
            }
            converted.put(placeholder, JavaValues.toAttributeValue(value));
        });
        return new RawCondition(expression.trim(), converted);
    }

    /**
     * {@code first} ANDed with {@code second}, each in parentheses, their values merged.
     *
     * @throws IllegalArgumentException when both give one placeholder different values
     */
    public static RawCondition and(Optional<RawCondition> first, RawCondition second) {
        if (first.isEmpty()) {
            return second;
        }
        Map<String, AttributeValue> values = new LinkedHashMap<>(first.get().values());
        second.values().forEach((placeholder, value) -> {
            AttributeValue earlier = values.putIfAbsent(placeholder, value);
            if (earlier != null && !earlier.equals(value)) {
                throw new IllegalArgumentException("two condition expressions give the placeholder " + placeholder
                        + " different values (" + earlier + " and " + value + "); rename one of them");
            }
        });
        return new RawCondition("(" + first.get().expression() + ") AND (" + second.expression() + ")", values);
    }
}
