package io.tabletheory.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.TableTheory;
import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.table.ListTablesRequest;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import io.tabletheory.testkit.contract.models.Member;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

class TableTheoryExtensionTest {
    private static final Instant NOW = Instant.parse("2026-11-24T07:08:21Z");

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class InAnInstanceField {
        @RegisterExtension
        final TableTheoryExtension tables =
                TableTheoryExtension.inMemory().withModels(Member.class).withClock(Clock.fixed(NOW, ZoneOffset.UTC));

        @Test
        @Order(1)
        void createsTheModelTables_andStampsWithTheGivenClock(TableTheory db) {
            Member created = db.model(Member.class).create(Member.of("m1", "a@example.com"));

            assertThat(created.createdAt()).isEqualTo(NOW);
            assertThat(db.store().listTables(ListTablesRequest.firstPage()).tableNames())
                    .containsExactly("tt-contract-members");
        }

        @Test
        @Order(2)
        void givesEveryTestAnEmptyStore() {
            assertThatThrownBy(() -> tables.tableTheory()
                            .model(Member.class)
                            .where("id", "=", "m1")
                            .where("sk", "=", "PROFILE")
                            .first())
                    .hasMessageContaining("no Member");
        }

        @Test
        void injectsTheStoreUnderEachOfItsTypes(TableTheory db, InMemoryDynamoStore dynamo, DynamoStore store) {
            assertThat(db.store()).isSameAs(dynamo).isSameAs(store).isSameAs(tables.store());
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class InAnInstanceFieldWithOneInstanceForTheClass {
        @RegisterExtension
        final TableTheoryExtension tables = TableTheoryExtension.inMemory().withModels(Member.class);

        @Test
        @Order(1)
        void writes(TableTheory db) {
            db.model(Member.class).create(Member.of("m1", "a@example.com"));
        }

        @Test
        @Order(2)
        void stillGivesEveryTestAnEmptyStore(TableTheory db) {
            assertThat(db.model(Member.class).scan()).isEmpty();
            assertThat(tables.tableTheory()).isSameAs(db);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @Execution(ExecutionMode.CONCURRENT)
    class InParallel {
        private final Set<TableTheory> seen = ConcurrentHashMap.newKeySet();

        @RegisterExtension
        final TableTheoryExtension tables = TableTheoryExtension.inMemory().withModels(Member.class);

        @RepeatedTest(60)
        void everyTestHasItsOwnStore(TableTheory db, RepetitionInfo repetition) {
            assertThat(seen.add(db)).as("a TableTheory no other test received").isTrue();
            String id = "m" + repetition.getCurrentRepetition();
            db.model(Member.class).create(Member.of(id, id + "@example.com"));

            assertThat(db.model(Member.class).scan()).extracting(Member::id).containsExactly(id);
            assertThat(tables.tableTheory()).isSameAs(db);
        }
    }

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class SharedWhenAsked {
        @RegisterExtension
        final TableTheoryExtension tables =
                TableTheoryExtension.inMemory().withModels(Member.class).sharedAcrossTests();

        @Test
        @Order(1)
        void writes(TableTheory db) {
            db.model(Member.class).create(Member.of("shared", "a@example.com"));
        }

        @Test
        @Order(2)
        void sharesTheStoreAcrossTheClass(TableTheory db) {
            assertThat(db.model(Member.class).scan()).extracting(Member::id).containsExactly("shared");
        }
    }

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class InAStaticField {
        @RegisterExtension
        static final TableTheoryExtension TABLES =
                TableTheoryExtension.inMemory().withModels(Member.class);

        @Test
        @Order(1)
        void writes(TableTheory db) {
            db.model(Member.class).create(Member.of("shared", "a@example.com"));
        }

        @Test
        @Order(2)
        void sharesTheStoreAcrossTheClass(TableTheory db) {
            assertThat(db.model(Member.class)
                            .where("id", "=", "shared")
                            .where("sk", "=", "PROFILE")
                            .first()
                            .email())
                    .isEqualTo("a@example.com");
        }
    }

    @Nested
    @ExtendWith(TableTheoryExtension.class)
    @TableTheoryModels(Member.class)
    class Declaratively {
        @Test
        void createsTheTablesOfTheAnnotatedModels(TableTheory db) {
            assertThat(db.store().listTables(ListTablesRequest.firstPage()).tableNames())
                    .containsExactly("tt-contract-members");
        }
    }

    @Test
    void configuration_returnsNewExtensions() {
        TableTheoryExtension plain = TableTheoryExtension.inMemory();

        assertThat(plain.withModels(Member.class)).isNotSameAs(plain);
        assertThat(plain.withClock(Clock.systemUTC())).isNotSameAs(plain);
    }

    @Test
    void outsideATest_theExtensionSaysHowToUseIt() {
        assertThatThrownBy(() -> TableTheoryExtension.inMemory().tableTheory())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("@RegisterExtension");
    }
}
