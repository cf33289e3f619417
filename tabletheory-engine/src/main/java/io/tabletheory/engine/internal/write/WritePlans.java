package io.tabletheory.engine.internal.write;

import io.tabletheory.api.value.AttributeType;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.api.value.Items;
import io.tabletheory.engine.internal.condition.TermFactory;
import io.tabletheory.engine.internal.expression.Update;
import io.tabletheory.engine.internal.lifecycle.Lifecycle;
import io.tabletheory.engine.internal.lifecycle.Versions;
import io.tabletheory.engine.internal.mapping.FieldMapping;
import io.tabletheory.engine.internal.mapping.FieldRole;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pure first step of every write: from the model, the item (or key), the caller's conditions and the clock's
 * now to a {@link WritePlan}, with the lifecycle fields, the version and the conditions applied. Nothing here
 * touches a store, so the plans are tested on the records they return; {@link ModelWrites} sends them, and batch
 * writes and transactions will turn the same plans into their actions.
 */
public final class WritePlans {
    private static final Set<FieldRole> MANAGED = Set.of(FieldRole.VERSION, FieldRole.CREATED_AT, FieldRole.UPDATED_AT);

    private WritePlans() {}

    /** A create: the whole item, with version 0 and both timestamps {@code now}, held to {@code conditions}. */
    public static <T> WritePlan.Put create(ModelSchema<T> schema, T item, WriteConditions conditions, Instant now) {
        Map<String, AttributeValue> written = schema.mapping().write(item);
        Map<FieldMapping, Object> lifecycle = Lifecycle.created(schema, now);
        Map<String, AttributeValue> attributes = written;
        if (!lifecycle.isEmpty()) {
            LinkedHashMap<String, AttributeValue> stamped = new LinkedHashMap<>(written);
            lifecycle.forEach((field, value) -> stamped.put(field.attributeName(), field.write(value)));
            attributes = stamped;
        }
        Map<String, AttributeValue> key = requireKey(schema, attributes, "create");
        return new WritePlan.Put(
                schema.tableName(), key, attributes, WriteExpressions.of(new Update(List.of()), conditions));
    }

    /**
     * A create-or-update: every unmanaged field set (or removed when it writes nothing), {@code @CreatedAt} set only
     * when the item is new, {@code @UpdatedAt} now, and the version raised by 1 from -1 when absent.
     */
    public static <T> WritePlan.Update createOrUpdate(
            ModelSchema<T> schema, T item, WriteConditions conditions, Instant now) {
        Map<String, AttributeValue> attributes = schema.mapping().write(item);
        Map<String, AttributeValue> key = requireKey(schema, attributes, "createOrUpdate");
        Update update = valuesOf(unmanagedNonKeyFields(schema), attributes);
        update = Lifecycle.createdIfAbsent(schema, update, now);
        update = Lifecycle.touched(schema, update, now);
        update = Versions.bumpedFromAbsent(schema, update);
        return new WritePlan.Update(schema.tableName(), key, WriteExpressions.of(update, conditions));
    }

    /**
     * An update of the named fields (all unmanaged fields when none are named): {@code @UpdatedAt} now, the version
     * raised by 1 and conditioned on the version {@code item} holds.
     */
    public static <T> WritePlan.Update update(
            ModelSchema<T> schema, T item, List<String> fieldNames, WriteConditions conditions, Instant now) {
        Map<String, AttributeValue> attributes = schema.mapping().write(item);
        Map<String, AttributeValue> key = requireKey(schema, attributes, "update");
        List<FieldMapping> fields = fieldNames.isEmpty() ? unmanagedNonKeyFields(schema) : named(schema, fieldNames);
        Update update = Versions.bumped(schema, Lifecycle.touched(schema, valuesOf(fields, attributes), now));
        return new WritePlan.Update(
                schema.tableName(), key, WriteExpressions.of(update, conditions.and(Versions.held(schema, item))));
    }

