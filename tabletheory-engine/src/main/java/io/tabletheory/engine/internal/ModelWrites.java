package io.tabletheory.engine.internal;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.request.ConditionFailedException;
import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.ReturnValue;
import io.tabletheory.api.request.ReturnValuesOnConditionCheckFailure;
import io.tabletheory.api.request.UpdateItemRequest;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.expression.Condition;
import io.tabletheory.engine.internal.expression.Update;
import io.tabletheory.engine.internal.mapping.FieldMapping;
import io.tabletheory.engine.internal.mapping.FieldRole;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import io.tabletheory.engine.internal.query.Operator;
import io.tabletheory.engine.internal.query.Term;
import io.tabletheory.engine.internal.query.TermFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The write operations of a model call: create (PutItem), createOrUpdate and update (UpdateItem with lifecycle
 * fields and optimistic locking), and deletes. Each builds exactly one port request from the item and the call's
 * conditions, runs it, and turns a failed condition into a {@link ConditionFailedException} that names the model,
 * key and table and carries the stored item.
 */
final class ModelWrites<T> {
    private static final Set<FieldRole> MANAGED = Set.of(FieldRole.VERSION, FieldRole.CREATED_AT, FieldRole.UPDATED_AT);

    private final DynamoStore store;
    private final Clock clock;
    private final ModelSchema<T> schema;
    private final ModelCall call;

    ModelWrites(DynamoStore store, Clock clock, ModelSchema<T> schema, ModelCall call) {
        this.store = store;
        this.clock = clock;
        this.schema = schema;
        this.call = call;
    }

    T create(T item) {
        requireNoWhere("create");
        Instant now = clock.instant();
        Map<FieldMapping, Object> lifecycle = new LinkedHashMap<>();
        schema.version().ifPresent(field -> lifecycle.put(field, Versions.zero(field.rawType())));
        schema.createdAt().ifPresent(field -> lifecycle.put(field, now));
        schema.updatedAt().ifPresent(field -> lifecycle.put(field, now));

        Map<String, AttributeValue> attributes =
                new LinkedHashMap<>(schema.mapping().write(item));
        lifecycle.forEach((field, value) -> attributes.put(field.attributeName(), field.write(value)));
        Map<String, AttributeValue> key = requireKey(attributes, "create");

        WriteExpressions expressions = WriteExpressions.of(new Update(List.of()), call.conditions(), call.raw());
        PutItemRequest.Builder request = PutItemRequest.builder(schema.tableName(), attributes)
                .conditionExpression(expressions.condition().orElse(null))
                .expressionAttributeNames(expressions.names())
                .expressionAttributeValues(expressions.values())
                .returnValuesOnConditionCheckFailure(onFailure(expressions));
        try {
            store.putItem(request.build());
        } catch (ConditionFailedException failed) {
            throw conditionFailed("create", key, failed);
        }
        return schema.mapping().with(item, lifecycle);
    }

    T createOrUpdate(T item) {
        requireNoWhere("createOrUpdate");
        Map<String, AttributeValue> attributes = schema.mapping().write(item);
        Map<String, AttributeValue> key = requireKey(attributes, "createOrUpdate");
        Instant now = clock.instant();
        Update update = valuesOf(unmanagedNonKeyFields(), attributes);
        if (schema.createdAt().isPresent()) {
            FieldMapping createdAt = schema.createdAt().get();
            update = update.with(
                    new Update.SetIfNotExists(Update.Path.of(createdAt.attributeName()), createdAt.write(now)));
        }
        update = Lifecycle.touched(schema, update, now);
        if (schema.version().isPresent()) {
            update = update.with(new Update.Increment(
                    Update.Path.of(schema.version().get().attributeName()),
                    AttributeValue.ofNumber(1),
                    Optional.of(AttributeValue.ofNumber(-1))));
        }
        return runUpdate("createOrUpdate", item, key, update, call.conditions());
    }

    T update(T item, String... fieldNames) {
        requireNoWhere("update");
        Map<String, AttributeValue> attributes = schema.mapping().write(item);
        Map<String, AttributeValue> key = requireKey(attributes, "update");
        List<FieldMapping> fields = fieldNames.length == 0 ? unmanagedNonKeyFields() : named(fieldNames);
        Update update = Lifecycle.versionBumped(
                schema, Lifecycle.touched(schema, valuesOf(fields, attributes), clock.instant()));
        List<Condition> conditions = new ArrayList<>(call.conditions());
        Lifecycle.versionHeld(schema, item).ifPresent(conditions::add);
        return runUpdate("update", item, key, update, conditions);
    }

    void delete(T item) {
        if (!call.where().isEmpty()) {
            throw new IllegalStateException(
                    "delete(item) takes the key from the item; use where(...).delete() to delete by key");
        }
        Map<String, AttributeValue> key = requireKey(schema.mapping().write(item), "delete");
        List<Condition> conditions = new ArrayList<>(call.conditions());
        Lifecycle.versionHeld(schema, item).ifPresent(conditions::add);
        runDelete(key, conditions);
    }

