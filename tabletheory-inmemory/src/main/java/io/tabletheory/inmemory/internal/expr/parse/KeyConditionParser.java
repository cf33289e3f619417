package io.tabletheory.inmemory.internal.expr.parse;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.inmemory.internal.expr.syntax.Comparator;
import io.tabletheory.inmemory.internal.expr.syntax.Condition;
import io.tabletheory.inmemory.internal.expr.syntax.ExpressionKind;
import io.tabletheory.inmemory.internal.expr.syntax.Operand;
import io.tabletheory.inmemory.internal.expr.syntax.ParsedCondition;
import io.tabletheory.inmemory.internal.expr.syntax.ParsedKeyCondition;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a KeyConditionExpression: the condition grammar ({@link ConditionParser}, so syntax, reserved-word,
 * parenthesis and function-name errors read {@code Invalid KeyConditionExpression: ...}), then the key-condition
 * shape DynamoDB requires, with its messages: only AND joins conditions ({@code Invalid operator used in
 * KeyConditionExpression: OR}, likewise NOT, IN, {@code <>} and functions other than {@code begins_with}); each
 * condition compares one top-level attribute, written first, with values ({@code Multiple attribute names used in
 * one condition}, {@code ... operator must have the key attribute as its first operand}, {@code cannot have
 * conditions on nested attributes}). Which attributes are keys is checked later, against the table or index, by
 * {@code KeyConditionChecker}.
 */
public final class KeyConditionParser {
    private static final String INVALID_OPERATOR = "Invalid operator used in KeyConditionExpression: ";
    private static final String INVALID_CONDITION = "Invalid condition in KeyConditionExpression: ";

    private KeyConditionParser() {}

    /**
     * Parses a key condition expression.
     *
     * @throws ValidationException with DynamoDB's message
     */
    public static ParsedKeyCondition parse(String text) {
        ParsedCondition parsed = ConditionParser.parse(text, ExpressionKind.KEY_CONDITION);
        List<Condition> terms = new ArrayList<>();
        if (parsed.deferredError().isEmpty()) {
            collect(parsed.condition(), terms);
        }
        return new ParsedKeyCondition(parsed, terms);
    }

    private static void collect(Condition condition, List<Condition> terms) {
        if (condition instanceof Condition.And and) {
            collect(and.left(), terms);
            collect(and.right(), terms);
        } else if (condition instanceof Condition.Or) {
            throw invalidOperator("OR");
        } else if (condition instanceof Condition.Not) {
            throw invalidOperator("NOT");
        } else if (condition instanceof Condition.In) {
            throw invalidOperator("IN");
        } else if (condition instanceof Condition.AttributeExists) {
            throw invalidOperator("attribute_exists");
        } else if (condition instanceof Condition.AttributeNotExists) {
            throw invalidOperator("attribute_not_exists");
        } else if (condition instanceof Condition.AttributeType) {
            throw invalidOperator("attribute_type");
        } else if (condition instanceof Condition.Contains) {
            throw invalidOperator("contains");
        } else if (condition instanceof Condition.Compare compare) {
            if (compare.comparator() == Comparator.NE) {
                throw invalidOperator("<>");
            }
            term(compare.comparator().symbol(), compare.left(), List.of(compare.right()));
            terms.add(compare);
        } else if (condition instanceof Condition.Between between) {
            term("BETWEEN", between.value(), List.of(between.lower(), between.upper()));
            terms.add(between);
        } else {
            Condition.BeginsWith beginsWith = (Condition.BeginsWith) condition;
            term("begins_with", beginsWith.subject(), List.of(beginsWith.prefix()));
            terms.add(beginsWith);
        }
    }

    private static void term(String operator, Operand first, List<Operand> rest) {
        List<Operand> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        int paths = 0;
        for (Operand operand : all) {
            if (operand instanceof Operand.Size) {
                throw invalidOperator("size");
            }
            if (operand instanceof Operand.Path) {
                paths++;
            }
        }
        if (paths > 1) {
            throw new ValidationException(INVALID_CONDITION + "Multiple attribute names used in one condition");
        }
        if (!(first instanceof Operand.Path path)) {
            throw new ValidationException(
                    INVALID_CONDITION + operator + " operator must have the key attribute as its first operand");
        }
        if (path.path().elements().size() > 1) {
            throw new ValidationException("KeyConditionExpressions cannot have conditions on nested attributes");
        }
    }

    private static ValidationException invalidOperator(String operator) {
        return new ValidationException(INVALID_OPERATOR + operator);
    }
}
