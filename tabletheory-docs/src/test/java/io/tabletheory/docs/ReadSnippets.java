package io.tabletheory.docs;

import io.tabletheory.Model;
import io.tabletheory.Page;
import io.tabletheory.SortOrder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The README's reads: "Read by key", "Query" and "Pages and cursors". */
final class ReadSnippets {
    private ReadSnippets() {}

    static List<User> readByKey(Model<User> users) {
        // tag::read-by-key[]
        User user = users.where("id", "=", "u1").where("sk", "=", "PROFILE").first();   // a GetItem
        User fresh = users.consistentRead().where("id", "=", "u1").where("sk", "=", "PROFILE").first();
        // end::read-by-key[]
        return List.of(user, fresh);
    }

    /** What the query snippet found. */
    record Found(List<User> profiles, User byEmail, List<Order> spring, List<Order> open, long paid) {}

    static Found query(Model<User> users, Model<Order> orders) {
        // tag::query[]
        List<User> profiles = users.where("id", "=", "u1").all();                         // Query of the table
        User byEmail = users.where("email", "=", "ada@example.com").first();              // Query of email-index
        List<Order> spring = orders.where("customerId", "=", "c1")
                .where("placedOn", "between", List.of("2026-03-01", "2026-05-31"))       // Query of an LSI
                .orderBy(SortOrder.DESC)
                .all();
        List<Order> open = orders.where("customerId", "=", "c1")
                .filter("status", "=", "OPEN")
                .orFilterGroup(g -> g.filter("total", ">", 500).filter("status", "=", "PAID"))
                .select("orderId", "total")
                .all();
        long paid = orders.where("customerId", "=", "c1").filter("status", "=", "PAID").count();
        // end::query[]
        return new Found(profiles, byEmail, spring, open, paid);
    }

    /** What the pages snippet read. */
    record Read(List<Order> paged, List<Order> first100, BigDecimal total) {}

    static Read pages(Model<Order> orders) {
        // tag::pages[]
        Page<Order> page = orders.where("customerId", "=", "c1").limit(25).page();
        List<Order> paged = new ArrayList<>(page.items());
        while (page.hasMore()) {
            page = orders.where("customerId", "=", "c1").limit(25).cursor(page.nextCursor().orElseThrow()).page();
            paged.addAll(page.items());
        }
        List<Order> first100 = orders.where("customerId", "=", "c1").limit(100).all();   // all pages, at most 100 items
        BigDecimal total;
        try (Stream<Order> stream = orders.where("customerId", "=", "c1").stream()) {    // lazy, page by page
            total = stream.map(Order::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        // end::pages[]
        return new Read(paged, first100, total);
    }
}
