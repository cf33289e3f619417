package io.tabletheory.api.request;

/**
 * The comparison of a classic (pre-expression) condition: {@link ClassicCondition} in {@code KeyConditions}, {@code
 * QueryFilter} and {@code ScanFilter}, and {@link ExpectedAttributeValue} in {@code Expected}. Each takes a fixed
 * number of values from the condition's {@code attributeValueList}: none for {@link #NULL} and {@link #NOT_NULL}, two
 * for {@link #BETWEEN}, one or more for {@link #IN}, exactly one for the others. A wrong count, or a value of a type
 * the comparison does not take, is a {@code ValidationException} with DynamoDB's message.
 */
public enum ComparisonOperator {
    /** Equal to the value (any type); false when the attribute is missing. */
    EQ,
    /** Not equal to the value (any type); true when the attribute is missing. */
    NE,
    /** Equal to one of the values (scalars of one type). */
    IN,
    /** Less than or equal to the value (S, N or B). */
    LE,
    /** Less than the value (S, N or B). */
    LT,
    /** Greater than or equal to the value (S, N or B). */
    GE,
    /** Greater than the value (S, N or B). */
    GT,
    /** Between the two values, inclusive (S, N or B, both of one type). */
    BETWEEN,
    /** The attribute exists (no values). */
    NOT_NULL,
    /** The attribute does not exist (no values). */
    NULL,
    /** A string or binary containing the value, or a set or list holding it (the value is S, N or B). */
    CONTAINS,
    /** An existing attribute that does not contain the value (the value is S, N or B). */
    NOT_CONTAINS,
    /** A string or binary starting with the value (S or B). */
    BEGINS_WITH
}