    void deleteByKey() {
        List<Condition> conditions = new ArrayList<>(call.conditions());
        conditions.addAll(whereConditions());
        runDelete(keyFromWhere("delete()"), conditions);
    }

    /** The full primary key given by the {@code =} where terms on the key fields. */
    Map<String, AttributeValue> keyFromWhere(String operation) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (FieldMapping field : schema.keyFields()) {
            Optional<Term> term = call.where().stream()
                    .filter(candidate -> candidate.field() == field && candidate.operator() == Operator.EQUAL)
                    .findFirst();
            if (term.isEmpty()) {
                throw new IllegalStateException(operation + " on " + schema.modelName() + " needs the full primary"
                        + " key: add where(\"" + field.javaName() + "\", \"=\", value)");
            }
            key.put(field.attributeName(), term.get().values().get(0));
        }
        return key;
    }

    /** The where terms that are not the key: conditions of a write by key. */
    List<Condition> whereConditions() {
        List<Condition> conditions = new ArrayList<>();
        for (Term term : call.where()) {
            boolean keyEquality = schema.keyFields().contains(term.field()) && term.operator() == Operator.EQUAL;
            if (!keyEquality) {
                conditions.add(term.condition());
            }
        }
        return conditions;
    }

    private T runUpdate(
            String operation, T item, Map<String, AttributeValue> key, Update update, List<Condition> conditions) {
        WriteExpressions expressions = WriteExpressions.of(update, conditions, call.raw());
        UpdateItemRequest request = UpdateItemRequest.builder(schema.tableName(), key)
                .updateExpression(expressions.update().orElse(null))
                .conditionExpression(expressions.condition().orElse(null))
                .expressionAttributeNames(expressions.names())
                .expressionAttributeValues(expressions.values())
                .returnValues(ReturnValue.ALL_NEW)
                .returnValuesOnConditionCheckFailure(onFailure(expressions))
                .build();
        Map<String, AttributeValue> stored;
        try {
            stored = store.updateItem(request).attributes();
        } catch (ConditionFailedException failed) {
            throw conditionFailed(operation, key, failed);
        }
        T read = schema.mapping().read(stored);
        if (schema.mapping().isRecord()) {
            return read;
        }
        Map<FieldMapping, Object> values = new LinkedHashMap<>();
        schema.mapping().fields().forEach(field -> values.put(field, field.get(read)));
        return schema.mapping().with(item, values);
    }

    private void runDelete(Map<String, AttributeValue> key, List<Condition> conditions) {
        WriteExpressions expressions = WriteExpressions.of(new Update(List.of()), conditions, call.raw());
        DeleteItemRequest request = DeleteItemRequest.builder(schema.tableName(), key)
                .conditionExpression(expressions.condition().orElse(null))
                .expressionAttributeNames(expressions.names())
                .expressionAttributeValues(expressions.values())
                .returnValuesOnConditionCheckFailure(onFailure(expressions))
                .build();
        try {
            store.deleteItem(request);
        } catch (ConditionFailedException failed) {
            throw conditionFailed("delete", key, failed);
        }
    }

    /** SET for each field with a value, REMOVE for each field that writes nothing (null, omitted empty). */
    private Update valuesOf(List<FieldMapping> fields, Map<String, AttributeValue> attributes) {
        List<Update.Action> actions = new ArrayList<>();
        for (FieldMapping field : fields) {
            AttributeValue value = attributes.get(field.attributeName());
            Update.Path path = Update.Path.of(field.attributeName());
            actions.add(value == null ? new Update.Remove(path) : new Update.Set(path, value));
        }
        return new Update(actions);
    }

    private List<FieldMapping> unmanagedNonKeyFields() {
        return schema.mapping().fields().stream()
                .filter(field -> !schema.keyFields().contains(field))
                .filter(field -> field.roles().stream().noneMatch(MANAGED::contains))
                .toList();
    }

    private List<FieldMapping> named(String... fieldNames) {
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

    private void requireNoWhere(String operation) {
        if (!call.where().isEmpty()) {
            throw new IllegalStateException(operation + "() takes the key from the item; where(...) does not apply"
                    + " to it (use withCondition(...) for conditions)");
        }
    }

    private Map<String, AttributeValue> requireKey(Map<String, AttributeValue> attributes, String operation) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (FieldMapping field : schema.keyFields()) {
            AttributeValue value = attributes.get(field.attributeName());
            if (value == null || value instanceof AttributeValue.NullValue) {
                throw new IllegalArgumentException("cannot " + operation + " a " + schema.modelName() + " whose key "
                        + field.location() + " is null");
            }
            key.put(field.attributeName(), value);
        }
        return key;
    }

    /** A write with a condition asks for the stored item on failure, so the exception can carry it. */
    static ReturnValuesOnConditionCheckFailure onFailure(WriteExpressions expressions) {
        return expressions.condition().isPresent()
                ? ReturnValuesOnConditionCheckFailure.ALL_OLD
                : ReturnValuesOnConditionCheckFailure.NONE;
    }

    private ConditionFailedException conditionFailed(
            String operation, Map<String, AttributeValue> key, ConditionFailedException failed) {
        return ConditionFailures.of(operation, schema, key, failed);
    }
}
