package io.tabletheory.engine.internal;

import io.tabletheory.Model;
import io.tabletheory.api.error.ConditionFailedException;
import io.tabletheory.api.error.ItemNotFoundException;
import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.GetItemResult;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.convert.ConversionException;
import io.tabletheory.engine.internal.expression.ComparisonOperator;
import io.tabletheory.engine.internal.expression.Condition;
import io.tabletheory.engine.internal.expression.ExpressionBuilder;
import io.tabletheory.engine.internal.mapping.FieldMapping;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@link Model} implementation: an immutable value holding the schema, the store and the settings of one call
 * (conditions, where clauses, consistency). Each setting returns a copy; each terminal operation builds one port
 * request and runs it.
 */
final class DefaultModel<T> implements Model<T> {
    private final DynamoStore store;
    private final Clock clock;
    private final ModelSchema<T> schema;
    private final List<Condition> conditions;
    private final List<WhereClause> where;
    private final boolean consistentRead;

    private DefaultModel(
            DynamoStore store,
            Clock clock,
            ModelSchema<T> schema,
            List<Condition> conditions,
            List<WhereClause> where,
            boolean consistentRead) {
        this.store = store;
        this.clock = clock;
        this.schema = schema;
        this.conditions = List.copyOf(conditions);
        this.where = List.copyOf(where);
        this.consistentRead = consistentRead;
    }

    static <T> DefaultModel<T> of(DynamoStore store, Clock clock, ModelSchema<T> schema) {
        return new DefaultModel<>(store, clock, schema, List.of(), List.of(), false);
    }

    @Override
    public String tableName() {
        return schema.tableName();
    }

    @Override
    public Model<T> ifNotExists() {
        return withCondition(
                new Condition.AttributeNotExists(schema.partitionKey().attributeName()));
    }

    @Override
    public Model<T> ifExists() {
        return withCondition(new Condition.AttributeExists(schema.partitionKey().attributeName()));
    }

    @Override
    public Model<T> consistentRead() {
        return new DefaultModel<>(store, clock, schema, conditions, where, true);
    }

    @Override
    public Model<T> where(String fieldName, String operator, Object value) {
        FieldMapping field = schema.mapping()
                .field(fieldName)
                .orElseThrow(() -> new IllegalArgumentException(schema.modelName() + " has no field or attribute '"
                        + fieldName + "'; its fields are "
                        + schema.mapping().fields().stream()
                                .map(FieldMapping::javaName)
                                .collect(Collectors.joining(", "))));
        ComparisonOperator comparison = Operators.comparison(operator);
        List<WhereClause> clauses = new ArrayList<>(where);
        clauses.add(new WhereClause(field, comparison, attributeValue(field, value)));
        return new DefaultModel<>(store, clock, schema, conditions, clauses, consistentRead);
    }

    @Override
    public T create(T item) {
        if (!where.isEmpty()) {
            throw new IllegalStateException("create() takes the key from the item; where(...) does not apply to it");
        }
        Instant now = clock.instant();
        Map<FieldMapping, Object> lifecycle = new LinkedHashMap<>();
        schema.version().ifPresent(field -> lifecycle.put(field, Versions.zero(field.rawType())));
        schema.createdAt().ifPresent(field -> lifecycle.put(field, now));
        schema.updatedAt().ifPresent(field -> lifecycle.put(field, now));

        Map<String, AttributeValue> attributes =
                new LinkedHashMap<>(schema.mapping().write(item));
        lifecycle.forEach((field, value) -> attributes.put(field.attributeName(), field.write(value)));
        requireKey(attributes, "create");

        PutItemRequest.Builder request = PutItemRequest.builder(schema.tableName(), attributes);
        ExpressionBuilder expressions = new ExpressionBuilder();
        Optional<Condition> condition = Condition.allOf(conditions);
        condition.ifPresent(c -> request.conditionExpression(expressions.render(c))
                .expressionAttributeNames(expressions.names())
                .expressionAttributeValues(expressions.values()));
        try {
            store.putItem(request.build());
        } catch (ConditionFailedException failed) {
            throw conditionFailed("create", schema.keyOf(attributes), failed);
        }
        return schema.mapping().with(item, lifecycle);
    }