    /**
     * An update of one key with the given changes (the update builder's): {@code @UpdatedAt} now and the version
     * raised by 1; the caller's conditions as given.
     */
    public static WritePlan.Update updateKey(
            ModelSchema<?> schema,
            Map<String, AttributeValue> key,
            Update changes,
            WriteConditions conditions,
            Instant now) {
        Update update = Versions.bumped(schema, Lifecycle.touched(schema, changes, now));
        return new WritePlan.Update(schema.tableName(), key, WriteExpressions.of(update, conditions));
    }

    /** A delete of the item's key, conditioned on the version it holds. */
    public static <T> WritePlan.Delete delete(ModelSchema<T> schema, T item, WriteConditions conditions) {
        Map<String, AttributeValue> key = requireKey(schema, schema.mapping().write(item), "delete");
        return deleteKey(schema, key, conditions.and(Versions.held(schema, item)));
    }

    /** A delete of one key, held to {@code conditions}. */
    public static WritePlan.Delete deleteKey(
            ModelSchema<?> schema, Map<String, AttributeValue> key, WriteConditions conditions) {
        return new WritePlan.Delete(schema.tableName(), key, WriteExpressions.of(new Update(List.of()), conditions));
    }

    /** A check, in a transaction, that the item with {@code key} meets {@code conditions} (and nothing else). */
    public static WritePlan.ConditionCheck conditionCheck(
            ModelSchema<?> schema, Map<String, AttributeValue> key, WriteConditions conditions) {
        return new WritePlan.ConditionCheck(
                schema.tableName(), key, WriteExpressions.of(new Update(List.of()), conditions));
    }

    /**
     * The primary key an instance's key fields give (its other fields are ignored), for batch gets and deletes.
     *
     * @throws IllegalArgumentException naming the operation and field when a key field is null
     */
    public static <T> Map<String, AttributeValue> keyOf(ModelSchema<T> schema, T item, String operation) {
        return requireKey(schema, schema.mapping().write(item), operation);
    }

    /** SET for each field with a value, REMOVE for each field that writes nothing (null, omitted empty). */
    private static Update valuesOf(List<FieldMapping> fields, Map<String, AttributeValue> attributes) {
        List<Update.Action> actions = new ArrayList<>();
        for (FieldMapping field : fields) {
            AttributeValue value = attributes.get(field.attributeName());
            Update.Path path = Update.Path.of(field.attributeName());
            actions.add(value == null ? new Update.Remove(path) : new Update.Set(path, value));
        }
        return new Update(actions);
    }

    private static List<FieldMapping> unmanagedNonKeyFields(ModelSchema<?> schema) {
        return schema.mapping().fields().stream()
                .filter(field -> !schema.keyFields().contains(field))
                .filter(field -> field.roles().stream().noneMatch(MANAGED::contains))
                .toList();
    }

    private static List<FieldMapping> named(ModelSchema<?> schema, List<String> fieldNames) {
        List<FieldMapping> fields = new ArrayList<>();
        for (String name : fieldNames) {
            FieldMapping field = TermFactory.field(schema, name);
            if (schema.keyFields().contains(field)) {
                throw new IllegalArgumentException("update: " + field.location() + " is part of the primary key and"
                        + " cannot be updated; write a new item instead");
            }
            if (field.roles().stream().anyMatch(MANAGED::contains)) {
                throw new IllegalArgumentException("update: " + field.location() + " is managed by TableTheory"
                        + " (version and timestamps are set on every write) and cannot be named");
            }
            if (!fields.contains(field)) {
                fields.add(field);
            }
        }
        return fields;
    }

    private static Map<String, AttributeValue> requireKey(
            ModelSchema<?> schema, Map<String, AttributeValue> attributes, String operation) {
        List<FieldMapping> keyFields = schema.keyFields();
        Items.Builder key = Items.builder(keyFields.size());
        for (FieldMapping field : keyFields) {
            AttributeValue value = attributes.get(field.attributeName());
            if (value == null || value.type() == AttributeType.NULL) {
                throw new IllegalArgumentException("cannot " + operation + " a " + schema.modelName() + " whose key "
                        + field.location() + " is null");
            }
            key.put(field.attributeName(), value);
        }
        return key.build();
    }
}
