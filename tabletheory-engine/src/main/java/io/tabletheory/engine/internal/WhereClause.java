package io.tabletheory.engine.internal;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.expression.ComparisonOperator;
import io.tabletheory.engine.internal.mapping.FieldMapping;

/**
 * One {@code where(field, operator, value)} call, resolved against the model: the field, the operator and the value
 * already converted to its attribute value.
 */
record WhereClause(FieldMapping field, ComparisonOperator operator, AttributeValue value) {}
