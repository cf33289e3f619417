package io.tabletheory.examples;

import io.tabletheory.Model;
import io.tabletheory.TableTheory;
import io.tabletheory.api.error.ConditionFailedException;
import io.tabletheory.api.error.ItemNotFoundException;
import io.tabletheory.api.error.ResourceNotFoundException;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.table.SecondaryIndex;
import io.tabletheory.api.table.TableDescription;
import io.tabletheory.api.table.TableStatus;
import io.tabletheory.api.value.AttributeValue;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The demo's steps, on any backend: create a table from a model, create an item twice under a condition, read it
 * back, show how it is stored, delete it under its version. Prints each step and its result.
 */
final class Walkthrough {
    private final TableTheory db;
    private final PrintStream out;
    private int step;

    Walkthrough(TableTheory db, PrintStream out) {
        this.db = db;
        this.out = out;
    }

    void run() {
        Model<DemoUser> users = db.model(DemoUser.class);
        dropLeftoverTable(users.tableName());

        title("Create the table from the model's annotations");
        TableDescription table = db.createTable(DemoUser.class);
        awaitStatus(users.tableName(), true);
        result("table " + table.tableName() + ": partition key " + table.partitionKey() + ", sort key "
                + table.sortKey().orElse("none") + ", global indexes "
                + table.globalSecondaryIndexes().stream()
                        .map(SecondaryIndex::indexName)
                        .toList()
                + ", time to live on expiresAt");

        title("Create a user, only if no item has its key (ifNotExists)");
        DemoUser ada = new DemoUser(
                "user-1",
                "PROFILE",
                "ada@example.com",
                null,
                Set.of("admin", "ops"),
                0,
                null,
                null,
                Instant.now().plusSeconds(86_400).getEpochSecond());
        DemoUser stored = users.ifNotExists().create(ada);
        result("stored with version " + stored.version() + ", createdAt " + stored.createdAt() + ", updatedAt "
                + stored.updatedAt());

        title("Create the same key again with ifNotExists: the condition protects the first write");
        try {
            users.ifNotExists()
                    .create(new DemoUser(
                            "user-1", "PROFILE", "impostor@example.com", null, Set.of(), 0, null, null, null));
            result("unexpected: the second create succeeded");
        } catch (ConditionFailedException expected) {
            result("ConditionFailedException: " + expected.getMessage());
        }

        title("Read it back by its full key (a GetItem)");
        DemoUser read =
                users.where("id", "=", "user-1").where("sk", "=", "PROFILE").first();
        result(read.toString());
        result("equal to what create returned: " + read.equals(stored));

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

        title("Delete it, checked against the version we hold");
        users.delete(read);
        try {
            users.where("id", "=", "user-1").where("sk", "=", "PROFILE").first();
            result("unexpected: the item is still there");
        } catch (ItemNotFoundException expected) {
            result("ItemNotFoundException: " + expected.getMessage());
        }

        title("Delete the table");
        db.deleteTable(DemoUser.class);
        awaitStatus(users.tableName(), false);
        result("deleted " + users.tableName());
    }

    private void dropLeftoverTable(String tableName) {
        try {
            db.store().deleteTable(tableName);
            awaitStatus(tableName, false);
            out.println("(deleted table " + tableName + " left over from an earlier run)");
        } catch (ResourceNotFoundException absent) {
            // a clean start
        }
    }

    /**
     * Waits until the table is ACTIVE (or gone): instant on the emulator and DynamoDB Local, seconds on AWS, where
     * tables are created and deleted asynchronously.
     */
    private void awaitStatus(String tableName, boolean active) {
        Instant deadline = Instant.now().plusSeconds(180);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (db.store().describeTable(tableName).tableStatus() == TableStatus.ACTIVE && active) {
                    return;
                }
            } catch (ResourceNotFoundException gone) {
                if (!active) {
                    return;
                }
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for table " + tableName, interrupted);
            }
        }
        throw new IllegalStateException(
                "table " + tableName + " did not become " + (active ? "ACTIVE" : "deleted") + " within 3 minutes");
    }

    private void title(String text) {
        step++;
        out.println();
        out.println(step + ". " + text);
    }

    private void result(String text) {
        out.println("   " + text);
    }
}
