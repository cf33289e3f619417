package io.tabletheory.api.request;

import io.tabletheory.api.value.AttributeValue;
import java.util.List;
import java.util.Objects;

/**
 * One attribute's condition in a classic {@code KeyConditions}, {@code QueryFilter} or {@code ScanFilter} map (the
 * SDK's {@code Condition}): the attribute (the map's key) compared with the values. For example {@code new
 * ClassicCondition(ComparisonOperator.BEGINS_WITH, List.of(new AttributeValue.S("ORDER#")))}. The number and types of
 * values each operator takes are listed on {@link ComparisonOperator}; the store reports a mismatch as a {@code
 * ValidationException}.
 *
 * @param comparisonOperator the comparison, required
 * @param attributeValueList the values compared with; empty when the operator takes none
 */
public record ClassicCondition(ComparisonOperator comparisonOperator, List<AttributeValue> attributeValueList) {
    public ClassicCondition {
        Objects.requireNonNull(comparisonOperator, "comparisonOperator");
        attributeValueList = attributeValueList == null ? List.of() : List.copyOf(attributeValueList);
    }

    /** The condition with these values. */
    public static ClassicCondition of(ComparisonOperator comparisonOperator, AttributeValue... values) {
        return new ClassicCondition(comparisonOperator, List.of(values));
    }
}
