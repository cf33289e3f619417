package io.tabletheory.engine.internal.update;

import io.tabletheory.UpdateBuilder;
import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.request.ReturnValue;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.condition.TermFactory;
import io.tabletheory.engine.internal.expression.Condition;
import io.tabletheory.engine.internal.expression.Update;
import io.tabletheory.engine.internal.lifecycle.Versions;
import io.tabletheory.engine.internal.mapping.FieldMapping;
import io.tabletheory.engine.internal.mapping.FieldRole;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import io.tabletheory.engine.internal.value.KeyText;
import io.tabletheory.engine.internal.value.Payloads;
import io.tabletheory.engine.internal.write.ModelWrites;
import io.tabletheory.engine.internal.write.WriteConditions;
import io.tabletheory.engine.internal.write.WritePlan;
import io.tabletheory.engine.internal.write.WritePlans;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link UpdateBuilder} implementation: an immutable list of update actions and conditions on one key, run as
 * one UpdateItem that also sets {@code @UpdatedAt} and adds 1 to {@code @Version}. A transaction's builder
 * ({@link #forTransaction}) has no store: the transaction takes its {@link #plan} and sends it with the others.
 */
public final class DefaultUpdateBuilder<T> implements UpdateBuilder<T> {
    /** The store {@link #execute()} sends to; null in a transaction's builder, which never sends itself. */
    private final DynamoStore store;

    private final Clock clock;
    private final ModelSchema<T> schema;
    private final Map<String, AttributeValue> key;
    private final Update update;
    private final List<Condition> conditions;
    private final ReturnValue returnValues;

    private DefaultUpdateBuilder(
            DynamoStore store,
            Clock clock,
            ModelSchema<T> schema,
            Map<String, AttributeValue> key,
            Update update,
            List<Condition> conditions,
            ReturnValue returnValues) {
        this.store = store;
        this.clock = clock;
        this.schema = schema;
        this.key = Map.copyOf(key);
        this.update = update;
        this.conditions = List.copyOf(conditions);
        this.returnValues = returnValues;
    }

    public static <T> DefaultUpdateBuilder<T> start(
            DynamoStore store,
            Clock clock,
            ModelSchema<T> schema,
            Map<String, AttributeValue> key,
            List<Condition> conditions) {
        return new DefaultUpdateBuilder<>(
                store, clock, schema, key, new Update(List.of()), conditions, ReturnValue.ALL_NEW);
    }

    /**
     * A builder of one action of a transaction: {@link #execute()} and {@link #returnValues} refuse, and the
     * transaction reads the finished changes with {@link #plan}.
     */
    public static <T> DefaultUpdateBuilder<T> forTransaction(ModelSchema<T> schema, Map<String, AttributeValue> key) {
        return new DefaultUpdateBuilder<>(null, null, schema, key, new Update(List.of()), List.of(), ReturnValue.NONE);
    }

    /**
     * The update as a write plan stamped {@code now}, held to this builder's conditions and then {@code more}.
     *
     * @throws IllegalStateException when nothing was changed
     */
    public WritePlan.Update plan(Instant now, WriteConditions more) {
        if (update.isEmpty()) {
            throw new IllegalStateException("updateWithBuilder of " + schema.modelName() + " " + KeyText.of(key)
                    + " changes nothing: call set, add, remove, ... on the builder");
        }
        WriteConditions all = new WriteConditions(conditions, Optional.empty()).and(more.conditions());
        return WritePlans.updateKey(schema, key, update, new WriteConditions(all.conditions(), more.raw()), now);
    }

    private void requireStandalone(String call) {
        if (store == null) {
            throw new IllegalStateException(call + " does not apply inside transactWrite: the update is sent with"
                    + " the transaction, which returns no item");
        }
    }

    private DefaultUpdateBuilder<T> with(Update.Action action) {
        return new DefaultUpdateBuilder<>(store, clock, schema, key, update.with(action), conditions, returnValues);
    }

    @Override
    public UpdateBuilder<T> set(String field, Object value) {
        FieldMapping mapping = changeable(field, "set");
        AttributeValue written = mapping.write(value);
        Update.Path path = Update.Path.of(mapping.attributeName());
        return with(written == null || (value == null) ? new Update.Remove(path) : new Update.Set(path, written));
    }

    @Override
    public UpdateBuilder<T> setIfNotExists(String field, Object value) {
        FieldMapping mapping = changeable(field, "setIfNotExists");
        return with(new Update.SetIfNotExists(
                Update.Path.of(mapping.attributeName()), operand(mapping, value, "setIfNotExists")));
    }

    @Override
    public UpdateBuilder<T> add(String field, Object value) {
        FieldMapping mapping = changeable(field, "add");
        return with(new Update.Add(Update.Path.of(mapping.attributeName()), element(mapping, value, "add")));
    }

    @Override
    public UpdateBuilder<T> increment(String field) {
        FieldMapping mapping = changeable(field, "increment");
        return with(new Update.Add(Update.Path.of(mapping.attributeName()), AttributeValue.ofNumber(1)));
    }

    @Override
    public UpdateBuilder<T> decrement(String field) {
        FieldMapping mapping = changeable(field, "decrement");
        return with(new Update.Add(Update.Path.of(mapping.attributeName()), AttributeValue.ofNumber(-1)));
    }

    @Override
    public UpdateBuilder<T> remove(String field) {
        FieldMapping mapping = changeable(field, "remove");
        return with(new Update.Remove(Update.Path.of(mapping.attributeName())));
    }

    @Override
    public UpdateBuilder<T> delete(String field, Object elements) {
        FieldMapping mapping = changeable(field, "delete");
        return with(new Update.Delete(Update.Path.of(mapping.attributeName()), element(mapping, elements, "delete")));
    }

    @Override
    public UpdateBuilder<T> appendToList(String field, List<?> values) {
        FieldMapping mapping = changeable(field, "appendToList");
        return with(new Update.AppendToList(
                Update.Path.of(mapping.attributeName()), operand(mapping, values, "appendToList"), false));
    }

    @Override
    public UpdateBuilder<T> prependToList(String field, List<?> values) {
        FieldMapping mapping = changeable(field, "prependToList");
        return with(new Update.AppendToList(
                Update.Path.of(mapping.attributeName()), operand(mapping, values, "prependToList"), true));
    }

    @Override
    public UpdateBuilder<T> removeFromListAt(String field, int index) {
        FieldMapping mapping = changeable(field, "removeFromListAt");
        return with(new Update.Remove(Update.Path.element(mapping.attributeName(), index)));
    }

    @Override
    public UpdateBuilder<T> setListElement(String field, int index, Object value) {
        FieldMapping mapping = changeable(field, "setListElement");
        AttributeValue list = operand(mapping, java.util.Collections.singletonList(value), "setListElement");
        AttributeValue.ListValue elements = Payloads.list(list)
                .orElseThrow(
                        () -> new IllegalArgumentException("setListElement: " + mapping.location() + " is not a List"));
        return with(new Update.Set(
                Update.Path.element(mapping.attributeName(), index),
                elements.values().get(0)));
    }

    @Override
    public UpdateBuilder<T> condition(String field, String operator, Object value) {
        List<Condition> all = new ArrayList<>(conditions);
        all.add(TermFactory.term(schema, "condition", field, operator, value).condition());
        return new DefaultUpdateBuilder<>(store, clock, schema, key, update, all, returnValues);
    }

    @Override
    public UpdateBuilder<T> conditionVersion(long version) {
        FieldMapping field = schema.version()
                .orElseThrow(() -> new IllegalStateException(schema.modelName() + " has no @Version field"));
        List<Condition> all = new ArrayList<>(conditions);
        all.add(Versions.is(field, AttributeValue.ofNumber(version)));
        return new DefaultUpdateBuilder<>(store, clock, schema, key, update, all, returnValues);
    }

    @Override
    public UpdateBuilder<T> returnValues(ReturnValue returnValues) {
        requireStandalone("returnValues(...)");
        return new DefaultUpdateBuilder<>(
                store, clock, schema, key, update, conditions, Objects.requireNonNull(returnValues, "returnValues"));
    }

    @Override
    public Optional<T> execute() {
        requireStandalone("execute()");
        WritePlan.Update plan = WritePlans.updateKey(
                schema, key, update, new WriteConditions(conditions, Optional.empty()), clock.instant());
        Map<String, AttributeValue> attributes = ModelWrites.send(store, "update", schema, plan, returnValues);
        return attributes.isEmpty()
                ? Optional.empty()
                : Optional.of(schema.mapping().read(attributes));
    }

    private FieldMapping changeable(String field, String call) {
        FieldMapping mapping = TermFactory.field(schema, field);
        if (schema.keyFields().contains(mapping)) {
            throw new IllegalArgumentException(call + "(\"" + field + "\", ...): " + mapping.location()
                    + " is part of the primary key and cannot be updated");
        }
        if (mapping.roles().contains(FieldRole.VERSION)) {
            throw new IllegalArgumentException(call + "(\"" + field + "\", ...): " + mapping.location()
                    + " is the @Version field, which TableTheory raises by 1 on every update; to require a version,"
                    + " use conditionVersion(v)");
        }
        if (mapping.roles().contains(FieldRole.UPDATED_AT)) {
            throw new IllegalArgumentException(call + "(\"" + field + "\", ...): " + mapping.location()
                    + " is the @UpdatedAt field, which TableTheory sets to now on every update");
        }
        return mapping;
    }

    private static AttributeValue operand(FieldMapping mapping, Object value, String call) {
        return TermFactory.operand(mapping, value, () -> call + "(\"" + mapping.javaName() + "\", ...)");
    }

    /** A value for ADD or DELETE: the field's own type, or one element of a set field. */
    private static AttributeValue element(FieldMapping mapping, Object value, String call) {
        boolean setField = Set.class.isAssignableFrom(mapping.rawType());
        Object operand = setField && value != null && !(value instanceof Collection<?>) ? Set.of(value) : value;
        return operand(mapping, operand, call);
    }
}
