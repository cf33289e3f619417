package io.tabletheory.engine.internal.lifecycle;

import io.tabletheory.engine.internal.expression.Update;
import io.tabletheory.engine.internal.mapping.FieldMapping;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The timestamp rules every write shares, in one place: a create sets {@code @CreatedAt} and {@code @UpdatedAt} to
 * now (and the version to 0, see {@link Versions}); an update sets {@code @UpdatedAt} and never touches
 * {@code @CreatedAt}; a create-or-update sets {@code @CreatedAt} only when the item is new. The write plans (single
 * writes today, batch writes and transactions later) take their lifecycle fields from here, so they agree.
 */
public final class Lifecycle {
    private Lifecycle() {}

    /** The lifecycle fields of a newly created item and their values: version 0, both timestamps {@code now}. */
    public static Map<FieldMapping, Object> created(ModelSchema<?> schema, Instant now) {
        if (schema.version().isEmpty()
                && schema.createdAt().isEmpty()
                && schema.updatedAt().isEmpty()) {
            return Map.of();
        }
        Map<FieldMapping, Object> values = new LinkedHashMap<>();
        schema.version().ifPresent(field -> values.put(field, Versions.zero(field.rawType())));
        schema.createdAt().ifPresent(field -> values.put(field, now));
        schema.updatedAt().ifPresent(field -> values.put(field, now));
        return values;
    }

    /**
     * The lifecycle fields an update of {@code item} at {@code now} changes and their new values: the version 1
     * above the one the item holds, {@code @UpdatedAt} now.
     */
    public static Map<FieldMapping, Object> updated(ModelSchema<?> schema, Object item, Instant now) {
        Map<FieldMapping, Object> values = new LinkedHashMap<>();
        schema.version().ifPresent(field -> values.put(field, Versions.next(field.rawType(), field.get(item))));
        schema.updatedAt().ifPresent(field -> values.put(field, now));
        return values;
    }

    /** {@code update} also setting the model's {@code @UpdatedAt}, when it has one, to {@code now}. */
    public static Update touched(ModelSchema<?> schema, Update update, Instant now) {
        return schema.updatedAt()
                .map(field -> update.with(new Update.Set(Update.Path.of(field.attributeName()), field.write(now))))
                .orElse(update);
    }

    /** {@code update} also setting the model's {@code @CreatedAt}, when it has one, to {@code now} if it is absent. */
    public static Update createdIfAbsent(ModelSchema<?> schema, Update update, Instant now) {
        return schema.createdAt()
                .map(field ->
                        update.with(new Update.SetIfNotExists(Update.Path.of(field.attributeName()), field.write(now))))
                .orElse(update);
    }
}
