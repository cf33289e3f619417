package io.tabletheory.engine.internal.condition;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.expression.ComparisonOperator;
import io.tabletheory.engine.internal.expression.Condition;
import io.tabletheory.engine.internal.mapping.FieldMapping;
import java.util.List;

/**
 * One condition a user wrote ({@code where}, {@code filter}, {@code withCondition}), resolved against the model:
 * the field, the operator, and its values already converted (none for exists, two for between, up to 100 for in).
 *
 * @param field the field
 * @param operator the operator
 * @param values the operands
 */
public record Term(FieldMapping field, Operator operator, List<AttributeValue> values) {
    public Term {
        values = List.copyOf(values);
    }

    /** The condition this term stands for. */
    public Condition condition() {
        String attribute = field.attributeName();
        return switch (operator) {
            case EQUAL -> comparison(ComparisonOperator.EQUAL);
            case NOT_EQUAL -> comparison(ComparisonOperator.NOT_EQUAL);
            case LESS_THAN -> comparison(ComparisonOperator.LESS_THAN);
            case LESS_THAN_OR_EQUAL -> comparison(ComparisonOperator.LESS_THAN_OR_EQUAL);
            case GREATER_THAN -> comparison(ComparisonOperator.GREATER_THAN);
            case GREATER_THAN_OR_EQUAL -> comparison(ComparisonOperator.GREATER_THAN_OR_EQUAL);
            case BETWEEN -> new Condition.Between(attribute, values.get(0), values.get(1));
            case IN -> new Condition.In(attribute, values);
            case BEGINS_WITH -> new Condition.BeginsWith(attribute, values.get(0));
            case CONTAINS -> new Condition.Contains(attribute, values.get(0));
            case EXISTS -> new Condition.AttributeExists(attribute);
            case NOT_EXISTS -> new Condition.AttributeNotExists(attribute);
        };
    }

    private Condition comparison(ComparisonOperator comparison) {
        return new Condition.Comparison(field.attributeName(), comparison, values.get(0));
    }
}
