package io.tabletheory.engine.internal;

import io.tabletheory.BatchProgress;
import io.tabletheory.Filters;
import io.tabletheory.Model;
import io.tabletheory.Page;
import io.tabletheory.RetryPolicy;
import io.tabletheory.SortOrder;
import io.tabletheory.TransactionActionReason;
import io.tabletheory.UpdateBuilder;
import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.request.ConditionFailedException;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.batch.ModelBatches;
import io.tabletheory.engine.internal.call.ModelCall;
import io.tabletheory.engine.internal.call.ReadSettings;
import io.tabletheory.engine.internal.condition.FilterChain;
import io.tabletheory.engine.internal.condition.RawConditions;
import io.tabletheory.engine.internal.condition.TermFactory;
import io.tabletheory.engine.internal.expression.Condition;
import io.tabletheory.engine.internal.mapping.FieldMapping;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import io.tabletheory.engine.internal.read.ModelReads;
import io.tabletheory.engine.internal.read.ReadPlanner;
import io.tabletheory.engine.internal.retry.Backoff;
import io.tabletheory.engine.internal.update.DefaultUpdateBuilder;
import io.tabletheory.engine.internal.write.ModelWrites;
import io.tabletheory.engine.internal.write.WhereKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The {@link Model} implementation: an immutable value holding the schema, the store and one call chain's
 * settings ({@link ModelCall}). Settings return copies; reads are delegated to {@link ModelReads}, writes to
 * {@link ModelWrites}.
 */
final class DefaultModel<T> implements Model<T> {
    private final DynamoStore store;
    private final Clock clock;
    private final RetryPolicy batchRetry;
    private final BatchProgress batchProgress;
    private final ModelSchema<T> schema;
    private final ModelCall call;

    private DefaultModel(
            DynamoStore store,
            Clock clock,
            RetryPolicy batchRetry,
            BatchProgress batchProgress,
            ModelSchema<T> schema,
            ModelCall call) {
        this.store = store;
        this.clock = clock;
        this.batchRetry = batchRetry;
        this.batchProgress = batchProgress;
        this.schema = schema;
        this.call = call;
    }

    static <T> DefaultModel<T> of(DynamoStore store, Clock clock, RetryPolicy batchRetry, ModelSchema<T> schema) {
        return new DefaultModel<>(
                store,
                clock,
                batchRetry,
                BatchProgress.none(),
                schema,
                new ModelCall(
                        List.of(),
                        List.of(),
                        FilterChain.empty(schema),
                        Optional.empty(),
                        ReadSettings.defaults(),
                        Optional.empty()));
    }

    private DefaultModel<T> with(ModelCall changed) {
        return new DefaultModel<>(store, clock, batchRetry, batchProgress, schema, changed);
    }

    private DefaultModel<T> withRead(UnaryOperator<ReadSettings> change) {
        return with(call.withRead(change.apply(call.read())));
    }

    @Override
    public String tableName() {
        return schema.tableName();
    }

    // ----- items -----

    @Override
    public Map<String, AttributeValue> toItem(T item) {
        Objects.requireNonNull(item, "toItem(null)");
        return Collections.unmodifiableMap(schema.mapping().write(item));
    }

    @Override
    public T fromItem(Map<String, AttributeValue> item) {
        Objects.requireNonNull(item, "fromItem(null)");
        return schema.mapping().read(item);
    }

    // ----- settings -----

    @Override
    public Model<T> ifNotExists() {
        return with(call.withCondition(
                new Condition.AttributeNotExists(schema.partitionKey().attributeName())));
    }

    @Override
    public Model<T> ifExists() {
        return with(call.withCondition(
                new Condition.AttributeExists(schema.partitionKey().attributeName())));
    }

    @Override
    public Model<T> withCondition(String field, String operator, Object value) {
        return with(call.withCondition(TermFactory.term(schema, "withCondition", field, operator, value)
                .condition()));
    }

    @Override
    public Model<T> withConditionExpression(String expression, Map<String, Object> values) {
        return with(call.withRaw(RawConditions.of("withConditionExpression", expression, values)));
    }

    @Override
    public Model<T> consistentRead() {
        return withRead(ReadSettings::withConsistentRead);
    }

    @Override
    public Model<T> where(String field, String operator, Object value) {
        return with(call.withWhere(TermFactory.term(schema, "where", field, operator, value)));
    }

    @Override
    public Model<T> filter(String field, String operator, Object value) {
        return with(call.withFilters(call.filters().filter(field, operator, value)));
    }

    @Override
    public Model<T> orFilter(String field, String operator, Object value) {
        return with(call.withFilters(call.filters().orFilter(field, operator, value)));
    }

