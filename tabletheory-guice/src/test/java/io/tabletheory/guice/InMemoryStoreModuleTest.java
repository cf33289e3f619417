package io.tabletheory.guice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import com.google.inject.Injector;
import io.tabletheory.TableTheory;
import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InMemoryStoreModuleTest {
    private static final Instant NOW = Instant.parse("2026-11-24T07:08:21Z");

    @Test
    void aStrictInjector_givesATableTheoryOnTheInMemoryStore() {
        Injector injector = StrictInjectors.create(
                new TableTheoryModule(Clock.fixed(NOW, ZoneOffset.UTC)), new InMemoryStoreModule());
        TableTheory db = injector.getInstance(TableTheory.class);

        db.createTable(Note.class);
        db.model(Note.class).create(new Note("n1", "hello", null));

        Note read = db.model(Note.class).where("id", "=", "n1").first();
        assertThat(read).isEqualTo(new Note("n1", "hello", NOW));
        assertThat(db.store()).isSameAs(injector.getInstance(InMemoryDynamoStore.class));
    }

    @Test
    void bindings_areSingletonsPerInjector_andFreshAcrossInjectors() {
        Injector first = StrictInjectors.create(new TableTheoryModule(), new InMemoryStoreModule());
        Injector second = StrictInjectors.create(new TableTheoryModule(), new InMemoryStoreModule());

        assertThat(first.getInstance(TableTheory.class)).isSameAs(first.getInstance(TableTheory.class));
        assertThat(first.getInstance(DynamoStore.class)).isNotSameAs(second.getInstance(DynamoStore.class));
    }

    @Test
    void modulesInstalledTwice_areDeduplicated_asGuiceExpects() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        Injector injector =
                StrictInjectors.create(new TableTheoryModule(clock), new InMemoryStoreModule(), new AbstractModule() {
                    @Override
                    protected void configure() {
                        install(new TableTheoryModule(clock));
                        install(new InMemoryStoreModule());
                    }
                });

        assertThat(injector.getInstance(TableTheory.class).clock()).isEqualTo(clock);
        assertThat(new TableTheoryModule(clock))
                .isEqualTo(new TableTheoryModule(clock))
                .hasSameHashCodeAs(new TableTheoryModule(clock));
        assertThat(new TableTheoryModule(clock)).isNotEqualTo(new TableTheoryModule());
    }

    @Test
    void twoDifferentClocks_stillConflict_soAMistakeIsNotHidden() {
        assertThatThrownBy(() -> StrictInjectors.create(
                        new TableTheoryModule(Clock.fixed(NOW, ZoneOffset.UTC)),
                        new TableTheoryModule(),
                        new InMemoryStoreModule()))
                .isInstanceOf(CreationException.class)
                .hasMessageContaining("TableTheory");
    }
}
