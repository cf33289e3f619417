package io.tabletheory.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.tabletheory.Model;
import io.tabletheory.RetryPolicy;
import io.tabletheory.TableTheory;
import io.tabletheory.api.error.BatchIncompleteException;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.testkit.contract.models.Member;
import io.tabletheory.testkit.contract.models.Wallet;
import io.tabletheory.testkit.fault.FaultInjectingStore;
import io.tabletheory.testkit.fault.Operation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Model batches end to end on a backend: batchCreate, batchGet and batchDelete of one model (more items than one
 * request holds), batchWrite across models and tables, projections and consistent reads, and duplicates refused
 * before anything is sent; and, through a {@link FaultInjectingStore} wrapping the backend that leaves half of
 * every request unprocessed, batches that still do everything, or hand back exactly what they could not.
 */
public abstract class ModelBatchContract extends ModelTablesContract {
    private static final List<Class<?>> MODELS = List.of(Member.class, Wallet.class);

    @Override
    protected List<Class<?>> models() {
        return MODELS;
    }

    private static List<Member> members(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new Member(
                        "m" + i, "PROFILE", "m" + i + "@example.com", "nick" + i, Set.of("t" + i), 7, null, null, null))
                .toList();
    }

    private static Member key(String id) {
        return Member.of(id, null);
    }

    private Map<String, AttributeValue> rawMember(String id) {
        return store().getItem(GetItemRequest.builder("tt-contract-members", Map.of("id", s(id), "sk", s("PROFILE")))
                        .consistentRead(true)
                        .build())
                .item()
                .orElse(null);
    }

    @Test
    void batchCreate_ofMoreThanOneRequestHolds_storesEveryItemAsCreateWould() {
        List<Member> created = db().model(Member.class).batchCreate(members(130));

        assertThat(created).hasSize(130).allSatisfy(member -> {
            assertThat(member.version()).isZero();
            assertThat(member.createdAt()).isEqualTo(NOW);
            assertThat(member.updatedAt()).isEqualTo(NOW);
        });
        for (int i = 0; i < 130; i += 13) {
            assertThat(rawMember("m" + i))
                    .isEqualTo(db().model(Member.class).toItem(created.get(i)))
                    .containsEntry("version", n("0"))
                    .containsEntry("createdAt", s("2026-11-24T07:08:21.12Z"));
        }
    }

    @Test
    void batchGet_returnsTheFoundItemsInTheOrderOfTheKeys_leavingMissingOnesOut() {
        List<Member> created = db().model(Member.class).batchCreate(members(150));
        List<Member> keys = new ArrayList<>();
        for (int i = 149; i >= 0; i--) {
            keys.add(key("m" + i));
        }
        keys.add(75, key("missing"));

        List<Member> found = db().model(Member.class).batchGet(keys);

        List<Member> expected = new ArrayList<>(created);
        java.util.Collections.reverse(expected);
        assertThat(found).isEqualTo(expected);
    }

    @Test
    void batchGet_withSelectAndConsistentRead_readsTheFieldsChosenAndTheKey() {
        db().model(Member.class).batchCreate(members(3));

        List<Member> found =
                db().model(Member.class).select("email").consistentRead().batchGet(List.of(key("m2"), key("m0")));

        assertThat(found)
                .containsExactly(
                        new Member("m2", "PROFILE", "m2@example.com", null, Set.of(), 0, null, null, null),
                        new Member("m0", "PROFILE", "m0@example.com", null, Set.of(), 0, null, null, null));
    }

    @Test
    void batchCreate_replacesExistingItems_andBatchDeleteRemovesEveryKeyGiven() {
        Model<Member> model = db().model(Member.class);
        model.create(new Member("m1", "PROFILE", "old@example.com", null, Set.of(), 0, null, null, null));
        model.batchCreate(members(40));

        model.batchDelete(List.of(key("m0"), key("m1"), key("never-stored")));

        assertThat(rawMember("m0")).isNull();
        assertThat(rawMember("m1")).isNull();
        assertThat(rawMember("m2")).containsEntry("email", s("m2@example.com"));
        assertThat(model.batchGet(members(40))).hasSize(38);
    }

    @Test
    void batchWrite_putsAndDeletesAcrossModelsAndTables() {
        db().model(Member.class).batchCreate(members(2));
        Wallet wallet = new Wallet("ada", new BigDecimal("12.50"));

        db().batchWrite(batch -> batch.put(wallet).delete(key("m0")).put(Member.of("m9", "nine@example.com")));

        assertThat(rawMember("m0")).isNull();
        assertThat(rawMember("m9")).containsEntry("version", n("0"));
        Wallet read = db().model(Wallet.class).where("owner", "=", "ada").first();
        assertThat(read.getBalance()).isEqualByComparingTo("12.50");
        assertThat(read.getVersion()).isZero();
        assertThat(read.getCreatedAt()).isEqualTo(NOW);
    }

    @Test
    void aBeanBatchCreate_setsTheStoredValuesOnTheObjectsPassedIn() {
        Wallet wallet = new Wallet("grace", BigDecimal.ONE);

        List<Wallet> created = db().model(Wallet.class).batchCreate(List.of(wallet));

        assertThat(created).containsExactly(wallet);
        assertThat(wallet.getVersion()).isZero();
        assertThat(wallet.getUpdatedAt()).isEqualTo(NOW);
    }

    @Test
    void duplicateKeys_areRefusedBeforeAnythingIsWritten() {
        List<Member> items = new ArrayList<>(members(30));
        items.add(Member.of("m3", "again@example.com"));

        assertThatThrownBy(() -> db().model(Member.class).batchCreate(items))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{id=\"m3\", sk=\"PROFILE\"}")
                .hasMessageContaining("positions 3 and 30");
        assertThat(rawMember("m0")).isNull();
    }

    @Test
    void withHalfOfEveryRequestUnprocessed_aBatchCreateAndBatchGet_stillDoEverything() {
        FaultInjectingStore faulty = FaultInjectingStore.wrap(store()).leavingUnprocessed(50);
        Model<Member> model = dbOver(faulty).model(Member.class);
        List<Member> items = members(1_000);

        model.batchCreate(items);
        List<Member> found = model.batchGet(items);

        assertThat(found)
                .extracting(Member::id)
                .containsExactlyElementsOf(items.stream().map(Member::id).toList());
        assertThat(faulty.calls(Operation.BATCH_WRITE_ITEM)).isGreaterThan(1_000 / 25);
    }

    @Test
    void whenTheBudgetRunsOut_theExceptionHandsBackExactlyTheItemsNotWritten() {
        FaultInjectingStore faulty = FaultInjectingStore.wrap(store()).leavingUnprocessed(50);
        TableTheory db = TableTheory.builder()
                .store(faulty)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .batchRetry(RetryPolicy.batchDefaults().withMaxAttempts(2).withSleeper(wait -> {}))
                .build();
        List<Member> items = members(200);

        BatchIncompleteException incomplete = catchThrowableOfType(
                BatchIncompleteException.class, () -> db.model(Member.class).batchCreate(items));

        List<String> missing =
                incomplete.unprocessed(Member.class).stream().map(Member::id).toList();
        assertThat(missing).isNotEmpty();
        for (Member item : items) {
            assertThat(rawMember(item.id()) == null)
                    .as("%s is either written or handed back, never both", item.id())
                    .isEqualTo(missing.contains(item.id()));
        }
    }
}
