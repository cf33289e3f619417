package io.tabletheory.engine.internal.write;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.condition.Operator;
import io.tabletheory.engine.internal.condition.Term;
import io.tabletheory.engine.internal.expression.Condition;
import io.tabletheory.engine.internal.mapping.FieldMapping;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A write by key ({@code where(...).delete()}, {@code where(...).updateBuilder()}) read from the where terms: the
 * {@code =} terms on the key fields give the key, every other term becomes a condition of the write. Pure.
 */
public final class WhereKey {
    private WhereKey() {}

    /**
     * The full primary key given by the {@code =} where terms on the key fields.
     *
     * @throws IllegalStateException naming the missing key field
     */
    public static Map<String, AttributeValue> key(ModelSchema<?> schema, List<Term> where, String operation) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (FieldMapping field : schema.keyFields()) {
            Optional<Term> term = where.stream()
                    .filter(candidate -> candidate.field() == field && candidate.operator() == Operator.EQUAL)
                    .findFirst();
            if (term.isEmpty()) {
                throw new IllegalStateException(operation + " on " + schema.modelName() + " needs the full primary"
                        + " key: add where(\"" + field.javaName() + "\", \"=\", value)");
            }
            key.put(field.attributeName(), term.get().values().get(0));
        }
        return key;
    }

    /** The where terms that are not the key: conditions of a write by key. */
    public static List<Condition> conditions(ModelSchema<?> schema, List<Term> where) {
        List<Condition> conditions = new ArrayList<>();
        for (Term term : where) {
            boolean keyEquality = schema.keyFields().contains(term.field()) && term.operator() == Operator.EQUAL;
            if (!keyEquality) {
                conditions.add(term.condition());
            }
        }
        return conditions;
    }
}
