package io.tabletheory;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.table.TableDescription;
import io.tabletheory.engine.internal.DefaultTableTheory;
import java.time.Clock;
import java.util.Objects;

/**
 * The entry point: a DynamoDB data layer over one backend. Build one per process (in a Lambda, during static
 * initialization) and share it; it is immutable and thread-safe, and per-call settings ({@link #model}, conditions)
 * produce new values that never change it.
 *
 * <pre>{@code
 * TableTheory db = TableTheory.builder().store(InMemoryDynamoStore.create()).build();   // or AwsDynamoStore.create(client)
 * db.createTable(User.class);
 * db.model(User.class).ifNotExists().create(new User("u1", "PROFILE", "ada@example.com"));
 * User user = db.model(User.class).where("id", "=", "u1").where("sk", "=", "PROFILE").first();
 * }</pre>
 */
public interface TableTheory {
    /** A builder; {@link Builder#store} is required. */
    static Builder builder() {
        return new Builder();
    }

    /**
     * The operations on one model class. The class's mapping is built and validated on first use and cached.
     *
     * @throws io.tabletheory.api.error.ModelException when the class is not a valid model (naming the field)
     */
    <T> Model<T> model(Class<T> type);

    /**
     * Validates and caches the mapping of model classes now, so a bad model fails at start-up rather than at first
     * use (and a Lambda pays the reflection cost during initialization).
     *
     * @throws io.tabletheory.api.error.ModelException for the first invalid class, naming the class and field
     */
    TableTheory register(Class<?>... types);

    /**
     * Creates the model's table: its key, the global and local indexes its annotations declare (projecting all
     * attributes), on-demand billing; and turns time to live on for its {@code @Ttl} attribute.
     *
     * @throws io.tabletheory.api.error.ResourceInUseException when the table exists
     */
    TableDescription createTable(Class<?> type);

    /**
     * Deletes the model's table and every item in it.
     *
     * @throws io.tabletheory.api.error.ResourceNotFoundException when the table does not exist (the message names it)
     */
    TableDescription deleteTable(Class<?> type);

    /**
     * Writes puts and deletes across models and tables with BatchWriteItem, 25 to a request, in the order the
     * callback adds them (see {@link BatchWrite}): puts get version 0 and both timestamps as {@link Model#create}
     * gives; nothing is conditional. Writes DynamoDB leaves unprocessed are retried as {@link Builder#batchRetry}
     * says; each is applied exactly once.
     *
     * <pre>{@code
     * db.batchWrite(batch -> batch.put(order).put(invoice).delete(staleCartItem));
     * }</pre>
     *
     * @throws IllegalArgumentException when one key of one table is written twice, or a key field is null
     * @throws io.tabletheory.api.error.BatchIncompleteException when writes were still unprocessed after the retry
     *     budget, or the backend refused a request: it hands back exactly the objects not written
     */
    void batchWrite(java.util.function.Consumer<BatchWrite> writes);

    /**
     * Applies writes across models and tables atomically with one TransactWriteItems: all of them, or none (see
     * {@link TransactWrite} for the actions and their conditions). Lifecycle fields and versions are applied as in
     * the single writes: a create or put gets version 0 and both timestamps, an update adds 1 to the version it
     * checks and sets {@code @UpdatedAt}, a delete checks the version the instance holds. At most 100 actions, at
     * most one per item.
     *
     * <pre>{@code
     * db.transactWrite(tx -> tx
     *         .update(from.withBalance(from.balance() - 25), "balance")   // checked against from's version
     *         .update(to.withBalance(to.balance() + 25), "balance")
     *         .create(new Transfer(transferId, from.id(), to.id(), 25)));
     * }</pre>
     *
     * <p>A transaction cancelled only for transient reasons (another transaction on the same item, throttling) is
     * retried as {@link Builder#transactionRetry} says, every attempt with the same ClientRequestToken so it is
     * applied at most once; a failed condition is never retried.
     *
     * @return the instances as written, to look up with {@link TransactWriteResult#written}
     * @throws IllegalArgumentException when there is no action or more than 100, two actions name one item, or an
     *     action is invalid (a null key field, an unknown field, a check without a condition)
     * @throws TransactionFailedException when DynamoDB cancelled the transaction: its {@link
     *     TransactionFailedException#failures()} name each failing action (index, action, model, key, code, message,
     *     stored item); nothing was written
     */
    TransactWriteResult transactWrite(java.util.function.Consumer<TransactWrite> actions);

