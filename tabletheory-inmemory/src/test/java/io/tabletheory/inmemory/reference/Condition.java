package io.tabletheory.inmemory.reference;

import io.tabletheory.api.value.AttributeValue;

/**
 * A condition (ConditionExpression or FilterExpression) as a small tree over top-level attribute names: the generator
 * builds it, {@link Renderer} turns it into DynamoDB syntax for the emulator, {@link ReferenceModel} evaluates it.
 */
sealed interface Condition {
    /** {@code attribute_exists(name)}. */
    record Exists(String name) implements Condition {}

    /** {@code attribute_not_exists(name)}. */
    record NotExists(String name) implements Condition {}

    /** {@code left op right}, op one of {@code = <> < <= > >=}. */
    record Compare(String op, Operand left, Operand right) implements Condition {}

    /** {@code name BETWEEN low AND high}. */
    record Between(String name, AttributeValue low, AttributeValue high) implements Condition {}

    /** {@code begins_with(name, prefix)}. */
    record BeginsWith(String name, AttributeValue prefix) implements Condition {}

    /** {@code left AND right}. */
    record And(Condition left, Condition right) implements Condition {}

    /** {@code left OR right}. */
    record Or(Condition left, Condition right) implements Condition {}

    /** {@code NOT operand}. */
    record Not(Condition operand) implements Condition {}

    /** An operand of a comparison: an attribute or a literal value. */
    sealed interface Operand {
        /** A top-level attribute, by name. */
        record Path(String name) implements Operand {}

        /** A literal, sent as an {@code :value} placeholder. */
        record Literal(AttributeValue value) implements Operand {}
    }
}
