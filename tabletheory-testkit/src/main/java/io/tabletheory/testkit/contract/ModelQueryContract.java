package io.tabletheory.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.Model;
import io.tabletheory.Page;
import io.tabletheory.SortOrder;
import io.tabletheory.TableTheory;
import io.tabletheory.api.error.ResourceNotFoundException;
import io.tabletheory.api.request.ConditionFailedException;
import io.tabletheory.testkit.contract.models.Purchase;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine's reads and updates end to end: index choice, key conditions and filters, order, pages and cursors,
 * counts, scans, optimistic-lock updates, createOrUpdate and the update builder. Runs unchanged on every backend.
 */
public abstract class ModelQueryContract extends PortContract {
    private static final Instant NOW = Instant.parse("2026-11-24T07:08:21Z");

    private TableTheory db;
    private Model<Purchase> purchases;

    @BeforeEach
    void createTableWithPurchases() {
        db = TableTheory.builder()
                .store(store())
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .build();
        deleteQuietly();
        db.createTable(Purchase.class);
        awaitActive("tt-contract-purchases");
        purchases = db.model(Purchase.class);
        purchases.create(Purchase.of("c1", "o1", "2026-01-05", "OPEN", 50));
        purchases.create(Purchase.of("c1", "o2", "2026-02-10", "PAID", 120));
        purchases.create(Purchase.of("c1", "o3", "2026-03-15", "OPEN", 300));
        purchases.create(Purchase.of("c1", "o4", "2026-04-20", "PAID", 80));
        purchases.create(Purchase.of("c1", "x5", "2026-05-25", "OPEN", 999));
        purchases.create(Purchase.of("c2", "o1", "2026-01-01", "OPEN", 10));
    }

    @AfterEach
    void deleteTable() {
        deleteQuietly();
    }

    private void deleteQuietly() {
        try {
            store().deleteTable("tt-contract-purchases");
            awaitDeleted("tt-contract-purchases");
        } catch (ResourceNotFoundException absent) {
            // nothing to clean up
        }
    }

    private static List<String> orderIds(List<Purchase> found) {
        return found.stream().map(Purchase::orderId).toList();
    }

    @Test
    void aPartition_comesBackInSortKeyOrder_andReversedOnRequest() {
        assertThat(orderIds(purchases.where("customerId", "=", "c1").all()))
                .containsExactly("o1", "o2", "o3", "o4", "x5");
        assertThat(orderIds(purchases
                        .where("customerId", "=", "c1")
                        .orderBy(SortOrder.DESC)
                        .all()))
                .containsExactly("x5", "o4", "o3", "o2", "o1");
    }

    @Test
    void sortKeyConditions_narrowThePartition() {
        assertThat(orderIds(purchases
                        .where("customerId", "=", "c1")
                        .where("orderId", "begins_with", "o")
                        .all()))
                .containsExactly("o1", "o2", "o3", "o4");
        assertThat(orderIds(purchases
                        .where("customerId", "=", "c1")
                        .where("orderId", "between", List.of("o2", "o3"))
                        .all()))
                .containsExactly("o2", "o3");
    }

    @Test
    void aLocalIndex_isQueriedByItsSortKey() {
        List<Purchase> spring = purchases
                .where("customerId", "=", "c1")
                .where("placedOn", "between", List.of("2026-02-01", "2026-04-30"))
                .all();

        assertThat(orderIds(spring)).containsExactly("o2", "o3", "o4");
    }

    @Test
    void aGlobalIndex_isQueriedByItsKeys() {
        List<Purchase> bigOpen =
                purchases.where("status", "=", "OPEN").where("total", ">=", 100).all();

        assertThat(bigOpen).extracting(Purchase::total).containsExactly(new BigDecimal("300"), new BigDecimal("999"));
    }

    @Test
    void filtersAndGroups_applyAfterTheKeyCondition() {
        List<Purchase> found = purchases
                .where("customerId", "=", "c1")
                .filter("status", "=", "PAID")
                .orFilterGroup(group -> group.filter("total", ">", 500).filter("status", "=", "OPEN"))
                .all();

        assertThat(orderIds(found)).containsExactly("o2", "o4", "x5");
    }

    @Test
    void pages_chainedByCursor_visitEveryItemOnce() {
        List<String> seen = new ArrayList<>();
        Page<Purchase> page = purchases.where("customerId", "=", "c1").limit(2).page();
        seen.addAll(orderIds(page.items()));
        while (page.hasMore()) {
            page = purchases
                    .where("customerId", "=", "c1")
                    .limit(2)
                    .cursor(page.nextCursor().orElseThrow())
                    .page();
            seen.addAll(orderIds(page.items()));
        }

        assertThat(seen).containsExactly("o1", "o2", "o3", "o4", "x5");
    }

