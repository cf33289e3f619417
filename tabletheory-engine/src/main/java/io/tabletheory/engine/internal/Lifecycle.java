package io.tabletheory.engine.internal;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.expression.ComparisonOperator;
import io.tabletheory.engine.internal.expression.Condition;
import io.tabletheory.engine.internal.expression.Update;
import io.tabletheory.engine.internal.mapping.FieldMapping;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import java.time.Instant;
import java.util.Optional;

/**
 * The lifecycle parts every update shares, in one place: set {@code @UpdatedAt} to now, add 1 to
 * {@code @Version}, and condition a write on the version the caller holds. Used by {@link ModelWrites} and
 * {@link DefaultUpdateBuilder}.
 */
final class Lifecycle {
    private Lifecycle() {}

    /** {@code update} also setting the model's {@code @UpdatedAt}, when it has one, to {@code now}. */
    static Update touched(ModelSchema<?> schema, Update update, Instant now) {
        return schema.updatedAt()
                .map(field -> update.with(new Update.Set(Update.Path.of(field.attributeName()), field.write(now))))
                .orElse(update);
    }

    /** {@code update} also adding 1 to the model's {@code @Version}, when it has one. */
    static Update versionBumped(ModelSchema<?> schema, Update update) {
        return schema.version()
                .map(field ->
                        update.with(new Update.Add(Update.Path.of(field.attributeName()), AttributeValue.ofNumber(1))))
                .orElse(update);
    }

    /** The condition that the stored version is the one {@code item} holds, when the model has a version. */
    static Optional<Condition> versionHeld(ModelSchema<?> schema, Object item) {
        return schema.version().map(field -> versionIs(field, field.write(field.get(item))));
    }

    /** The condition that the stored version is {@code held}. */
    static Condition versionIs(FieldMapping version, AttributeValue held) {
        return new Condition.Comparison(version.attributeName(), ComparisonOperator.EQUAL, held);
    }
}
