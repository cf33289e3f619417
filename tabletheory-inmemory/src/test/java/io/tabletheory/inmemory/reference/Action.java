package io.tabletheory.inmemory.reference;

import io.tabletheory.api.value.AttributeValue;

/** One action of an UpdateExpression, on a top-level attribute. */
sealed interface Action {
    /** The attribute this action changes. */
    String target();

    /** {@code SET target = :value}. */
    record SetValue(String target, AttributeValue value) implements Action {}

    /** {@code SET target = source}. */
    record SetCopy(String target, String source) implements Action {}

    /** {@code SET target = source + :number} or {@code - :number}. */
    record SetArithmetic(String target, String source, boolean plus, AttributeValue number) implements Action {}

    /** {@code REMOVE target}. */
    record Remove(String target) implements Action {}

    /** {@code ADD target :value}: a number to add, or a string or number set to unite with. */
    record Add(String target, AttributeValue value) implements Action {}
}
