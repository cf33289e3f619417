package io.tabletheory.testkit.contract;

import io.tabletheory.RetryPolicy;
import io.tabletheory.TableTheory;
import io.tabletheory.api.error.ResourceNotFoundException;
import io.tabletheory.api.port.DynamoStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of the contracts that run the engine end to end: before each test, a {@link TableTheory} over the
 * backend's store with the clock fixed at {@link #NOW}, and a fresh table for each of {@link #models()}; after it,
 * the tables are deleted again.
 */
public abstract class ModelTablesContract extends PortContract {
    /** The fixed time the contract's clock returns. */
    protected static final Instant NOW = Instant.parse("2026-11-24T07:08:21.120Z");

    private TableTheory db;

    /** The models whose tables each test starts with, empty. */
    protected abstract List<Class<?>> models();

    /** The TableTheory of the running test. */
    protected final TableTheory db() {
        return db;
    }

    /**
     * A TableTheory like {@link #db()} over another store (such as a {@code FaultInjectingStore} wrapping
     * {@link #store()}), whose retries do not sleep.
     */
    protected final TableTheory dbOver(DynamoStore other) {
        return TableTheory.builder()
                .store(other)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .batchRetry(RetryPolicy.batchDefaults().withSleeper(wait -> {}))
                .transactionRetry(RetryPolicy.transactionDefaults().withSleeper(wait -> {}))
                .build();
    }

    @BeforeEach
    void createModelTables() {
        db = TableTheory.builder()
                .store(store())
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .build();
        for (Class<?> model : models()) {
            deleteQuietly(model);
            db.createTable(model);
            awaitActive(db.model(model).tableName());
        }
    }

    @AfterEach
    void deleteModelTables() {
        for (Class<?> model : models()) {
            deleteQuietly(model);
        }
    }

    private void deleteQuietly(Class<?> model) {
        try {
            db.deleteTable(model);
            awaitDeleted(db.model(model).tableName());
        } catch (ResourceNotFoundException absent) {
            // nothing to clean up
        }
    }
}
