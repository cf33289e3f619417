package io.tabletheory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A condition on one action of a {@link TableTheory#transactWrite transaction}: the action, and with it the whole
 * transaction, happens only if the condition holds on the stored item. Conditions of one action are ANDed after
 * the ones TableTheory adds itself (a create's "key must not exist", the version an update or delete checks).
 *
 * <pre>{@code
 * db.transactWrite(tx -> tx
 *         .put(settings, TransactCondition.ifExists())
 *         .delete(session, TransactCondition.atVersion(3))
 *         .conditionCheck(account, TransactCondition.withCondition("status", "=", "OPEN")));
 * }</pre>
 */
public sealed interface TransactCondition {
    /** The item must exist ({@code attribute_exists} on the partition key). */
    static TransactCondition ifExists() {
        return new IfExists();
    }

    /** No item may have the key ({@code attribute_not_exists} on the partition key). */
    static TransactCondition ifNotExists() {
        return new IfNotExists();
    }

    /**
     * The stored {@code @Version} must be {@code version}.
     *
     * @throws IllegalArgumentException (when the action is added) for a model without a {@code @Version} field
     */
    static TransactCondition atVersion(long version) {
        return new AtVersion(version);
    }

    /**
     * A condition on a field, named by its Java or attribute name, with the operators of {@link Model#where}
     * ({@code = != < <= > >= between in begins_with contains exists not_exists}).
     *
     * @throws IllegalArgumentException (when the action is added) for an unknown field or operator, or a value that
     *     does not fit the field
     */
    static TransactCondition withCondition(String field, String operator, Object value) {
        return new FieldCondition(field, operator, value);
    }

    /**
     * A raw DynamoDB condition expression with its own value placeholders, as in
     * {@link Model#withConditionExpression}.
     */
    static TransactCondition withExpression(String expression, Map<String, Object> values) {
        return new Expression(expression, values);
    }

    /** Calls the visitor's method for this kind of condition. */
    <R> R accept(Visitor<R> visitor);

    /** One method per kind of condition, so every caller handles them all. */
    interface Visitor<R> {
        /** {@link #ifExists()}. */
        R ifExists();

        /** {@link #ifNotExists()}. */
        R ifNotExists();

        /** {@link #atVersion(long)}. */
        R atVersion(long version);

        /** {@link #withCondition(String, String, Object)}. */
        R field(String field, String operator, Object value);

        /** {@link #withExpression(String, Map)}. */
        R expression(String expression, Map<String, Object> values);
    }

    /** See {@link TransactCondition#ifExists()}. */
    record IfExists() implements TransactCondition {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.ifExists();
        }
    }

    /** See {@link TransactCondition#ifNotExists()}. */
    record IfNotExists() implements TransactCondition {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.ifNotExists();
        }
    }

    /**
     * See {@link TransactCondition#atVersion(long)}.
     *
     * @param version the version the stored item must hold
     */
    record AtVersion(long version) implements TransactCondition {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.atVersion(version);
        }
    }

    /**
     * See {@link TransactCondition#withCondition(String, String, Object)}.
     *
     * @param field the field's Java or attribute name
     * @param operator the operator
     * @param value the operand; null for {@code exists} and {@code not_exists}
     */
    record FieldCondition(String field, String operator, Object value) implements TransactCondition {
        public FieldCondition {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(operator, "operator");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.field(field, operator, value);
        }
    }

    /**
     * See {@link TransactCondition#withExpression(String, Map)}.
     *
     * @param expression the condition expression
     * @param values its placeholders' values, as Java values
     */
    record Expression(String expression, Map<String, Object> values) implements TransactCondition {
        public Expression {
            Objects.requireNonNull(expression, "expression");
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.expression(expression, values);
        }
    }
}
