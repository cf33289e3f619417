package io.tabletheory.inmemory.reference;

import io.tabletheory.api.value.AttributeValue;

/**
 * The sort-key part of a key condition: op is one of {@code = < <= > >=}, {@code BETWEEN} (with {@code high}) or
 * {@code begins_with}.
 */
record KeyCondition(String op, AttributeValue value, AttributeValue high) {}
