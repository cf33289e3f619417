package io.tabletheory.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.TableTheory;
import io.tabletheory.api.error.ModelException;
import io.tabletheory.api.request.ScanRequest;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-invocation pattern on the in-memory store: init once, a deadline-bound view per invocation. */
class LambdaTableTheoryTest {
    private static final Map<String, String> ENVIRONMENT = Map.of("NOTES_TABLE", "notes-test");

    private final InMemoryDynamoStore store = InMemoryDynamoStore.create();
    private final LambdaTableTheory db = LambdaTableTheory.builder()
            .environment(ENVIRONMENT::get)
            .store(store)
            .snapStart(false)
            .models(Note.class)
            .build();

    @Test
    void withLambdaTimeout_whenTimeRemains_readsAndWritesThroughTheSharedModels() {
        db.tableTheory().createTable(Note.class);
        TableTheory invocation = db.withLambdaTimeout(TestContext.withRemainingTime(Duration.ofSeconds(30)));

        Note created = invocation.model(Note.class).create(new Note("n1", "hello", 0));
        Note read = invocation.model(Note.class).where("id", "=", "n1").first();

        assertThat(read).isEqualTo(created);
        assertThat(invocation.model(Note.class).tableName()).isEqualTo("notes-test");
    }

    @Test
    void withLambdaTimeout_whenNoMoreThanTheBufferRemains_failsBeforeTheStoreIsCalled() {
        db.tableTheory().createTable(Note.class);
        TableTheory invocation = db.withLambdaTimeout(TestContext.withRemainingTime(Duration.ofMillis(900)));

        assertThatThrownBy(() -> invocation.model(Note.class).create(new Note("n1", "hello", 0)))
                .isInstanceOf(LambdaTimeoutException.class)
                .hasMessageContaining("PutItem was not sent")
                .hasMessageContaining("keeps 1000 ms back")
                .hasMessageContaining("request test-request-1");
        assertThat(store.scan(ScanRequest.builder("notes-test").build()).items())
                .isEmpty();
    }

    @Test
    void withLambdaTimeoutConfig_changesTheBufferOfLaterViewsOnly() {
        db.tableTheory().createTable(Note.class);
        LambdaTableTheory quick = db.withLambdaTimeoutConfig(LambdaTimeoutConfig.buffer(Duration.ofMillis(100)));

        quick.withLambdaTimeout(TestContext.withRemainingTime(Duration.ofMillis(900)))
                .model(Note.class)
                .create(new Note("n1", "hello", 0));

        assertThat(quick.timeoutConfig().buffer()).isEqualTo(Duration.ofMillis(100));
        assertThat(db.timeoutConfig()).isEqualTo(LambdaTimeoutConfig.defaults());
        assertThat(db.tableTheory()
                        .model(Note.class)
                        .where("id", "=", "n1")
                        .first()
                        .body())
                .isEqualTo("hello");
    }

    @Test
    void build_whenTheTableVariableIsMissing_failsAtInitNamingTheModelAndVariable() {
        LambdaTableTheory.Builder builder = LambdaTableTheory.builder()
                .environment(Map.<String, String>of()::get)
                .store(store)
                .snapStart(false)
                .models(Note.class);

        assertThatThrownBy(builder::build)
                .isInstanceOf(ModelException.class)
                .hasMessageContaining(Note.class.getName())
                .hasMessageContaining("NOTES_TABLE is not set");
    }

    @Test
    void timeoutConfig_refusesANegativeBuffer() {
        assertThatThrownBy(() -> LambdaTimeoutConfig.buffer(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zero or more");
    }

    @Test
    void memoryStats_readTheHeapTheResidentSetAndTheConfiguredMemory() {
        LambdaTableTheory sized = LambdaTableTheory.builder()
                .environment(Map.of("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512")::get)
                .store(store)
                .snapStart(false)
                .build();

        MemoryStats stats = sized.memoryStats();

        assertThat(stats.heapUsedBytes()).isPositive();
        assertThat(stats.heapCommittedBytes()).isGreaterThanOrEqualTo(stats.heapUsedBytes());
        assertThat(stats.nonHeapUsedBytes()).isPositive();
        assertThat(stats.configuredMemoryMegabytes()).hasValue(512);
        assertThat(stats.usedPercent()).isPresent();
        if (System.getProperty("os.name").startsWith("Linux")) {
            assertThat(stats.residentSetBytes()).isPresent();
            assertThat(stats.usedPercent().getAsDouble())
                    .isCloseTo(
                            100.0 * stats.residentSetBytes().getAsLong() / (512.0 * 1024 * 1024),
                            org.assertj.core.data.Offset.offset(5.0));
        }
        assertThat(db.memoryStats().configuredMemoryMegabytes()).isEmpty();
        assertThat(db.memoryStats().usedPercent()).isEmpty();
    }

    @Test
    void optimizeForMemory_collectsWhatInitializationLeftBehind() {
        byte[][] garbage = new byte[64][];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = new byte[1024 * 1024];
        }
        long before = db.memoryStats().heapUsedBytes();
        assertThat(before).isGreaterThan(garbage.length * 1024L * 1024L);
        garbage = null;

        MemoryStats after = db.optimizeForMemory();

        assertThat(after.heapUsedBytes()).isLessThan(before - 32L * 1024 * 1024);
    }
}
