package io.tabletheory.inmemory.reference;

import io.tabletheory.api.value.AttributeValue;

/**
 * A condition (ConditionExpression or FilterExpression) as a small tree over top-level attribute names: the generator
 * builds it, {@link Renderer} turns it into DynamoDB syntax for the emulator, {@link ReferenceModel} evaluates it.
 */
sealed interface Cond {
    /** {@code attribute_exists(name)}. */
    record Exists(String name) implements Cond {}

    /** {@code attribute_not_exists(name)}. */
    record NotExists(String name) implements Cond {}

    /** {@code left op right}, op one of {@code = <> < <= > >=}. */
    record Compare(String op, Operand left, Operand right) implements Cond {}

    /** {@code name BETWEEN low AND high}. */
    record Between(String name, AttributeValue low, AttributeValue high) implements Cond {}

    /** {@code begins_with(name, prefix)}. */
    record BeginsWith(String name, AttributeValue prefix) implements Cond {}

    /** {@code left AND right}. */
    record And(Cond left, Cond right) implements Cond {}

    /** {@code left OR right}. */
    record Or(Cond left, Cond right) implements Cond {}

    /** {@code NOT operand}. */
    record Not(Cond operand) implements Cond {}

    /** An operand of a comparison: an attribute or a literal value. */
    sealed interface Operand {
        /** A top-level attribute, by name. */
        record Path(String name) implements Operand {}

        /** A literal, sent as an {@code :value} placeholder. */
        record Literal(AttributeValue value) implements Operand {}
    }
}