    @Override
    public T first() {
        Map<String, AttributeValue> key = keyFromWhere("first()");
        GetItemResult result = store.getItem(GetItemRequest.builder(schema.tableName(), key)
                .consistentRead(consistentRead)
                .build());
        Map<String, AttributeValue> item = result.item()
                .orElseThrow(() -> new ItemNotFoundException("no " + schema.modelName() + " in table "
                        + schema.tableName() + " has the key " + KeyText.of(key)));
        return schema.mapping().read(item);
    }

    @Override
    public void delete(T item) {
        if (!where.isEmpty()) {
            throw new IllegalStateException(
                    "delete(item) takes the key from the item; use where(...).delete() to" + " delete by key");
        }
        Map<String, AttributeValue> attributes = schema.mapping().write(item);
        requireKey(attributes, "delete");
        Map<String, AttributeValue> key = schema.keyOf(attributes);
        List<Condition> all = new ArrayList<>(conditions);
        schema.version()
                .ifPresent(version -> all.add(new Condition.Comparison(
                        version.attributeName(), ComparisonOperator.EQUAL, version.write(version.get(item)))));
        runDelete(key, all);
    }

    @Override
    public void delete() {
        runDelete(keyFromWhere("delete()"), conditions);
    }

    private void runDelete(Map<String, AttributeValue> key, List<Condition> deleteConditions) {
        DeleteItemRequest.Builder request = DeleteItemRequest.builder(schema.tableName(), key);
        ExpressionBuilder expressions = new ExpressionBuilder();
        Condition.allOf(deleteConditions).ifPresent(c -> request.conditionExpression(expressions.render(c))
                .expressionAttributeNames(expressions.names())
                .expressionAttributeValues(expressions.values()));
        try {
            store.deleteItem(request.build());
        } catch (ConditionFailedException failed) {
            throw conditionFailed("delete", key, failed);
        }
    }

    private DefaultModel<T> withCondition(Condition condition) {
        List<Condition> all = new ArrayList<>(conditions);
        all.add(condition);
        return new DefaultModel<>(store, clock, schema, all, where, consistentRead);
    }

    /** The full primary key given by {@code =} where clauses on the key fields, and nothing else. */
    private Map<String, AttributeValue> keyFromWhere(String operation) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (WhereClause clause : where) {
            boolean keyField = schema.keyFields().contains(clause.field());
            if (!keyField || clause.operator() != ComparisonOperator.EQUAL) {
                throw new UnsupportedOperationException(operation + " on " + schema.modelName() + " supports '='"
                        + " conditions on the primary key only (" + keyNames() + "); the condition on '"
                        + clause.field().javaName() + "' would need a Query or Scan, which arrive in a later release");
            }
            key.put(clause.field().attributeName(), clause.value());
        }
        for (FieldMapping field : schema.keyFields()) {
            if (!key.containsKey(field.attributeName())) {
                throw new IllegalStateException(operation + " on " + schema.modelName() + " needs the full primary"
                        + " key: add where(\"" + field.javaName() + "\", \"=\", value)");
            }
        }
        return key;
    }

    private void requireKey(Map<String, AttributeValue> attributes, String operation) {
        for (FieldMapping field : schema.keyFields()) {
            AttributeValue value = attributes.get(field.attributeName());
            if (value == null || value instanceof AttributeValue.NullValue) {
                throw new IllegalArgumentException("cannot " + operation + " a " + schema.modelName() + " whose key "
                        + field.location() + " is null");
            }
        }
    }

    private String keyNames() {
        return schema.keyFields().stream().map(FieldMapping::javaName).collect(Collectors.joining(", "));
    }

    private ConditionFailedException conditionFailed(
            String operation, Map<String, AttributeValue> key, ConditionFailedException failed) {
        return new ConditionFailedException(
                operation + " of " + schema.modelName() + " " + KeyText.of(key) + " in table " + schema.tableName()
                        + " failed its condition: " + failed.getMessage(),
                failed.item().orElse(Map.of()),
                failed);
    }

    private AttributeValue attributeValue(FieldMapping field, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("where(\"" + field.javaName() + "\", ...) needs a value, not null");
        }
        try {
            AttributeValue written = field.converter().write(value);
            if (written == null) {
                throw new IllegalArgumentException(
                        "where(\"" + field.javaName() + "\", ...): an empty set cannot be" + " compared");
            }
            return written;
        } catch (ClassCastException | ConversionException wrongType) {
            throw new IllegalArgumentException("where(\"" + field.javaName() + "\", ...): the value " + value + " ("
                    + value.getClass().getSimpleName() + ") does not fit " + field.location() + " ("
                    + field.rawType().getSimpleName() + ")");
        }
    }
}
