package io.tabletheory.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.Model;
import io.tabletheory.TableTheory;
import io.tabletheory.api.error.ValidationException;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** "Conditional create", "Updates and optimistic locking", "Atomic updates": what their comments say happens. */
class WriteSnippetsTest {
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private final TableTheory db = TableTheory.builder()
            .store(InMemoryDynamoStore.create())
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .build();
    private final Model<User> users = db.model(User.class);

    WriteSnippetsTest() {
        db.createTable(User.class);
    }

    @Test
    void conditionalCreate_storesVersion0AndTimestamps_refusesTheSecond_andReplacesWithoutCondition() {
        WriteSnippets.ConditionalCreate result =
                WriteSnippets.conditionalCreate(db, Samples.user("u1", "a@example.com"));

        assertThat(result.stored().version()).isZero();
        assertThat(result.stored().createdAt())
                .isEqualTo(NOW)
                .isEqualTo(result.stored().updatedAt());
        assertThat(result.refused()).hasSize(1);
        assertThat(result.replaced().version()).isZero();
        assertThat(users.scan()).hasSize(1);
    }

    @Test
    void updates_raiseTheVersion_retryAStaleCopyOnTheFreshItem_andUpsert() {
        User created = users.create(Samples.user("u1", "a@example.com"));

        WriteSnippets.Updates result = WriteSnippets.updates(users, Samples.withNickname(created, "grace"), created);

        assertThat(result.updated().version()).isEqualTo(1);
        assertThat(result.updated().nickname()).isEqualTo("grace");
        assertThat(result.saved().createdAt()).isEqualTo(created.createdAt());
        assertThat(result.saved().version()).isEqualTo(3);
        assertThat(result.saved().nickname()).isEqualTo("grace");
    }

    @Test
    void atomicUpdates_countAddRemoveAppendAndReturnTheNewValues() {
        users.create(Samples.user("u1", "a@example.com"));

        Optional<User> returned = WriteSnippets.atomicUpdates(users);

        User stored = users.where("id", "=", "u1").where("sk", "=", "PROFILE").first();
        assertThat(stored.logins()).isEqualTo(1);
        assertThat(stored.tags()).containsExactly("beta");
        assertThat(stored.history()).containsExactly("signed-in");
        assertThat(stored.nickname()).isEqualTo("new user");
        assertThat(stored.version()).isEqualTo(3);
        assertThat(returned).get().satisfies(user -> {
            assertThat(user.tags()).containsExactly("beta");
            assertThat(user.history()).isEqualTo(List.of("signed-in"));
        });
    }

    @Test
    void addAndDeleteOfOneSet_inOneUpdate_isRefused_whichIsWhyTheSnippetTakesTwo() {
        users.create(Samples.user("u1", "a@example.com"));
        Model<User> u1 = users.where("id", "=", "u1").where("sk", "=", "PROFILE");

        assertThatThrownBy(() -> u1.updateBuilder()
                        .add("tags", Set.of("beta"))
                        .delete("tags", Set.of("alpha"))
                        .execute())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("overlap");
    }
}
