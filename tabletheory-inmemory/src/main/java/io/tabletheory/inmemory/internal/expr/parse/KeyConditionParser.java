package io.tabletheory.inmemory.internal.expr.parse;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.inmemory.internal.expr.syntax.Comparator;
import io.tabletheory.inmemory.internal.expr.syntax.Condition;
import io.tabletheory.inmemory.internal.expr.syntax.DocumentPath;
import io.tabletheory.inmemory.internal.expr.syntax.ExpressionKind;
import io.tabletheory.inmemory.internal.expr.syntax.LeafViews;
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
        condition.accept(new TermCollector(terms));
    }

    /** Adds the AND-ed terms of a key condition to {@code terms}, rejecting what a key condition cannot hold. */
    private record TermCollector(List<Condition> terms) implements Condition.Visitor<Void> {
        @Override
        public Void visitAnd(Condition.And and) {
            and.left().accept(this);
            return and.right().accept(this);
        }

        @Override
        public Void visitOr(Condition.Or or) {
            throw invalidOperator("OR");
        }

        @Override
        public Void visitNot(Condition.Not not) {
            throw invalidOperator("NOT");
        }

        @Override
        public Void visitIn(Condition.In in) {
            throw invalidOperator("IN");
        }

        @Override
        public Void visitAttributeExists(Condition.AttributeExists exists) {
            throw invalidOperator("attribute_exists");
        }

        @Override
        public Void visitAttributeNotExists(Condition.AttributeNotExists notExists) {
            throw invalidOperator("attribute_not_exists");
        }

        @Override
        public Void visitAttributeType(Condition.AttributeType attributeType) {
            throw invalidOperator("attribute_type");
        }

        @Override
        public Void visitContains(Condition.Contains contains) {
            throw invalidOperator("contains");
        }

        @Override
        public Void visitCompare(Condition.Compare compare) {
            if (compare.comparator() == Comparator.NE) {
                throw invalidOperator("<>");
            }
            term(compare.comparator().symbol(), compare.left(), List.of(compare.right()));
            terms.add(compare);
            return null;
        }

        @Override
        public Void visitBetween(Condition.Between between) {
            term("BETWEEN", between.value(), List.of(between.lower(), between.upper()));
            terms.add(between);
            return null;
        }

        @Override
        public Void visitBeginsWith(Condition.BeginsWith beginsWith) {
            term("begins_with", beginsWith.subject(), List.of(beginsWith.prefix()));
            terms.add(beginsWith);
            return null;
        }
    }

    private static void term(String operator, Operand first, List<Operand> rest) {
        List<Operand> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        int paths = 0;
        for (Operand operand : all) {
            paths += switch (operand.kind()) {
                case SIZE -> throw invalidOperator("size");
                case PATH -> 1;
                case VALUE -> 0;
            };
        }
        if (paths > 1) {
            throw new ValidationException(INVALID_CONDITION + "Multiple attribute names used in one condition");
        }
        DocumentPath path = LeafViews.path(first);
        if (path == null) {
            throw new ValidationException(
                    INVALID_CONDITION + operator + " operator must have the key attribute as its first operand");
        }
        if (path.elements().size() > 1) {
            throw new ValidationException("KeyConditionExpressions cannot have conditions on nested attributes");
        }
    }

    private static ValidationException invalidOperator(String operator) {
        return new ValidationException(INVALID_OPERATOR + operator);
    }
}
