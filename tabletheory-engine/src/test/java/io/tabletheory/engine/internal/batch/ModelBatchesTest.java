package io.tabletheory.engine.internal.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.tabletheory.Model;
import io.tabletheory.RetryPolicy;
import io.tabletheory.TableTheory;
import io.tabletheory.api.error.BatchIncompleteException;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.fixtures.Account;
import io.tabletheory.engine.fixtures.HalfProcessingStore;
import io.tabletheory.engine.fixtures.User;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Model batches against a fake that leaves half of every request unprocessed: every item is written once, found
 * items come back in the order of the keys, waits stay under their ceilings, and a budget too small hands back
 * exactly what was not done. Nothing really sleeps.
 */
class ModelBatchesTest {
    private static final Instant NOW = Instant.parse("2026-11-24T07:08:21.120Z");

    private final HalfProcessingStore store = new HalfProcessingStore("id", "sk", "PK");
    private final List<Duration> sleeps = new ArrayList<>();

    private TableTheory db(int attempts) {
        return TableTheory.builder()
                .store(store)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .batchRetry(
                        RetryPolicy.batchDefaults().withMaxAttempts(attempts).withSleeper(sleeps::add))
                .build();
    }

    private static List<User> users(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> User.of("u" + i, "user" + i + "@example.com"))
                .toList();
    }

    @Test
    void batchCreate_writesEveryItemOnce_inRequestsOfAtMost25_stampedAsACreate() {
        List<User> created = db(8).model(User.class).batchCreate(users(60));

        assertThat(store.table("users")).hasSize(60);
        assertThat(store.writeCounts().values()).containsOnly(1);
        assertThat(store.requestSizes()).allSatisfy(size -> assertThat(size).isBetween(1, 25));
        assertThat(store.requestSizes().subList(0, 1)).containsExactly(25);
        assertThat(created)
                .extracting(User::id)
                .containsExactlyElementsOf(users(60).stream().map(User::id).toList());
        assertThat(created).allSatisfy(user -> {
            assertThat(user.createdAt()).isEqualTo(NOW);
            assertThat(user.version()).isZero();
        });
        assertThat(store.table("users").values()).allSatisfy(item -> assertThat(item)
                .containsEntry("createdAt", AttributeValue.ofString("2026-11-24T07:08:21.12Z")));
    }

    @Test
    void retries_waitAtMostTheirExponentialCeilings() {
        db(8).model(User.class).batchCreate(users(25));

        // 25 -> 12 -> 6 -> 3 -> 1 -> 0 left: four retries
        assertThat(sleeps).hasSize(4);
        RetryPolicy retry = RetryPolicy.batchDefaults();
        for (int i = 0; i < sleeps.size(); i++) {
            assertThat(sleeps.get(i)).isBetween(Duration.ZERO, retry.ceilingBefore(i + 1));
        }
    }

    @Test
    void batchCreate_whenTheBudgetRunsOut_handsBackExactlyTheItemsNotWritten() {
        List<User> items = users(60);

        BatchIncompleteException incomplete = catchThrowableOfType(
                BatchIncompleteException.class, () -> db(2).model(User.class).batchCreate(items));

        // first request: 13 + 6 written, 6 left; the later 35 never sent
        List<User> missing = incomplete.unprocessed(User.class);
        assertThat(missing).hasSize(6 + 35);
        assertThat(store.table("users")).hasSize(19);
        List<String> written = new ArrayList<>();
        store.table("users").keySet().forEach(key -> written.add(((AttributeValue.StringValue) key.get("id")).value()));
        assertThat(missing).extracting(User::id).noneMatch(written::contains);
        assertThat(missing.size() + written.size()).isEqualTo(items.size());
        assertThat(incomplete).hasMessageContaining("batchCreate").hasMessageContaining("41 writes to users");
        assertThat(incomplete.found()).isEmpty();
    }

    @Test
    void batchGet_returnsTheFoundItemsInTheOrderOfTheKeys_leavingMissingOnesOut() {
        Model<User> model = db(8).model(User.class);
        model.batchCreate(users(250));
        List<User> keys = new ArrayList<>();
        for (int i = 249; i >= 0; i -= 2) {
            keys.add(User.of("u" + i, null));
        }
        keys.add(1, User.of("absent", null));

        List<User> found = model.batchGet(keys);

        assertThat(found)
                .extracting(User::id)
                .containsExactlyElementsOf(keys.stream()
                        .map(User::id)
                        .filter(id -> !id.equals("absent"))
                        .toList());
        assertThat(found.get(0).email()).isEqualTo("user249@example.com");
    }

    @Test
    void batchGet_whenTheBudgetRunsOut_handsBackTheKeysNotReadAndTheItemsRead() {
        db(8).model(User.class).batchCreate(users(10));
        List<User> keys = users(10);

        BatchIncompleteException incomplete = catchThrowableOfType(
                BatchIncompleteException.class, () -> db(1).model(User.class).batchGet(keys));

        assertThat(incomplete.unprocessed(User.class)).containsExactlyElementsOf(keys.subList(5, 10));
        assertThat(incomplete.found())
                .extracting(user -> ((User) user).id())
                .containsExactly("u0", "u1", "u2", "u3", "u4");
    }

    @Test
    void progress_isReportedAfterEveryRequest_upToTheTotal() {
        List<String> reports = new ArrayList<>();

        db(8).model(User.class)
                .withBatchProgress((done, total) -> reports.add(done + "/" + total))
                .batchCreate(users(30));

        // 25 -> 13 done, 12 left -> 19, 6 left -> 22, 3 left -> 24, 1 left -> 25; then 5 -> 28, 2 left -> 29 -> 30
        assertThat(reports).containsExactly("13/30", "19/30", "22/30", "24/30", "25/30", "28/30", "29/30", "30/30");
    }

    @Test
    void batchWrite_reportsProgressToo_whenTheCallbackAsks() {
        List<String> reports = new ArrayList<>();

        db(8).batchWrite(batch -> {
            batch.withProgress((done, total) -> reports.add(done + "/" + total));
            users(30).forEach(batch::put);
        });

        assertThat(reports).containsExactly("13/30", "19/30", "22/30", "24/30", "25/30", "28/30", "29/30", "30/30");
        assertThat(store.table("users")).hasSize(30);
    }

    @Test
    void aProgressCallbackThatThrows_stopsTheBatch_handingBackWhatWasNotDone() {
        List<User> items = users(30);

        BatchIncompleteException incomplete =
                catchThrowableOfType(BatchIncompleteException.class, () -> db(8).model(User.class)
                        .withBatchProgress((done, total) -> {
                            throw new IllegalStateException("listener broke at " + done);
                        })
                        .batchCreate(items));

        assertThat(incomplete).hasCauseInstanceOf(IllegalStateException.class);
        assertThat(incomplete.unprocessed(User.class)).hasSize(30 - 13);
        assertThat(store.table("users")).hasSize(13);
    }

    @Test
    void batchGet_refusesDuplicateKeysBeforeSendingAnything() {
        assertThatThrownBy(() -> db(8).model(User.class).batchGet(List.of(User.of("u1", null), User.of("u1", "x"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{id=\"u1\", sk=\"PROFILE\"}");
        assertThat(store.requestSizes()).isEmpty();
    }

    @Test
    void batchCreate_onAModelWithConditions_isRefused() {
        assertThatThrownBy(() -> db(8).model(User.class).ifNotExists().batchCreate(users(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot carry conditions");
        assertThatThrownBy(() ->
                        db(8).model(User.class).withCondition("email", "=", "x").batchDelete(users(1)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> db(8).model(User.class).where("id", "=", "u1").batchGet(users(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("select(...) and consistentRead()");
        assertThat(store.requestSizes()).isEmpty();
    }

    @Test
    void batchDelete_deletesEveryKeyOnce() {
        Model<User> model = db(8).model(User.class);
        model.batchCreate(users(30));

        model.batchDelete(users(30).subList(0, 20));

        assertThat(store.table("users").keySet())
                .extracting(key -> key.get("id"))
                .containsExactlyInAnyOrderElementsOf(IntStream.range(20, 30)
                        .mapToObj(i -> AttributeValue.ofString("u" + i))
                        .toList());
    }

    @Test
    void batchWrite_putsAndDeletesAcrossModelsAndTables() {
        TableTheory db = db(8);
        db.model(User.class).batchCreate(users(3));

        db.batchWrite(batch -> batch.put(new Account("a1", BigDecimal.ONE))
                .put(User.of("u9", "nine@example.com"))
                .delete(User.of("u0", null)));

        assertThat(store.table("Accounts")).containsKey(Map.of("PK", AttributeValue.ofString("a1")));
        assertThat(store.table("Accounts").values().iterator().next())
                .containsEntry("version", AttributeValue.ofNumber(0));
        assertThat(store.table("users").keySet())
                .extracting(key -> key.get("id"))
                .containsExactlyInAnyOrder(
                        AttributeValue.ofString("u1"), AttributeValue.ofString("u2"), AttributeValue.ofString("u9"));
    }
}
