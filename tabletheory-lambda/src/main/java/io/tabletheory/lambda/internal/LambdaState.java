package io.tabletheory.lambda.internal;

import io.tabletheory.TableTheory;
import io.tabletheory.lambda.MemoryStats;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Function;

/**
 * What a {@link DefaultLambdaTableTheory} and its copies share: the {@link TableTheory} (over an {@link
 * InvocationStore} without a deadline), the {@link Backend}, the environment and the registered models (a set that
 * only grows); and the three things done to them outside requests: priming, giving back init-only memory and
 * renewing the backend. Thread-safe.
 */
final class LambdaState {
    private final TableTheory db;
    private final Backend backend;
    private final Function<String, String> environment;
    private final Set<Class<?>> models = new CopyOnWriteArraySet<>();

    LambdaState(TableTheory db, Backend backend, Function<String, String> environment) {
        this.db = db;
        this.backend = backend;
        this.environment = environment;
    }

    TableTheory db() {
        return db;
    }

    Backend backend() {
        return backend;
    }

    void register(Class<?>... types) {
        db.register(types);
        models.addAll(List.of(types));
    }

    MemoryStats memoryStats() {
        return MemoryReader.read(environment);
    }

    /** Runs {@link Priming} for the registered models through the backend's in-process store. */
    void prime() {
        backend.prime(store -> Priming.run(db, Set.copyOf(models), store));
    }

    /** Releases the priming client, then asks for a full collection (see {@code LambdaTableTheory#optimizeForMemory}). */
    MemoryStats optimizeForMemory() {
        backend.releaseInitialization();
        System.gc();
        return memoryStats();
    }

    void renew() {
        backend.renew();
    }
}
