package io.tabletheory.examples;

import io.tabletheory.TableTheory;
import io.tabletheory.api.error.ResourceNotFoundException;
import io.tabletheory.api.table.TableStatus;
import java.time.Instant;

/**
 * The demo's tables: created from models and waited for, deleted at the end, and any left over from an interrupted
 * earlier run dropped first. Waiting is instant on the emulator and a local endpoint, seconds on AWS.
 */
final class DemoTables {
    private final TableTheory db;
    private final Narration narration;

    DemoTables(TableTheory db, Narration narration) {
        this.db = db;
        this.narration = narration;
    }

    /** Drops the model's table if an earlier run left it behind. */
    void dropLeftover(Class<?> model) {
        String tableName = db.model(model).tableName();
        try {
            db.store().deleteTable(tableName);
            awaitStatus(tableName, false);
            narration.note("(deleted table " + tableName + " left over from an earlier run)");
        } catch (ResourceNotFoundException absent) {
            // a clean start
        }
    }

    /** Creates the model's table and waits until it is ACTIVE. */
    void create(Class<?> model) {
        db.createTable(model);
        awaitStatus(db.model(model).tableName(), true);
    }

    /** Deletes the model's table and waits until it is gone. */
    void delete(Class<?> model) {
        db.deleteTable(model);
        awaitStatus(db.model(model).tableName(), false);
    }

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
}
