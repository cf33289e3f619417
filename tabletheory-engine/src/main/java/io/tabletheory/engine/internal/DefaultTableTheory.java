package io.tabletheory.engine.internal;

import io.tabletheory.AttributeConverter;
import io.tabletheory.BatchWrite;
import io.tabletheory.Model;
import io.tabletheory.RetryPolicy;
import io.tabletheory.TableTheory;
import io.tabletheory.TransactGet;
import io.tabletheory.TransactGetResult;
import io.tabletheory.TransactWrite;
import io.tabletheory.TransactWriteResult;
import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.table.TableDescription;
import io.tabletheory.api.table.TimeToLiveSpecification;
import io.tabletheory.engine.internal.batch.BatchPlans;
import io.tabletheory.engine.internal.batch.BatchWriteEntry;
import io.tabletheory.engine.internal.batch.BatchWriter;
import io.tabletheory.engine.internal.batch.DefaultBatchWrite;
import io.tabletheory.engine.internal.call.MissingTables;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import io.tabletheory.engine.internal.mapping.SchemaFactory;
import io.tabletheory.engine.internal.retry.Backoff;
import io.tabletheory.engine.internal.table.TableDefinitions;
import io.tabletheory.engine.internal.transact.DefaultTransactGet;
import io.tabletheory.engine.internal.transact.DefaultTransactWrite;
import io.tabletheory.engine.internal.transact.TransactionReader;
import io.tabletheory.engine.internal.transact.TransactionWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The {@link TableTheory} implementation: holds the store, the clock and the schema cache, and hands out
 * {@link DefaultModel}s. Immutable apart from the thread-safe schema cache.
 */
public final class DefaultTableTheory implements TableTheory {
    private final DynamoStore store;
    private final Clock clock;
    private final RetryPolicy batchRetry;
    private final RetryPolicy transactionRetry;
    private final SchemaFactory schemas;

    /** Built by {@link TableTheory.Builder}. */
    public DefaultTableTheory(
            DynamoStore store,
            Clock clock,
            RetryPolicy batchRetry,
            RetryPolicy transactionRetry,
            Map<Class<?>, AttributeConverter<?>> converters,
            Function<String, String> environment) {
        this(store, clock, batchRetry, transactionRetry, new SchemaFactory(converters, environment));
    }

    private DefaultTableTheory(
            DynamoStore store,
            Clock clock,
            RetryPolicy batchRetry,
            RetryPolicy transactionRetry,
            SchemaFactory schemas) {
        this.store = store;
        this.clock = clock;
        this.batchRetry = batchRetry;
        this.transactionRetry = transactionRetry;
        this.schemas = schemas;
    }

    @Override
    public <T> Model<T> model(Class<T> type) {
        return DefaultModel.of(store, clock, batchRetry, schemas.schema(type));
    }

    @Override
    public TableTheory register(Class<?>... types) {
        for (Class<?> type : types) {
            schemas.schema(type);
        }
        return this;
    }

    @Override
    public TableDescription createTable(Class<?> type) {
        ModelSchema<?> schema = schemas.schema(type);
        TableDescription description = store.createTable(TableDefinitions.of(schema));
        schema.ttl()
                .ifPresent(ttl -> store.updateTimeToLive(
                        schema.tableName(), new TimeToLiveSpecification(ttl.attributeName(), true)));
        return description;
    }

    @Override
    public TableDescription deleteTable(Class<?> type) {
        String tableName = schemas.schema(type).tableName();
        return MissingTables.named(tableName, () -> store.deleteTable(tableName));
    }

    @Override
    public void batchWrite(Consumer<BatchWrite> writes) {
        DefaultBatchWrite batch = new DefaultBatchWrite(schemas::schema, clock.instant());
        writes.accept(batch);
        List<BatchWriteEntry> entries = BatchPlans.distinctWrites("batchWrite", batch.entries());
        new BatchWriter(store, Backoff.of(batchRetry), batch.progress()).write("batchWrite", entries);
    }

    @Override
    public TransactWriteResult transactWrite(Consumer<TransactWrite> actions) {
        Objects.requireNonNull(actions, "transactWrite(null)");
        DefaultTransactWrite transaction = new DefaultTransactWrite(schemas, clock.instant());
        actions.accept(transaction);
        return new TransactionWriter(store, Backoff.of(transactionRetry)).write(transaction);
    }

    @Override
    public TransactGetResult transactGet(Consumer<TransactGet> reads) {
        Objects.requireNonNull(reads, "transactGet(null)");
        DefaultTransactGet transaction = new DefaultTransactGet(schemas);
        reads.accept(transaction);
        return new TransactionReader(store, schemas, Backoff.of(transactionRetry)).read(transaction);
    }

    @Override
    public DynamoStore store() {
        return store;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public TableTheory withStore(DynamoStore other) {
        return new DefaultTableTheory(
                Objects.requireNonNull(other, "store"), clock, batchRetry, transactionRetry, schemas);
    }
}