    @Override
    public Model<T> filterGroup(UnaryOperator<Filters> group) {
        return with(call.withFilters(call.filters().filterGroup(group)));
    }

    @Override
    public Model<T> orFilterGroup(UnaryOperator<Filters> group) {
        return with(call.withFilters(call.filters().orFilterGroup(group)));
    }

    @Override
    public Model<T> index(String indexName) {
        ReadPlanner.index(schema, indexName);
        return with(call.withIndex(indexName));
    }

    @Override
    public Model<T> select(String... fields) {
        List<FieldMapping> projection = new ArrayList<>();
        for (String field : fields) {
            projection.add(TermFactory.field(schema, field));
        }
        return withRead(read -> read.withProjection(projection));
    }

    @Override
    public Model<T> orderBy(SortOrder order) {
        java.util.Objects.requireNonNull(order, "order");
        return withRead(read -> read.withOrder(order));
    }

    @Override
    public Model<T> limit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
        return withRead(read -> read.withLimit(limit));
    }

    @Override
    public Model<T> cursor(String cursor) {
        return withRead(read -> read.withCursor(cursor));
    }

    @Override
    public Model<T> parallelScan(int segment, int totalSegments) {
        if (totalSegments < 1 || totalSegments > 1_000_000 || segment < 0 || segment >= totalSegments) {
            throw new IllegalArgumentException("parallelScan(" + segment + ", " + totalSegments + "): segments are"
                    + " numbered from 0 to totalSegments - 1, and totalSegments is 1 to 1,000,000");
        }
        return withRead(read -> read.withSegment(segment, totalSegments));
    }

    // ----- reads -----

    private ModelReads<T> reads() {
        return new ModelReads<>(store, schema, call);
    }

    @Override
    public T first() {
        return reads().first();
    }

    @Override
    public List<T> all() {
        return reads().all();
    }

    @Override
    public Stream<T> stream() {
        return reads().stream();
    }

    @Override
    public Page<T> page() {
        return reads().page();
    }

    @Override
    public long count() {
        return reads().count();
    }

    @Override
    public List<T> scan() {
        return reads().scan();
    }

    @Override
    public List<T> scanAllSegments(int totalSegments) {
        if (totalSegments < 1) {
            throw new IllegalArgumentException("scanAllSegments needs at least 1 segment, not " + totalSegments);
        }
        List<ModelReads<T>> segments = new ArrayList<>();
        for (int segment = 0; segment < totalSegments; segment++) {
            segments.add(((DefaultModel<T>) parallelScan(segment, totalSegments)).reads());
        }
        return ModelReads.scanInParallel(segments, schema.tableName());
    }

    // ----- writes -----

    private ModelWrites<T> writes() {
        return new ModelWrites<>(store, clock, schema, call);
    }

    @Override
    public T create(T item) {
        return writes().create(item);
    }

    @Override
    public T createOrUpdate(T item) {
        return writes().createOrUpdate(item);
    }

    @Override
    public T update(T item, String... fields) {
        return writes().update(item, fields);
    }

    @Override
    public UpdateBuilder<T> updateBuilder() {
        return DefaultUpdateBuilder.start(
                store,
                clock,
                schema,
                WhereKey.key(schema, call.where(), "updateBuilder()"),
                WhereKey.conditions(schema, call.where()));
    }

    @Override
    public void delete(T item) {
        writes().delete(item);
    }

    @Override
    public void delete() {
        writes().deleteByKey();
    }

    // ----- batches -----

    private ModelBatches<T> batches() {
        return new ModelBatches<>(store, clock, schema, call, Backoff.of(batchRetry), batchProgress);
    }

    @Override
    public Model<T> withBatchProgress(BatchProgress progress) {
        return new DefaultModel<>(store, clock, batchRetry, Objects.requireNonNull(progress, "progress"), schema, call);
    }

    @Override
    public List<T> batchGet(Collection<T> keys) {
        return batches().batchGet(keys);
    }

    @Override
    public List<T> batchCreate(Collection<T> items) {
        return batches().batchCreate(items);
    }

    @Override
    public void batchDelete(Collection<T> keys) {
        batches().batchDelete(keys);
    }

    @Override
    public Optional<T> storedItem(ConditionFailedException failure) {
        return failure.item().map(schema.mapping()::read);
    }

    @Override
    public Optional<T> storedItem(TransactionActionReason reason) {
        if (reason.modelType() != schema.type()) {
            throw new IllegalArgumentException("storedItem: action " + reason.index() + " of the transaction was of "
                    + reason.modelType().getSimpleName() + ", not " + schema.modelName());
        }
        return reason.item().isEmpty()
                ? Optional.empty()
                : Optional.of(schema.mapping().read(reason.item()));
    }
}
