package io.tabletheory.engine.internal.transact;

import io.tabletheory.TransactCondition;
import io.tabletheory.TransactWrite;
import io.tabletheory.UpdateBuilder;
import io.tabletheory.engine.internal.lifecycle.Lifecycle;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import io.tabletheory.engine.internal.mapping.SchemaFactory;
import io.tabletheory.engine.internal.update.DefaultUpdateBuilder;
import io.tabletheory.engine.internal.write.WritePlan;
import io.tabletheory.engine.internal.write.WritePlans;
import io.tabletheory.engine.internal.write.WriteResults;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The {@link TransactWrite} a {@code transactWrite} callback fills: each action becomes a {@link TransactAction} at
 * once, through the same {@link WritePlans} as the single writes (so lifecycle fields, versions and conditions agree
 * with them, and a bad object fails on the line that added it); {@link TransactionWriter} sends them.
 */
public final class DefaultTransactWrite implements TransactWrite {
    /** DynamoDB's longest ClientRequestToken. */
    static final int MAX_TOKEN_LENGTH = 36;

    private final SchemaFactory schemas;
    private final Instant now;
    private final List<TransactAction> actions = new ArrayList<>();
    private Optional<String> token = Optional.empty();

    /** An empty transaction whose writes are stamped {@code now}. */
    public DefaultTransactWrite(SchemaFactory schemas, Instant now) {
        this.schemas = schemas;
        this.now = now;
    }

    @Override
    public TransactWrite create(Object item, TransactCondition... conditions) {
        return create(schemaOf(item, "create"), item, conditions);
    }

    @Override
    public TransactWrite put(Object item, TransactCondition... conditions) {
        return put(schemaOf(item, "put"), item, conditions);
    }

    @Override
    public TransactWrite update(Object item, String... fields) {
        return update(item, List.of(fields));
    }

    @Override
    public TransactWrite update(Object item, List<String> fields, TransactCondition... conditions) {
        Objects.requireNonNull(fields, "update: fields");
        return update(schemaOf(item, "update"), item, fields, conditions);
    }

    @Override
    public <T> TransactWrite updateWithBuilder(
            T key, UnaryOperator<UpdateBuilder<T>> changes, TransactCondition... conditions) {
        Objects.requireNonNull(changes, "updateWithBuilder: changes");
        ModelSchema<T> schema = schemaOf(key, "updateWithBuilder");
        DefaultUpdateBuilder<T> start = DefaultUpdateBuilder.forTransaction(
                schema, WritePlans.keyOf(schema, schema.type().cast(key), "updateWithBuilder"));
        if (!(changes.apply(start) instanceof DefaultUpdateBuilder<T> changed)) {
            throw new IllegalArgumentException(
                    "updateWithBuilder: return the builder the function was given, with its changes");
        }
        WritePlan plan = changed.plan(now, TransactConditions.of(schema, "updateWithBuilder", conditions));
        return add("updateWithBuilder", schema, plan, key, Optional.empty());
    }

    @Override
    public TransactWrite delete(Object item, TransactCondition... conditions) {
        return delete(schemaOf(item, "delete"), item, conditions);
    }

    @Override
    public TransactWrite conditionCheck(Object item, TransactCondition... conditions) {
        return conditionCheck(schemaOf(item, "conditionCheck"), item, conditions);
    }

    @Override
    public TransactWrite idempotencyToken(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_TOKEN_LENGTH) {
            throw new IllegalArgumentException("idempotencyToken must have 1 to " + MAX_TOKEN_LENGTH
                    + " characters (DynamoDB's ClientRequestToken), not " + (value == null ? "null" : value.length()));
        }
        this.token = Optional.of(value);
        return this;
    }

    /** The actions added, in order. */
    List<TransactAction> actions() {
        return List.copyOf(actions);
    }

    /** The token the caller chose, if any. */
    Optional<String> token() {
        return token;
    }

    private <T> TransactWrite create(ModelSchema<T> schema, Object item, TransactCondition[] conditions) {
        T typed = cast(schema, item);
        TransactCondition[] all = new TransactCondition[conditions.length + 1];
        all[0] = TransactCondition.ifNotExists();
        System.arraycopy(conditions, 0, all, 1, conditions.length);
        WritePlan plan = WritePlans.create(schema, typed, TransactConditions.of(schema, "create", all), now);
        return add("create", schema, plan, item, Optional.of(() -> WriteResults.created(schema, typed, now)));
    }

    private <T> TransactWrite put(ModelSchema<T> schema, Object item, TransactCondition[] conditions) {
        T typed = cast(schema, item);
        WritePlan plan = WritePlans.create(schema, typed, TransactConditions.of(schema, "put", conditions), now);
        return add("put", schema, plan, item, Optional.of(() -> WriteResults.created(schema, typed, now)));
    }

    private <T> TransactWrite update(
            ModelSchema<T> schema, Object item, List<String> fields, TransactCondition[] conditions) {
        T typed = cast(schema, item);
        WritePlan plan =
                WritePlans.update(schema, typed, fields, TransactConditions.of(schema, "update", conditions), now);
        return add("update", schema, plan, item, Optional.of(() -> schema.mapping()
                .with(typed, Lifecycle.updated(schema, typed, now))));
    }

    private <T> TransactWrite conditionCheck(ModelSchema<T> schema, Object item, TransactCondition[] conditions) {
        if (conditions.length == 0) {
            throw new IllegalArgumentException("conditionCheck of " + schema.modelName() + " needs at least one"
                    + " condition (ifExists(), atVersion(v), withCondition(field, operator, value), ...)");
        }
        WritePlan plan = WritePlans.conditionCheck(
                schema,
                WritePlans.keyOf(schema, cast(schema, item), "conditionCheck"),
                TransactConditions.of(schema, "conditionCheck", conditions));
        return add("conditionCheck", schema, plan, item, Optional.empty());
    }

    private <T> TransactWrite delete(ModelSchema<T> schema, Object item, TransactCondition[] conditions) {
        WritePlan plan =
                WritePlans.delete(schema, cast(schema, item), TransactConditions.of(schema, "delete", conditions));
        return add("delete", schema, plan, item, Optional.empty());
    }

    private TransactWrite add(
            String action, ModelSchema<?> schema, WritePlan plan, Object source, Optional<Supplier<Object>> written) {
        actions.add(new TransactAction(actions.size(), action, schema, plan, source, written));
        return this;
    }

    private <T> ModelSchema<T> schemaOf(T item, String action) {
        Objects.requireNonNull(item, () -> "transactWrite: " + action + "(null)");
        return schemas.schema(SchemaFactory.classOf(item));
    }

    private static <T> T cast(ModelSchema<T> schema, Object item) {
        return schema.type().cast(item);
    }
}
