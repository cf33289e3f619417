package io.tabletheory.engine.internal.transact;

import io.tabletheory.TransactCondition;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.condition.RawConditions;
import io.tabletheory.engine.internal.condition.TermFactory;
import io.tabletheory.engine.internal.expression.Condition;
import io.tabletheory.engine.internal.expression.RawCondition;
import io.tabletheory.engine.internal.lifecycle.Versions;
import io.tabletheory.engine.internal.mapping.FieldMapping;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import io.tabletheory.engine.internal.write.WriteConditions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The conditions of one transaction action, from the caller's {@link TransactCondition}s to the
 * {@link WriteConditions} a write plan takes: resolved against the action's model (so an unknown field or a model
 * without a version fails when the action is added), several raw expressions ANDed into one.
 */
final class TransactConditions {
    private TransactConditions() {}

    static WriteConditions of(ModelSchema<?> schema, String action, TransactCondition... given) {
        List<Condition> conditions = new ArrayList<>();
        Optional<RawCondition> raw = Optional.empty();
        for (TransactCondition condition : given) {
            if (condition == null) {
                throw new IllegalArgumentException(action + " of " + schema.modelName() + ": a condition is null");
            }
            WriteConditions resolved = condition.accept(new Resolver(schema, action));
            conditions.addAll(resolved.conditions());
            if (resolved.raw().isPresent()) {
                raw = Optional.of(RawConditions.and(raw, resolved.raw().get()));
            }
        }
        return new WriteConditions(conditions, raw);
    }

    /** Each condition on its own: a generated condition, or a raw expression. */
    private record Resolver(ModelSchema<?> schema, String action)
            implements TransactCondition.Visitor<WriteConditions> {
        @Override
        public WriteConditions ifExists() {
            return generated(new Condition.AttributeExists(schema.partitionKey().attributeName()));
        }

        @Override
        public WriteConditions ifNotExists() {
            return generated(
                    new Condition.AttributeNotExists(schema.partitionKey().attributeName()));
        }

        @Override
        public WriteConditions atVersion(long version) {
            FieldMapping field = schema.version()
                    .orElseThrow(() -> new IllegalArgumentException(action + " of " + schema.modelName()
                            + ": atVersion(" + version + ") needs a @Version field, which the model does not have"));
            return generated(Versions.is(field, AttributeValue.ofNumber(version)));
        }

        @Override
        public WriteConditions field(String field, String operator, Object value) {
            return generated(TermFactory.term(schema, action + " withCondition", field, operator, value)
                    .condition());
        }

        @Override
        public WriteConditions expression(String expression, Map<String, Object> values) {
            return new WriteConditions(
                    List.of(), Optional.of(RawConditions.of(action + " withExpression", expression, values)));
        }

        private static WriteConditions generated(Condition condition) {
            return new WriteConditions(List.of(condition), Optional.empty());
        }
    }
}
