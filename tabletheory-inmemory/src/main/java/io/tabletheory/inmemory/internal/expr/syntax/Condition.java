package io.tabletheory.inmemory.internal.expr.syntax;

import java.util.List;
import java.util.Objects;

/**
 * The AST of a condition (ConditionExpression now; FilterExpression and KeyConditionExpression reuse it). Built by
 * {@code ConditionParser}, checked against a request's values by {@code ConditionChecker}, evaluated by {@link
 * ConditionEvaluator}, printed by {@code ExpressionPrinter}. Parentheses are not nodes: the tree's shape carries the
 * grouping.
 */
public sealed interface Condition
        permits Condition.Compare,
                Condition.Between,
                Condition.In,
                Condition.And,
                Condition.Or,
                Condition.Not,
                Condition.AttributeExists,
                Condition.AttributeNotExists,
                Condition.AttributeType,
                Condition.BeginsWith,
                Condition.Contains {

    /** Calls the {@code visitor} method for this condition's kind. */
    <R> R accept(Visitor<R> visitor);

    /**
     * An operation on conditions, one method per kind and no defaults, so that a new kind is a compile error
     * in every operation until it handles it.
     */
    interface Visitor<R> {
        R visitCompare(Compare condition);

        R visitBetween(Between condition);

        R visitIn(In condition);

        R visitAnd(And condition);

        R visitOr(Or condition);

        R visitNot(Not condition);

        R visitAttributeExists(AttributeExists condition);

        R visitAttributeNotExists(AttributeNotExists condition);

        R visitAttributeType(AttributeType condition);

        R visitBeginsWith(BeginsWith condition);

        R visitContains(Contains condition);
    }

    /** {@code left <op> right}. */
    record Compare(Comparator comparator, Operand left, Operand right) implements Condition {
        public Compare {
            Objects.requireNonNull(comparator, "comparator");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitCompare(this);
        }
    }

    /** {@code value BETWEEN lower AND upper}, inclusive. */
    record Between(Operand value, Operand lower, Operand upper) implements Condition {
        public Between {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(lower, "lower");
            Objects.requireNonNull(upper, "upper");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBetween(this);
        }
    }

    /** {@code value IN (candidate, ...)}. */
    record In(Operand value, List<Operand> candidates) implements Condition {
        public In {
            Objects.requireNonNull(value, "value");
            candidates = List.copyOf(candidates);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitIn(this);
        }
    }

    /** {@code left AND right}. */
    record And(Condition left, Condition right) implements Condition {
        public And {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAnd(this);
        }
    }

    /** {@code left OR right}. */
    record Or(Condition left, Condition right) implements Condition {
        public Or {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitOr(this);
        }
    }

    /** {@code NOT condition}. */
    record Not(Condition condition) implements Condition {
        public Not {
            Objects.requireNonNull(condition, "condition");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNot(this);
        }
    }

    /** {@code attribute_exists(path)}; the checker requires a path operand. */
    record AttributeExists(Operand path) implements Condition {
        public AttributeExists {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAttributeExists(this);
        }
    }

    /** {@code attribute_not_exists(path)}; the checker requires a path operand. */
    record AttributeNotExists(Operand path) implements Condition {
        public AttributeNotExists {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAttributeNotExists(this);
        }
    }

    /** {@code attribute_type(subject, type)}; the checker requires {@code type} to be a valid type-name value. */
    record AttributeType(Operand subject, Operand type) implements Condition {
        public AttributeType {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(type, "type");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAttributeType(this);
        }
    }

    /** {@code begins_with(subject, prefix)}. */
    record BeginsWith(Operand subject, Operand prefix) implements Condition {
        public BeginsWith {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(prefix, "prefix");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBeginsWith(this);
        }
    }

    /** {@code contains(subject, operand)}. */
    record Contains(Operand subject, Operand operand) implements Condition {
        public Contains {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(operand, "operand");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitContains(this);
        }
    }
}
