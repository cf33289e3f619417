package io.tabletheory.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.tabletheory.TableTheory;
import io.tabletheory.api.port.DynamoStore;
import java.time.Clock;
import java.util.Objects;

/**
 * Binds {@link TableTheory} (a singleton) over whichever {@link DynamoStore} the injector has. Install it together
 * with exactly one backend module: {@link InMemoryStoreModule} in tests, {@link AwsStoreModule} in production. The
 * choice of backend module is the only difference between the two; service code injects {@code TableTheory} and
 * never knows which store it runs on.
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(
 *         new TableTheoryModule(), new AwsStoreModule(AwsDynamoStore.create(DynamoDbClient.create())));
 * TableTheory db = injector.getInstance(TableTheory.class);
 * }</pre>
 *
 * <p>The module does no I/O and holds no resources. Installed twice with the same clock (say, by two modules that
 * both depend on it), Guice keeps one: modules with equal clocks are equal.
 */
public final class TableTheoryModule extends AbstractModule {
    private final Clock clock;

    /** TableTheory stamping lifecycle fields with the system UTC clock. */
    public TableTheoryModule() {
        this(Clock.systemUTC());
    }

    /** TableTheory stamping lifecycle fields with {@code clock} (a fixed clock in tests). */
    public TableTheoryModule(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Provides
    @Singleton
    TableTheory tableTheory(DynamoStore store) {
        return TableTheory.builder().store(store).clock(clock).build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TableTheoryModule module && module.clock.equals(clock);
    }

    @Override
    public int hashCode() {
        return clock.hashCode();
    }
}
