package io.tabletheory.engine.internal.lifecycle;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.expression.ComparisonOperator;
import io.tabletheory.engine.internal.expression.Condition;
import io.tabletheory.engine.internal.expression.Update;
import io.tabletheory.engine.internal.mapping.FieldMapping;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import java.math.BigInteger;
import java.util.Optional;

/**
 * The optimistic-locking rules of a {@code @Version} field, in one place: 0 on create, +1 on every update, and a
 * write conditioned on the version the caller holds. Used by every write plan, so single writes, batch writes and
 * transactions version items identically.
 */
public final class Versions {
    private Versions() {}

    /** The first version, 0, as a value of the field's type. */
    public static Object zero(Class<?> type) {
        if (type == long.class || type == Long.class) {
            return 0L;
        }
        if (type == short.class || type == Short.class) {
            return (short) 0;
        }
        if (type == BigInteger.class) {
            return BigInteger.ZERO;
        }
        return 0;
    }

    /** The version after {@code current}, as a value of the field's type; 1 after null (ADD to a missing version). */
    public static Object next(Class<?> type, Object current) {
        if (current == null) {
            return next(type, zero(type));
        }
        if (current instanceof BigInteger big) {
            return big.add(BigInteger.ONE);
        }
        long next = ((Number) current).longValue() + 1;
        if (type == long.class || type == Long.class) {
            return next;
        }
        if (type == short.class || type == Short.class) {
            return (short) next;
        }
        return (int) next;
    }

    /** {@code update} also adding 1 to the model's {@code @Version}, when it has one. */
    public static Update bumped(ModelSchema<?> schema, Update update) {
        return schema.version()
                .map(field ->
                        update.with(new Update.Add(Update.Path.of(field.attributeName()), AttributeValue.ofNumber(1))))
                .orElse(update);
    }

    /** {@code update} also adding 1 to the version, counting an absent one as -1 (so a new item gets 0). */
    public static Update bumpedFromAbsent(ModelSchema<?> schema, Update update) {
        return schema.version()
                .map(field -> update.with(new Update.Increment(
                        Update.Path.of(field.attributeName()),
                        AttributeValue.ofNumber(1),
                        Optional.of(AttributeValue.ofNumber(-1)))))
                .orElse(update);
    }

    /** The condition that the stored version is the one {@code item} holds, when the model has a version. */
    public static Optional<Condition> held(ModelSchema<?> schema, Object item) {
        return schema.version().map(field -> is(field, field.write(field.get(item))));
    }

    /** The condition that the stored version is {@code held}. */
    public static Condition is(FieldMapping version, AttributeValue held) {
        return new Condition.Comparison(version.attributeName(), ComparisonOperator.EQUAL, held);
    }
}
