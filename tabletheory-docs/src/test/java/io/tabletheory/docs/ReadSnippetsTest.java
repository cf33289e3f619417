package io.tabletheory.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.Model;
import io.tabletheory.TableTheory;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** "Read by key", "Query" and "Pages and cursors" on the in-memory store. */
class ReadSnippetsTest {
    private final TableTheory db =
            TableTheory.builder().store(InMemoryDynamoStore.create()).build();
    private final Model<User> users = db.model(User.class);
    private final Model<Order> orders = db.model(Order.class);

    ReadSnippetsTest() {
        db.createTable(User.class);
        db.createTable(Order.class);
    }

    @Test
    void readByKey_findsTheProfile_eventuallyAndStronglyConsistent() {
        users.create(Samples.user("u1", "ada@example.com"));

        assertThat(ReadSnippets.readByKey(users))
                .extracting(User::email)
                .containsExactly("ada@example.com", "ada@example.com");
    }

    @Test
    void query_usesTheTableTheIndexesAndFilters() {
        users.create(Samples.user("u1", "ada@example.com"));
        orders.create(Samples.order("o1", "2026-02-10", "OPEN", 100));
        orders.create(Samples.order("o2", "2026-03-15", "PAID", 700));
        orders.create(Samples.order("o3", "2026-04-20", "PAID", 200));
        orders.create(Samples.order("o4", "2026-06-01", "VOID", 900));

        ReadSnippets.Found found = ReadSnippets.query(users, orders);

        assertThat(found.profiles()).extracting(User::id).containsExactly("u1");
        assertThat(found.byEmail().id()).isEqualTo("u1");
        assertThat(found.spring()).extracting(Order::orderId).containsExactly("o3", "o2");
        assertThat(found.open()).extracting(Order::orderId).containsExactly("o1", "o2");
        assertThat(found.open()).allSatisfy(order -> assertThat(order.status()).isNull());
        assertThat(found.paid()).isEqualTo(2);
    }

    @Test
    void pages_readEveryOrderOnce_byCursor_byLimit_andAsAStream() {
        IntStream.range(0, 120)
                .forEach(n -> orders.create(Samples.order(String.format("o%03d", n), "2026-01-01", "OPEN", 1)));

        ReadSnippets.Read read = ReadSnippets.pages(orders);

        assertThat(read.paged()).hasSize(120).doesNotHaveDuplicates();
        assertThat(read.first100()).hasSize(100);
        assertThat(read.total()).isEqualByComparingTo(BigDecimal.valueOf(120));
        assertThat(read.paged()).extracting(Order::orderId).isSorted();
        assertThat(List.copyOf(read.first100())).isEqualTo(read.paged().subList(0, 100));
    }
}
