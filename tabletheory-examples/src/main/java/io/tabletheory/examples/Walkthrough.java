package io.tabletheory.examples;

import io.tabletheory.Model;
import io.tabletheory.Page;
import io.tabletheory.TableTheory;
import io.tabletheory.api.error.ItemNotFoundException;
import io.tabletheory.api.request.ConditionFailedException;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.table.SecondaryIndex;
import io.tabletheory.api.table.TableDescription;
import io.tabletheory.api.value.AttributeValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The demo's steps, on any backend: tables from models, conditional creates, reads by key, the stored encoding, an
 * optimistic-lock conflict and its retry, an atomic counter, an index query beside an accidental scan, pages with
 * cursors, and version-checked deletes. Prints each step, its result, and the DynamoDB operations it became.
 */
final class Walkthrough {
    private final TableTheory db;
    private final Narration narration;
    private final DemoTables tables;

    Walkthrough(TableTheory db, Narration narration) {
        this.db = db;
        this.narration = narration;
        this.tables = new DemoTables(db, narration);
    }

    void run() {
        Model<DemoUser> users = db.model(DemoUser.class);
        Model<DemoOrder> orders = db.model(DemoOrder.class);
        tables.dropLeftover(DemoUser.class);
        tables.dropLeftover(DemoOrder.class);

        title("Create the tables from the models' annotations");
        tables.create(DemoUser.class);
        tables.create(DemoOrder.class);
        TableDescription table = db.store().describeTable(users.tableName());
        result("table " + table.tableName() + ": partition key " + table.partitionKey() + ", sort key "
                + table.sortKey().orElse("none") + ", global indexes "
                + table.globalSecondaryIndexes().stream()
                        .map(SecondaryIndex::indexName)
                        .toList()
                + ", time to live on expiresAt");
        result("table " + orders.tableName() + ": partition key customerId, sort key orderId");

        title("Create a user, only if no item has its key (ifNotExists)");
        DemoUser ada = new DemoUser(
                "user-1",
                "PROFILE",
                "ada@example.com",
                null,
                Set.of("admin", "ops"),
                0,
                0,
                null,
                null,
                Instant.now().plusSeconds(86_400).getEpochSecond());
        DemoUser stored = users.ifNotExists().create(ada);
        result("stored with version " + stored.version() + ", createdAt " + stored.createdAt() + ", updatedAt "
                + stored.updatedAt());
        operations();

        title("Create the same key again with ifNotExists: the condition protects the first write");
        try {
            users.ifNotExists()
                    .create(new DemoUser(
                            "user-1", "PROFILE", "impostor@example.com", null, Set.of(), 0, 0, null, null, null));
            result("unexpected: the second create succeeded");
        } catch (ConditionFailedException expected) {
            result("ConditionFailedException: " + expected.getMessage());
        }
        operations();

        title("Read it back by its full key");
        DemoUser read =
                users.where("id", "=", "user-1").where("sk", "=", "PROFILE").first();
        result(read.toString());
        result("equal to what create returned: " + read.equals(stored));
        operations();

        title("How it is stored: the encodings the Go, TypeScript and Python SDKs share");
        Map<String, AttributeValue> raw = db.store()
                .getItem(GetItemRequest.builder(
                                users.tableName(),
                                Map.of(
                                        "id",
                                        AttributeValue.ofString("user-1"),
                                        "sk",
                                        AttributeValue.ofString("PROFILE")))
                        .consistentRead(true)
                        .build())
                .item()
                .orElseThrow();
        new TreeMap<>(raw).forEach((name, value) -> result(name + " = " + value));
        result("(nickname is @OmitEmpty and null, so it is not stored at all)");
        narration.skipOperations();

        title("Optimistic locking: two copies of version 0, two updates");
        DemoUser first = withNickname(read, "ada");
        DemoUser second = withNickname(read, "countess");
        DemoUser updated = users.update(first, "nickname");
        result("the first update wins: nickname " + updated.nickname() + ", version " + updated.version());
        try {
            users.update(second, "nickname");
            result("unexpected: the stale update succeeded");
        } catch (ConditionFailedException conflict) {
            DemoUser current = users.storedItem(conflict).orElseThrow();
            result("the second fails (ConditionFailedException); the stored item is at version " + current.version());
            DemoUser retried = users.update(withNickname(current, "countess"), "nickname");
            result("retry on the fresh copy: nickname " + retried.nickname() + ", version " + retried.version());
        }
        operations();

        title("An atomic counter: no read, no lost update");
        for (int login = 0; login < 3; login++) {
            users.where("id", "=", "user-1")
                    .where("sk", "=", "PROFILE")
                    .updateBuilder()
                    .increment("logins")
                    .execute();
        }
        result("logins after three increments: "
                + users.where("id", "=", "user-1")
                        .where("sk", "=", "PROFILE")
                        .first()
                        .logins());
        operations();

        title("Find by email: the condition matches the email-index, so it is a Query");
        DemoUser byEmail = users.where("email", "=", "ada@example.com").first();
        result("found " + byEmail.id());
        operations();

        title("Find by nickname: no key matches, so it is a Scan (TableTheory logs a warning, once per call site)");
        List<DemoUser> byNickname = users.where("nickname", "=", "countess").all();
        result("found " + byNickname.size() + " user(s)");
        operations();

        title("Page through a customer's orders, three at a time, with cursors");
        for (int number = 1; number <= 7; number++) {
            orders.create(new DemoOrder("user-1", "order-" + number, BigDecimal.valueOf(number * 10L)));
        }
        narration.skipOperations();
        Page<DemoOrder> page =
                orders.where("customerId", "=", "user-1").limit(3).page();
        int pageNumber = 1;
        while (true) {
            result("page " + pageNumber + ": "
                    + page.items().stream().map(DemoOrder::orderId).toList()
                    + (page.hasMore()
                            ? ", next cursor " + abbreviate(page.nextCursor().orElseThrow())
                            : ", last page"));
            if (!page.hasMore()) {
                break;
            }
            page = orders.where("customerId", "=", "user-1")
                    .limit(3)
                    .cursor(page.nextCursor().orElseThrow())
                    .page();
            pageNumber++;
        }
        result("orders counted: " + orders.where("customerId", "=", "user-1").count());
        operations();

        title("Delete the user, checked against the version we hold");
        DemoUser latest =
                users.where("id", "=", "user-1").where("sk", "=", "PROFILE").first();
        try {
            users.delete(read);
            result("unexpected: a stale copy deleted the user");
        } catch (ConditionFailedException stale) {
            result("a stale copy (version " + read.version() + ") cannot: ConditionFailedException");
        }
        users.delete(latest);
        try {
            users.where("id", "=", "user-1").where("sk", "=", "PROFILE").first();
            result("unexpected: the item is still there");
        } catch (ItemNotFoundException expected) {
            result("the current copy (version " + latest.version() + ") can; then: ItemNotFoundException: "
                    + expected.getMessage());
        }

        title("Delete the tables");
        tables.delete(DemoUser.class);
        tables.delete(DemoOrder.class);
        result("deleted " + users.tableName() + " and " + orders.tableName());
    }

    private static DemoUser withNickname(DemoUser user, String nickname) {
        return new DemoUser(
                user.id(),
                user.sk(),
                user.email(),
                nickname,
                user.tags(),
                user.logins(),
                user.version(),
                user.createdAt(),
                user.updatedAt(),
                user.expiresAt());
    }

    private static String abbreviate(String cursor) {
        return cursor.length() <= 24 ? cursor : cursor.substring(0, 24) + "...";
    }

    private void operations() {
        narration.operations();
    }

    private void title(String text) {
        narration.title(text);
    }

    private void result(String text) {
        narration.result(text);
    }
}