    @Test
    void aCursorOfOneQuery_isRefusedByAnotherIndex() {
        Page<Purchase> page = purchases.where("customerId", "=", "c1").limit(1).page();

        assertThatThrownBy(() -> purchases
                        .where("status", "=", "OPEN")
                        .cursor(page.nextCursor().orElseThrow())
                        .page())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid cursor");
    }

    @Test
    void allWithALimit_andStream_readOnlyWhatTheyNeed() {
        assertThat(orderIds(purchases.where("customerId", "=", "c1").limit(3).all()))
                .containsExactly("o1", "o2", "o3");
        try (Stream<Purchase> stream = purchases.where("customerId", "=", "c1").stream()) {
            assertThat(stream.map(Purchase::orderId)
                            .filter(id -> id.startsWith("x"))
                            .findFirst())
                    .contains("x5");
        }
    }

    @Test
    void count_countsMatchingItemsAcrossPages() {
        assertThat(purchases.where("customerId", "=", "c1").count()).isEqualTo(5);
        assertThat(purchases
                        .where("customerId", "=", "c1")
                        .filter("status", "=", "OPEN")
                        .count())
                .isEqualTo(3);
    }

    @Test
    void scans_readTheWholeTable_inParallelSegmentsToo() {
        assertThat(purchases.where("total", "<", 60).scan())
                .extracting(purchase -> purchase.customerId() + "/" + purchase.orderId())
                .containsExactlyInAnyOrder("c1/o1", "c2/o1");
        assertThat(purchases.scanAllSegments(3)).hasSize(6);
    }

    @Test
    void update_bumpsTheVersion_andAStaleCopyFails() {
        Purchase stored = purchases
                .where("customerId", "=", "c1")
                .where("orderId", "=", "o1")
                .first();
        Purchase changed = new Purchase(
                "c1",
                "o1",
                stored.placedOn(),
                "PAID",
                stored.total(),
                "gift",
                Set.of(),
                List.of(),
                0,
                stored.version(),
                null,
                null);

        Purchase updated = purchases.update(changed, "status", "note");

        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.status()).isEqualTo("PAID");
        assertThat(updated.note()).isEqualTo("gift");
        assertThat(updated.updatedAt()).isEqualTo(NOW);
        ConditionFailedException stale = org.assertj.core.api.Assertions.catchThrowableOfType(
                ConditionFailedException.class, () -> purchases.update(changed, "note"));
        assertThat(stale).isNotNull();
        assertThat(purchases.storedItem(stale)).map(Purchase::version).contains(1L);
    }

    @Test
    void createOrUpdate_createsThenUpdates_keepingCreatedAt() {
        Purchase created = purchases.createOrUpdate(Purchase.of("c3", "o1", "2026-06-01", "OPEN", 5));
        assertThat(created.version()).isZero();
        assertThat(created.createdAt()).isEqualTo(NOW);

        Purchase updated = purchases.createOrUpdate(Purchase.of("c3", "o1", "2026-06-01", "PAID", 5));
        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.status()).isEqualTo("PAID");
        assertThat(updated.createdAt()).isEqualTo(NOW);
    }

    @Test
    void theUpdateBuilder_changesCountersSetsAndLists_atomically() {
        Model<Purchase> o1 = purchases.where("customerId", "=", "c1").where("orderId", "=", "o1");

        o1.updateBuilder()
                .increment("views")
                .add("tags", Set.of("a", "b"))
                .appendToList("lines", List.of("x", "y"))
                .execute();
        Purchase after = o1.updateBuilder()
                .increment("views")
                .delete("tags", "a")
                .prependToList("lines", List.of("w"))
                .execute()
                .orElseThrow();

        assertThat(after.views()).isEqualTo(2);
        assertThat(after.tags()).containsExactly("b");
        assertThat(after.lines()).containsExactly("w", "x", "y");
        assertThat(after.version()).isEqualTo(2);

        Purchase trimmed = o1.updateBuilder()
                .removeFromListAt("lines", 0)
                .setListElement("lines", 1, "z")
                .condition("views", "=", 2)
                .execute()
                .orElseThrow();
        // Both indexes address the list as it was before the update: [w, x, y] -> set [1] -> remove [0].
        assertThat(trimmed.lines()).containsExactly("z", "y");

        assertThatThrownBy(() -> o1.updateBuilder()
                        .decrement("views")
                        .condition("views", ">", 100)
                        .execute())
                .isInstanceOf(ConditionFailedException.class);
    }
}
