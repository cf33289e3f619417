package io.tabletheory.inmemory.internal.expr.legacy;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.ClassicCondition;
import io.tabletheory.inmemory.internal.expr.syntax.Condition;
import io.tabletheory.inmemory.internal.expr.syntax.ParsedCondition;
import io.tabletheory.inmemory.internal.expr.syntax.ParsedKeyCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Query's classic {@code KeyConditions} translated into the key condition a KeyConditionExpression would produce,
 * so {@code KeyConditionChecker} matches it to the key schema as it does an expression. Before the table is known,
 * DynamoDB checks each condition's values, then the operators a key condition can use ({@code EQ}, {@code LT},
 * {@code LE}, {@code GT}, {@code GE}, {@code BETWEEN}, {@code BEGINS_WITH}; any other is {@code Attempted conditional
 * constraint is not an indexable operation}), then the number of conditions (one or two).
 */
public final class ClassicKeyConditions {
    private ClassicKeyConditions() {}

    /**
     * The key condition.
     *
     * @throws ValidationException with DynamoDB's message
     */
    public static ParsedKeyCondition translate(
            Map<String, ClassicCondition> keyConditions, ClassicPlaceholders tokens) {
        List<Condition> terms = new ArrayList<>();
        keyConditions.forEach((attribute, condition) -> terms.add(ClassicComparisons.translate(
                attribute, condition.comparisonOperator(), condition.attributeValueList(), tokens)));
        for (ClassicCondition condition : keyConditions.values()) {
            boolean indexable =
                    switch (condition.comparisonOperator()) {
                        case EQ, LT, LE, GT, GE, BETWEEN, BEGINS_WITH -> true;
                        case NE, IN, NULL, NOT_NULL, CONTAINS, NOT_CONTAINS -> false;
                    };
            if (!indexable) {
                throw new ValidationException("Attempted conditional constraint is not an indexable operation");
            }
        }
        if (terms.isEmpty() || terms.size() > 2) {
            throw new ValidationException("Conditions can be of length 1 or 2 only");
        }
        Condition whole = terms.size() == 1 ? terms.get(0) : new Condition.And(terms.get(0), terms.get(1));
        List<String> placeholders = new ArrayList<>(tokens.names().keySet());
        placeholders.addAll(tokens.values().keySet());
        return new ParsedKeyCondition(new ParsedCondition(whole, placeholders, Optional.empty()), terms);
    }
}
