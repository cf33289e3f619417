package io.tabletheory.inmemory.internal.expr.eval;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.item.CollectionViews;
import io.tabletheory.inmemory.internal.item.ScalarViews;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The value arithmetic of the update clauses ADD and DELETE, for {@link UpdateApplier}: ADD adds a number to a number
 * or unites a set with a set of the same type; DELETE takes a set's elements out of a set of the same type. Each is a
 * visitor over the existing value holding the operand, so a new value type must say here what the clauses do with
 * it; types the clauses do not take fail as DynamoDB fails them ({@code An operand in the update expression has an
 * incorrect data type}).
 */
final class AddDeleteArithmetic {
    private AddDeleteArithmetic() {}

    /** {@code existing} with {@code operand} added; the operand alone when nothing exists. */
    static AttributeValue add(Optional<AttributeValue> existing, AttributeValue operand) {
        if (existing.isEmpty()) {
            return operand;
        }
        sameType(existing.get(), operand);
        return existing.get().accept(new Addition(operand));
    }

    /** The set left after taking out the operand's elements; empty when none remain. */
    static Optional<AttributeValue> delete(AttributeValue existing, AttributeValue operand) {
        sameType(existing, operand);
        return existing.accept(new Deletion(operand));
    }

    private static void sameType(AttributeValue existing, AttributeValue operand) {
        if (existing.type() != operand.type()) {
            throw incorrectType();
        }
    }

    private static ValidationException incorrectType() {
        return new ValidationException(UpdateEvaluator.INCORRECT_TYPE);
    }

    private static <T> Set<T> union(Set<T> existing, Set<T> added) {
        Set<T> result = new LinkedHashSet<>(existing);
        result.addAll(added);
        return result;
    }

    private static <T> Set<T> difference(Set<T> existing, Set<T> removed) {
        Set<T> result = new LinkedHashSet<>(existing);
        result.removeAll(removed);
        return result;
    }

    /** ADD of {@code operand} (of the visited value's type) to the visited value. */
    private record Addition(AttributeValue operand) implements AttributeValue.Visitor<AttributeValue> {
        @Override
        public AttributeValue visitNumber(AttributeValue.NumberValue existing) {
            return NumberArithmetic.add(existing, ScalarViews.number(operand));
        }

        @Override
        public AttributeValue visitStringSet(AttributeValue.StringSetValue existing) {
            return new AttributeValue.StringSetValue(
                    union(existing.values(), CollectionViews.stringSet(operand).values()));
        }

        @Override
        public AttributeValue visitNumberSet(AttributeValue.NumberSetValue existing) {
            return new AttributeValue.NumberSetValue(
                    union(existing.values(), CollectionViews.numberSet(operand).values()));
        }

        @Override
        public AttributeValue visitBinarySet(AttributeValue.BinarySetValue existing) {
            return new AttributeValue.BinarySetValue(
                    union(existing.values(), CollectionViews.binarySet(operand).values()));
        }

        @Override
        public AttributeValue visitString(AttributeValue.StringValue existing) {
            throw incorrectType();
        }

        @Override
        public AttributeValue visitBinary(AttributeValue.BinaryValue existing) {
            throw incorrectType();
        }

        @Override
        public AttributeValue visitMap(AttributeValue.MapValue existing) {
            throw incorrectType();
        }

        @Override
        public AttributeValue visitList(AttributeValue.ListValue existing) {
            throw incorrectType();
        }

        @Override
        public AttributeValue visitNull(AttributeValue.NullValue existing) {
            throw incorrectType();
        }

        @Override
        public AttributeValue visitBoolean(AttributeValue.BooleanValue existing) {
            throw incorrectType();
        }
    }

    /** DELETE of the elements of {@code operand} (of the visited value's type) from the visited set. */
    private record Deletion(AttributeValue operand) implements AttributeValue.Visitor<Optional<AttributeValue>> {
        @Override
        public Optional<AttributeValue> visitStringSet(AttributeValue.StringSetValue existing) {
            Set<String> rest = difference(
                    existing.values(), CollectionViews.stringSet(operand).values());
            return rest.isEmpty() ? Optional.empty() : Optional.of(new AttributeValue.StringSetValue(rest));
        }

        @Override
        public Optional<AttributeValue> visitNumberSet(AttributeValue.NumberSetValue existing) {
            Set<AttributeValue.NumberValue> rest = difference(
                    existing.values(), CollectionViews.numberSet(operand).values());
            return rest.isEmpty() ? Optional.empty() : Optional.of(new AttributeValue.NumberSetValue(rest));
        }

        @Override
        public Optional<AttributeValue> visitBinarySet(AttributeValue.BinarySetValue existing) {
            Set<AttributeValue.BinaryValue> rest = difference(
                    existing.values(), CollectionViews.binarySet(operand).values());
            return rest.isEmpty() ? Optional.empty() : Optional.of(new AttributeValue.BinarySetValue(rest));
        }

        @Override
        public Optional<AttributeValue> visitString(AttributeValue.StringValue existing) {
            throw incorrectType();
        }

        @Override
        public Optional<AttributeValue> visitNumber(AttributeValue.NumberValue existing) {
            throw incorrectType();
        }

        @Override
        public Optional<AttributeValue> visitBinary(AttributeValue.BinaryValue existing) {
            throw incorrectType();
        }

        @Override
        public Optional<AttributeValue> visitMap(AttributeValue.MapValue existing) {
            throw incorrectType();
        }

        @Override
        public Optional<AttributeValue> visitList(AttributeValue.ListValue existing) {
            throw incorrectType();
        }

        @Override
        public Optional<AttributeValue> visitNull(AttributeValue.NullValue existing) {
            throw incorrectType();
        }

        @Override
        public Optional<AttributeValue> visitBoolean(AttributeValue.BooleanValue existing) {
            throw incorrectType();
        }
    }
}