    /**
     * Reads items of any models as one consistent snapshot with one TransactGetItems: either every read sees the
     * items as they were at one moment, or the call fails. At most 100 reads, at most one per item; an instance
     * with its key fields set stands for its key.
     *
     * <pre>{@code
     * TransactGetResult read = db.transactGet(tx -> tx.get(Account.key("a1")).get(Account.key("a2")));
     * Account first = read.get(0, Account.class).orElseThrow();
     * }</pre>
     *
     * <p>Retried like {@link #transactWrite} when cancelled only for transient reasons.
     *
     * @throws IllegalArgumentException when there is no read or more than 100, a key is read twice, or a key field
     *     is null
     * @throws io.tabletheory.api.request.TransactionCanceledException when DynamoDB cancelled the read
     */
    TransactGetResult transactGet(java.util.function.Consumer<TransactGet> reads);

    /** The backend this instance uses. */
    DynamoStore store();

    /** The clock that stamps {@code @CreatedAt} and {@code @UpdatedAt}. */
    Clock clock();

    /**
     * This instance over another backend: the same registered models (their schemas are not built again), clock,
     * converters and retry policies, calling {@code store} instead. Cheap enough to call per request, for example to
     * wrap the backend in a per-invocation deadline (as {@code LambdaTableTheory.withLambdaTimeout} does); this
     * instance is not changed.
     */
    TableTheory withStore(DynamoStore store);

    /** Builds a {@link TableTheory}. Not thread-safe; the instance it builds is. */
    final class Builder {
        private DynamoStore store;
        private Clock clock = Clock.systemUTC();
        private RetryPolicy batchRetry = RetryPolicy.batchDefaults();
        private RetryPolicy transactionRetry = RetryPolicy.transactionDefaults();
        private final java.util.Map<Class<?>, AttributeConverter<?>> converters = new java.util.LinkedHashMap<>();
        private java.util.function.Function<String, String> environment = System::getenv;

        private Builder() {}

        /**
         * Stores every field of this type with the converter (a field's own {@code @Convert} still wins). Register
         * before the first use of a model that has such a field.
         */
        public <T> Builder converter(Class<T> type, AttributeConverter<T> converter) {
            converters.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(converter, "converter"));
            return this;
        }

        /** The backend: {@code InMemoryDynamoStore.create()} in tests, {@code AwsDynamoStore.create(client)} in production. */
        public Builder store(DynamoStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /** The clock for lifecycle timestamps; the system UTC clock by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * How batches retry what DynamoDB leaves unprocessed; {@link RetryPolicy#batchDefaults()} (8 attempts per
         * request, 50 ms base delay, 5 s cap, full jitter) by default.
         */
        public Builder batchRetry(RetryPolicy retry) {
            this.batchRetry = Objects.requireNonNull(retry, "retry");
            return this;
        }

        /**
         * How transactions retry when DynamoDB cancels them only for transient reasons (TransactionConflict,
         * ThrottlingError, ProvisionedThroughputExceeded) or throttles the request;
         * {@link RetryPolicy#transactionDefaults()} (5 attempts, 100 ms base delay, 2 s cap, full jitter) by
         * default. Every attempt of one call sends the same ClientRequestToken, so a transaction is applied at
         * most once. A failed condition, a validation error or any other error is never retried.
         */
        public Builder transactionRetry(RetryPolicy retry) {
            this.transactionRetry = Objects.requireNonNull(retry, "retry");
            return this;
        }

        /**
         * The instance.
         *
         * @throws IllegalStateException when no store was given
         */
        public TableTheory build() {
            if (store == null) {
                throw new IllegalStateException(
                        "TableTheory.builder() needs a store: .store(InMemoryDynamoStore.create())"
                                + " for tests or .store(AwsDynamoStore.create(client)) for DynamoDB");
            }
            return new DefaultTableTheory(store, clock, batchRetry, transactionRetry, converters, environment);
        }

        /**
         * Where {@code @Table(nameFromEnv = "TABLE_NAME")} reads its variable: the process environment ({@code
         * System::getenv}) by default; give a map's {@code get} in tests. A variable the function answers with {@code
         * null} or an empty string is missing: registering the model fails, naming the model and the variable.
         */
        public Builder environment(java.util.function.Function<String, String> environment) {
            this.environment = Objects.requireNonNull(environment, "environment");
            return this;
        }
    }
}
