package io.tabletheory.engine.internal.write;

import io.tabletheory.api.port.ItemStore;
import io.tabletheory.api.request.ConditionFailedException;
import io.tabletheory.api.request.ReturnValue;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.call.MissingTables;
import io.tabletheory.engine.internal.call.ModelCall;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The write operations of a model call: create (PutItem), createOrUpdate and update (UpdateItem), and deletes. Each
 * asks {@link WritePlans} for the plan (the pure step), sends its request, turns a failed condition into a
 * {@link ConditionFailedException} that names the operation, model, key and table and carries the stored item, and
 * maps the result back with {@link WriteResults}.
 */
public final class ModelWrites<T> {
    private final ItemStore store;
    private final Clock clock;
    private final ModelSchema<T> schema;
    private final ModelCall call;

    /** The writes of one model call. */
    public ModelWrites(ItemStore store, Clock clock, ModelSchema<T> schema, ModelCall call) {
        this.store = store;
        this.clock = clock;
        this.schema = schema;
        this.call = call;
    }

    /** PutItem of the item with version 0 and both timestamps now; returns the stored instance. */
    public T create(T item) {
        requireNoWhere("create");
        Instant now = clock.instant();
        WritePlan.Put plan = WritePlans.create(schema, item, conditions(), now);
        try {
            MissingTables.named(plan.tableName(), () -> store.putItem(plan.request()));
        } catch (ConditionFailedException failed) {
            throw ConditionFailures.of("create", schema, plan.key(), failed);
        }
        return WriteResults.created(schema, item, now);
    }

    /** UpdateItem writing every field, creating the item when absent; returns the stored instance. */
    public T createOrUpdate(T item) {
        requireNoWhere("createOrUpdate");
        WritePlan.Update plan = WritePlans.createOrUpdate(schema, item, conditions(), clock.instant());
        return WriteResults.updated(schema, item, send(store, "createOrUpdate", schema, plan, ReturnValue.ALL_NEW));
    }

    /** UpdateItem of the named fields, checked against the held version; returns the stored instance. */
    public T update(T item, String... fieldNames) {
        requireNoWhere("update");
        WritePlan.Update plan = WritePlans.update(schema, item, List.of(fieldNames), conditions(), clock.instant());
        return WriteResults.updated(schema, item, send(store, "update", schema, plan, ReturnValue.ALL_NEW));
    }

    /** DeleteItem of the item's key, checked against the held version. */
    public void delete(T item) {
        if (!call.where().isEmpty()) {
            throw new IllegalStateException(
                    "delete(item) takes the key from the item; use where(...).delete() to delete by key");
        }
        send(WritePlans.delete(schema, item, conditions()));
    }

    /** DeleteItem of the key given by the where terms, the other terms as conditions. */
    public void deleteByKey() {
        Map<String, AttributeValue> key = WhereKey.key(schema, call.where(), "delete()");
        send(WritePlans.deleteKey(schema, key, conditions().and(WhereKey.conditions(schema, call.where()))));
    }

    /**
     * Sends an update plan's request and returns the attributes the store returned.
     *
     * @throws ConditionFailedException reworded to name the operation, model, key and table
     */
    public static Map<String, AttributeValue> send(
            ItemStore store, String operation, ModelSchema<?> schema, WritePlan.Update plan, ReturnValue returnValues) {
        try {
            return MissingTables.named(plan.tableName(), () -> store.updateItem(plan.request(returnValues)))
                    .attributes();
        } catch (ConditionFailedException failed) {
            throw ConditionFailures.of(operation, schema, plan.key(), failed);
        }
    }

    private void send(WritePlan.Delete plan) {
        try {
            MissingTables.named(plan.tableName(), () -> store.deleteItem(plan.request()));
        } catch (ConditionFailedException failed) {
            throw ConditionFailures.of("delete", schema, plan.key(), failed);
        }
    }

    private WriteConditions conditions() {
        return new WriteConditions(call.conditions(), call.raw());
    }

    private void requireNoWhere(String operation) {
        if (!call.where().isEmpty()) {
            throw new IllegalStateException(operation + "() takes the key from the item; where(...) does not apply"
                    + " to it (use withCondition(...) for conditions)");
        }
    }
}
