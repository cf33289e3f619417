package io.tabletheory.engine.internal.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.tabletheory.RetryPolicy;
import io.tabletheory.TableTheory;
import io.tabletheory.api.error.BatchIncompleteException;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.fixtures.HalfProcessingStore;
import io.tabletheory.engine.fixtures.User;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The promise of batch writes, as properties: with half of every request left unprocessed, a batchCreate of up to
 * 10,000 items writes every item exactly once; and with any budget, what is written plus what the exception hands
 * back is exactly the items given, with no item in both.
 */
class RetryPolicyPropertiesTest {
    private static TableTheory db(HalfProcessingStore store, int attempts) {
        return TableTheory.builder()
                .store(store)
                .batchRetry(
                        RetryPolicy.batchDefaults().withMaxAttempts(attempts).withSleeper(duration -> {}))
                .build();
    }

    private static List<User> users(int count) {
        return IntStream.range(0, count).mapToObj(i -> User.of("u" + i, null)).toList();
    }

    private static Set<String> writtenIds(HalfProcessingStore store) {
        Set<String> ids = new HashSet<>();
        store.table("users").keySet().forEach(key -> ids.add(((AttributeValue.StringValue) key.get("id")).value()));
        return ids;
    }

    @Test
    void batchCreate_withHalfOfEveryRequestUnprocessed_writesEveryItemExactlyOnce() {
        qt().withExamples(12).forAll(integers().between(0, 10_000)).checkAssert(count -> {
            HalfProcessingStore store = new HalfProcessingStore("id", "sk");

            db(store, RetryPolicy.BATCH_MAX_ATTEMPTS).model(User.class).batchCreate(users(count));

            assertThat(store.table("users")).hasSize(count);
            assertThat(store.writeCounts().values()).allMatch(writes -> writes == 1);
            assertThat(store.requestSizes()).allMatch(size -> size <= 25);
        });
    }

    @Test
    void batchCreate_withAnyBudget_writesOrHandsBackEachItemExactlyOnce() {
        qt().withExamples(200)
                .forAll(integers().between(1, 1_000), integers().between(1, 6))
                .checkAssert((count, attempts) -> {
                    HalfProcessingStore store = new HalfProcessingStore("id", "sk");
                    List<User> items = users(count);

                    BatchIncompleteException incomplete = catchThrowableOfType(
                            BatchIncompleteException.class,
                            () -> db(store, attempts).model(User.class).batchCreate(items));

                    List<String> missing = incomplete == null
                            ? List.of()
                            : incomplete.unprocessed(User.class).stream()
                                    .map(User::id)
                                    .toList();
                    Set<String> written = writtenIds(store);
                    assertThat(missing).noneMatch(written::contains);
                    assertThat(written.size() + missing.size()).isEqualTo(count);
                    assertThat(missing)
                            .isEqualTo(items.stream()
                                    .map(User::id)
                                    .filter(id -> !written.contains(id))
                                    .toList());
                    assertThat(store.writeCounts().values()).allMatch(writes -> writes == 1);
                    // a request of n writes needs floor(log2 n) + 1 attempts when half of each is left over
                    int needed = 32 - Integer.numberOfLeadingZeros(Math.min(count, 25));
                    assertThat(incomplete == null).isEqualTo(attempts >= needed);
                });
    }

    @Test
    void ceilings_doubleFromTheBaseUpToTheCap() {
        RetryPolicy retry = RetryPolicy.batchDefaults();

        assertThat(List.of(1, 2, 3, 7, 8, 30).stream().map(retry::ceilingBefore).map(d -> d.toMillis()))
                .containsExactly(50L, 100L, 200L, 3200L, 5000L, 5000L);
        assertThat(Map.of("attempts", retry.maxAttempts())).containsEntry("attempts", 8);
    }
}
