package io.tabletheory.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.Model;
import io.tabletheory.TableTheory;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import io.tabletheory.testkit.contract.models.Account;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** "Batches": creates, gets in key order leaving the missing out, deletes, writes across tables, the encoding. */
class BatchSnippetsTest {
    private final TableTheory db =
            TableTheory.builder().store(InMemoryDynamoStore.create()).build();
    private final Model<User> users = db.model(User.class);

    BatchSnippetsTest() {
        db.createTable(User.class);
        db.createTable(Order.class);
        db.createTable(Account.class);
    }

    @Test
    void batches_doWhatTheirCommentsSay() {
        List<User> newUsers = IntStream.range(0, 30)
                .mapToObj(n -> Samples.user("u" + n, "u" + n + "@example.com"))
                .toList();
        Order cancelled = db.model(Order.class).create(Samples.order("o0", "2026-01-01", "VOID", 5));
        List<User> keys = List.of(Samples.user("u2", null), Samples.user("missing", null), Samples.user("u1", null));

        BatchSnippets.Batches result = BatchSnippets.batches(
                db,
                users,
                newUsers,
                keys,
                newUsers.subList(20, 30),
                Samples.order("o1", "2026-01-02", "OPEN", 10),
                Account.open("a1", 100),
                cancelled,
                newUsers.get(0));

        assertThat(result.stored()).hasSize(30).allSatisfy(user -> assertThat(user.version())
                .isZero());
        assertThat(result.found()).extracting(User::id).containsExactly("u2", "u1");
        assertThat(users.scan()).hasSize(20);
        assertThat(db.model(Order.class).scan()).extracting(Order::orderId).containsExactly("o1");
        assertThat(db.model(Account.class).scan()).extracting(Account::id).containsExactly("a1");
        assertThat(result.item())
                .containsEntry("id", AttributeValue.ofString("u0"))
                .doesNotContainKey("nickname");
        assertThat(users.fromItem(result.item()).email()).isEqualTo("u0@example.com");
    }
}
