package io.tabletheory.aws.differential;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.PageResult;
import io.tabletheory.api.request.ScanRequest;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.testkit.contract.Backend;
import io.tabletheory.testkit.contract.DynamoErrors;
import io.tabletheory.testkit.contract.KnownDivergences;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies one sequence to a fresh table on the emulator and on DynamoDB Local, compares every step's {@link Outcome}
 * and then the whole contents of the table and of both indexes, and reports the first {@link Mismatch}. Both tables
 * are deleted afterwards.
 *
 * <p>One recorded behavioural divergence cannot be kept out of the sequences by the generator, because it depends
 * on the state: an update that only REMOVEs or DELETEs, of an item that does not exist ({@link
 * KnownDivergences#UPDATE_OF_MISSING_ITEM_WITHOUT_SET_OR_ADD}). There the runner asserts DynamoDB's behaviour on the
 * emulator (no item, no attributes) and DynamoDB Local's recorded behaviour on Local (a key-only item, or the
 * invalid-document-path error for a nested path), then deletes Local's stray item so the tables stay comparable.
 */
final class DifferentialRunner {
    private static final String INVALID_PATH =
            "The document path provided in the update expression is invalid for update";

    private final DynamoStore emulator;
    private final DynamoStore local;
    private int steps;
    private int failedOnBoth;
    private int adapted;
    private int transactions;
    private int cancelled;

    DifferentialRunner(DynamoStore emulator, DynamoStore local) {
        this.emulator = emulator;
        this.local = local;
    }

    /** Runs {@code steps} on both backends; the first disagreement, or empty when they agree throughout. */
    Optional<Mismatch> run(List<Step> steps) {
        String emulatorTable = Schema.uniqueTableName();
        String localTable = Schema.uniqueTableName();
        emulator.createTable(Schema.createTable(emulatorTable));
        local.createTable(Schema.createTable(localTable));
        try {
            for (int i = 0; i < steps.size(); i++) {
                Optional<Mismatch> mismatch = step(steps, i, emulatorTable, localTable);
                if (mismatch.isPresent()) {
                    return mismatch;
                }
            }
            return finalContents(steps, emulatorTable, localTable);
        } finally {
            emulator.deleteTable(emulatorTable);
            local.deleteTable(localTable);
        }
    }

    private Optional<Mismatch> step(List<Step> steps, int index, String emulatorTable, String localTable) {
        Step step = steps.get(index);
        Step onEmulator = step.onTable(emulatorTable);
        Step onLocal = step.onTable(localTable);
        boolean updateOfMissingItem = step instanceof Step.Update update
                && update.onlyRemovesOrDeletes()
                && read(emulator, emulatorTable, update.request().key()).isEmpty()
                && read(local, localTable, update.request().key()).isEmpty();
        Outcome mine = Executor.run(emulator, onEmulator);
        Outcome theirs = Executor.run(local, onLocal);
        this.steps++;
        if (mine instanceof Outcome.Failed && theirs instanceof Outcome.Failed) {
            failedOnBoth++;
        }
        if (step instanceof Step.TransactWrite || step instanceof Step.TransactGet) {
            transactions++;
            if (mine instanceof Outcome.Failed failed && !failed.reasons().isEmpty()) {
                cancelled++;
            }
        }
        if (updateOfMissingItem && mine instanceof Outcome.Succeeded succeeded) {
            Map<String, AttributeValue> key = ((Step.Update) step).request().key();
            adapted++;
            return updateOfMissingItem(steps, index, succeeded, theirs, key, emulatorTable, localTable);
        }
        return Comparison.difference(step, mine, theirs)
                .map(difference -> new Mismatch(steps, index, difference, mine, theirs));
    }

    /** The recorded divergence: DynamoDB creates nothing; DynamoDB Local creates the key or refuses a nested path. */
    private Optional<Mismatch> updateOfMissingItem(
            List<Step> steps,
            int index,
            Outcome.Succeeded mine,
            Outcome theirs,
            Map<String, AttributeValue> key,
            String emulatorTable,
            String localTable) {
        KnownDivergences.Behaviour behaviour = KnownDivergences.UPDATE_OF_MISSING_ITEM_WITHOUT_SET_OR_ADD;
        if (mine.item().isPresent() || read(emulator, emulatorTable, key).isPresent()) {
            return Optional.of(new Mismatch(
                    steps,
                    index,
                    "the emulator must create nothing and return nothing (" + behaviour.awsBehaviour() + ")",
                    mine,
                    theirs));
        }
        if (!KnownDivergences.shows(Backend.DYNAMODB_LOCAL, behaviour)) {
            return Comparison.difference(steps.get(index), mine, theirs)
                    .map(difference -> new Mismatch(steps, index, difference, mine, theirs));
        }
        boolean refusedPath = theirs instanceof Outcome.Failed failed
                && failed.type() == ValidationException.class
                && DynamoErrors.sameMessage(INVALID_PATH, failed.message());
        Optional<Map<String, AttributeValue>> created = read(local, localTable, key);
        boolean createdKey = theirs instanceof Outcome.Succeeded
                && created.isPresent()
                && created.get().equals(key);
        if (!refusedPath && !createdKey && !theirs.equals(mine)) {
            return Optional.of(new Mismatch(
                    steps,
                    index,
                    "DynamoDB Local neither behaved as DynamoDB nor as recorded (" + behaviour.localBehaviour() + ")",
                    mine,
                    theirs));
        }
        if (created.isPresent()) {
            local.deleteItem(DeleteItemRequest.builder(localTable, key).build());
        }
        return Optional.empty();
    }

    /**
     * How many steps ran, how many failed on both backends, how many met a recorded divergence, how many were
     * transactions and how many of those the emulator cancelled.
     */
    String statistics() {
        return steps + " steps, " + failedOnBoth + " refused by both, " + adapted
                + " updates of missing items only removing (recorded divergence), " + transactions
                + " transactions (" + cancelled + " cancelled)";
    }

    private Optional<Mismatch> finalContents(List<Step> steps, String emulatorTable, String localTable) {
        for (String index : new String[] {null, Schema.GSI, Schema.LSI}) {
            List<Map<String, AttributeValue>> mine = scanAll(emulator, emulatorTable, index);
            List<Map<String, AttributeValue>> theirs = scanAll(local, localTable, index);
            Optional<String> difference = Comparison.contents(mine, theirs);
            if (difference.isPresent()) {
                String what = index == null ? "table contents" : "contents of index " + index;
                return Optional.of(new Mismatch(steps, -1, what + " differ: " + difference.get(), mine, theirs));
            }
        }
        return Optional.empty();
    }

    private static Optional<Map<String, AttributeValue>> read(
            DynamoStore store, String table, Map<String, AttributeValue> key) {
        return store.getItem(
                        GetItemRequest.builder(table, key).consistentRead(true).build())
                .item();
    }

    private static List<Map<String, AttributeValue>> scanAll(DynamoStore store, String table, String index) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        ScanRequest request = ScanRequest.builder(table).indexName(index).build();
        while (true) {
            PageResult page = store.scan(request);
            items.addAll(page.items());
            if (!page.hasMore()) {
                return items;
            }
            request = request.toBuilder()
                    .exclusiveStartKey(page.lastEvaluatedKey())
                    .build();
        }
    }
}
