package io.tabletheory.guice;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import io.tabletheory.TableTheory;
import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.aws.AwsDynamoStore;
import io.tabletheory.integration.ServedEmulator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The production wiring, with a real SDK v2 client against tabletheory-server ({@link ServedEmulator}). */
class AwsStoreModuleTest {
    private static final Instant NOW = Instant.parse("2026-11-24T07:08:21Z");

    @Test
    void aStrictInjector_givesATableTheoryOnDynamoDb() {
        Injector injector = StrictInjectors.create(
                new TableTheoryModule(Clock.fixed(NOW, ZoneOffset.UTC)),
                new AwsStoreModule(AwsDynamoStore.create(ServedEmulator.client())));
        TableTheory db = injector.getInstance(TableTheory.class);

        db.createTable(Note.class);
        db.model(Note.class).create(new Note("n1", "hello", null));

        assertThat(db.model(Note.class).where("id", "=", "n1").first()).isEqualTo(new Note("n1", "hello", NOW));
        assertThat(injector.getInstance(DynamoStore.class)).isInstanceOf(AwsDynamoStore.class);
    }

    @Test
    void theSameStoreInstalledTwice_isBoundOnce() {
        AwsDynamoStore store = AwsDynamoStore.create(ServedEmulator.client());
        Injector injector =
                StrictInjectors.create(new TableTheoryModule(), new AwsStoreModule(store), new AwsStoreModule(store));

        assertThat(injector.getInstance(DynamoStore.class)).isSameAs(store);
        assertThat(new AwsStoreModule(store)).isEqualTo(new AwsStoreModule(store));
    }
}
