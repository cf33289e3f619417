package io.tabletheory.api.request;

import io.tabletheory.api.value.AttributeValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One attribute's condition in a classic {@code Expected} map of PutItem, UpdateItem or DeleteItem. It takes one of
 * two forms, never both:
 *
 * <ul>
 *   <li>{@code value} and {@code exists}: {@code exists} true (the default) with a {@code value} requires the attribute
 *       to equal it; {@code exists} false without a value requires the attribute to be missing. {@code exists} true
 *       without a value, or false with one, is a {@code ValidationException}.
 *   <li>{@code comparisonOperator} with {@code attributeValueList}, as in {@link ClassicCondition}.
 * </ul>
 *
 * @param value the value the attribute must equal; absent in the operator form
 * @param exists whether the attribute must exist; absent means true
 * @param comparisonOperator the comparison of the operator form; absent in the value form
 * @param attributeValueList the values of the operator form; empty otherwise
 */
public record ExpectedAttributeValue(
        Optional<AttributeValue> value,
        Optional<Boolean> exists,
        Optional<ComparisonOperator> comparisonOperator,
        List<AttributeValue> attributeValueList) {
    public ExpectedAttributeValue {
        value = RequestDefaults.absentIfNull(value);
        exists = RequestDefaults.absentIfNull(exists);
        comparisonOperator = RequestDefaults.absentIfNull(comparisonOperator);
        attributeValueList = attributeValueList == null ? List.of() : List.copyOf(attributeValueList);
    }

    /** The attribute must equal {@code value}. */
    public static ExpectedAttributeValue equalTo(AttributeValue value) {
        return new ExpectedAttributeValue(
                Optional.of(Objects.requireNonNull(value, "value")), Optional.empty(), Optional.empty(), List.of());
    }

    /** The attribute must be missing ({@code Exists: false}). */
    public static ExpectedAttributeValue missing() {
        return new ExpectedAttributeValue(Optional.empty(), Optional.of(false), Optional.empty(), List.of());
    }

    /** The attribute must satisfy {@code condition}. */
    public static ExpectedAttributeValue satisfying(ClassicCondition condition) {
        return new ExpectedAttributeValue(
                Optional.empty(),
                Optional.empty(),
                Optional.of(condition.comparisonOperator()),
                condition.attributeValueList());
    }
}
