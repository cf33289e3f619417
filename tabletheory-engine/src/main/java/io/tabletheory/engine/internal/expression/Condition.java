package io.tabletheory.engine.internal.expression;

import io.tabletheory.api.value.AttributeValue;
import java.util.List;
import java.util.Objects;

/**
 * A condition on an item, as a small immutable tree that {@link ExpressionBuilder} renders once into DynamoDB
 * syntax with centrally allocated placeholders. Attribute names are never spliced into the expression text, so no
 * name or value can collide with a placeholder or inject syntax.
 */
public sealed interface Condition {
    /**
     * Calls the method of {@code visitor} that handles this kind of condition; a new kind then fails to compile
     * wherever conditions are handled.
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * An operation on conditions, one method per kind, called by {@link #accept}; deliberately without defaults.
     *
     * @param <R> what the operation returns
     */
    interface Visitor<R> {
        /** Handles {@link Comparison}. */
        R visitComparison(Comparison condition);

        /** Handles {@link Between}. */
        R visitBetween(Between condition);

        /** Handles {@link In}. */
        R visitIn(In condition);

        /** Handles {@link BeginsWith}. */
        R visitBeginsWith(BeginsWith condition);

        /** Handles {@link Contains}. */
        R visitContains(Contains condition);

        /** Handles {@link AttributeExists}. */
        R visitAttributeExists(AttributeExists condition);

        /** Handles {@link AttributeNotExists}. */
        R visitAttributeNotExists(AttributeNotExists condition);

        /** Handles {@link And}. */
        R visitAnd(And condition);

        /** Handles {@link Or}. */
        R visitOr(Or condition);

        /** Handles {@link Not}. */
        R visitNot(Not condition);
    }

    /** {@code attribute <operator> value}. */
    record Comparison(String attribute, ComparisonOperator operator, AttributeValue value) implements Condition {
        public Comparison {
            Objects.requireNonNull(attribute, "attribute");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitComparison(this);
        }
    }

    /** {@code attribute BETWEEN low AND high}. */
    record Between(String attribute, AttributeValue low, AttributeValue high) implements Condition {
        public Between {
            Objects.requireNonNull(attribute, "attribute");
            Objects.requireNonNull(low, "low");
            Objects.requireNonNull(high, "high");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBetween(this);
        }
    }

    /** {@code attribute IN (value, ...)}: 1 to 100 values. */
    record In(String attribute, List<AttributeValue> values) implements Condition {
        public In {
            Objects.requireNonNull(attribute, "attribute");
            values = List.copyOf(values);
            if (values.isEmpty() || values.size() > 100) {
                throw new IllegalArgumentException("IN takes 1 to 100 values, not " + values.size());
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitIn(this);
        }
    }

    /** {@code begins_with(attribute, prefix)}. */
    record BeginsWith(String attribute, AttributeValue prefix) implements Condition {
        public BeginsWith {
            Objects.requireNonNull(attribute, "attribute");
            Objects.requireNonNull(prefix, "prefix");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBeginsWith(this);
        }
    }

    /** {@code contains(attribute, operand)}: a substring, or an element of a set or list. */
    record Contains(String attribute, AttributeValue operand) implements Condition {
        public Contains {
            Objects.requireNonNull(attribute, "attribute");
            Objects.requireNonNull(operand, "operand");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitContains(this);
        }
    }

    /** {@code attribute_exists(attribute)}. */
    record AttributeExists(String attribute) implements Condition {
        public AttributeExists {
            Objects.requireNonNull(attribute, "attribute");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAttributeExists(this);
        }
    }

    /** {@code attribute_not_exists(attribute)}. */
    record AttributeNotExists(String attribute) implements Condition {
        public AttributeNotExists {
            Objects.requireNonNull(attribute, "attribute");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAttributeNotExists(this);
        }
    }

    /** All operands hold. */
    record And(List<Condition> operands) implements Condition {
        public And {
            operands = List.copyOf(operands);
            if (operands.size() < 2) {
                throw new IllegalArgumentException("AND needs at least two operands");
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAnd(this);
        }
    }

    /** At least one operand holds. */
    record Or(List<Condition> operands) implements Condition {
        public Or {
            operands = List.copyOf(operands);
            if (operands.size() < 2) {
                throw new IllegalArgumentException("OR needs at least two operands");
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitOr(this);
        }
    }

    /** The operand does not hold. */
    record Not(Condition operand) implements Condition {
        public Not {
            Objects.requireNonNull(operand, "operand");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNot(this);
        }
    }

    /** The disjunction of the given conditions: none → empty, one → itself, more → OR. */
    static java.util.Optional<Condition> anyOf(List<Condition> conditions) {
        if (conditions.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(conditions.size() == 1 ? conditions.get(0) : new Or(conditions));
    }

    /** The conjunction of the given conditions: none → empty, one → itself, more → AND. */
    static java.util.Optional<Condition> allOf(List<Condition> conditions) {
        if (conditions.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(conditions.size() == 1 ? conditions.get(0) : new And(conditions));
    }
}
