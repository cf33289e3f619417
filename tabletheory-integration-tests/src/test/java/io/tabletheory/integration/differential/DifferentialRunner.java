package io.tabletheory.integration.differential;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.request.PageResult;
import io.tabletheory.api.request.ScanRequest;
import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies one sequence to a fresh table on the emulator in-process and on the emulator behind tabletheory-server
 * (through the AWS adapter and a real SDK client), compares every step's {@link Outcome} and then the whole contents
 * of the table and of both indexes, and reports the first {@link Mismatch}. Both run the same engine, so any
 * difference is something the wire path (the adapter, the SDK, the server's protocol layer) lost or changed. Both
 * tables are deleted afterwards.
 */
final class DifferentialRunner {
    private final DynamoStore emulator;
    private final DynamoStore served;
    private int steps;
    private int failedOnBoth;
    private int transactions;
    private int cancelled;

    DifferentialRunner(DynamoStore emulator, DynamoStore served) {
        this.emulator = emulator;
        this.served = served;
    }

    /** Runs {@code steps} on both backends; the first disagreement, or empty when they agree throughout. */
    Optional<Mismatch> run(List<Step> steps) {
        String emulatorTable = Schema.uniqueTableName();
        String servedTable = Schema.uniqueTableName();
        emulator.createTable(Schema.createTable(emulatorTable));
        served.createTable(Schema.createTable(servedTable));
        try {
            for (int i = 0; i < steps.size(); i++) {
                Optional<Mismatch> mismatch = step(steps, i, emulatorTable, servedTable);
                if (mismatch.isPresent()) {
                    return mismatch;
                }
            }
            return finalContents(steps, emulatorTable, servedTable);
        } finally {
            emulator.deleteTable(emulatorTable);
            served.deleteTable(servedTable);
        }
    }

    private Optional<Mismatch> step(List<Step> steps, int index, String emulatorTable, String servedTable) {
        Step step = steps.get(index);
        Step onEmulator = step.onTable(emulatorTable);
        Step onServed = step.onTable(servedTable);
        Outcome mine = Executor.run(emulator, onEmulator);
        Outcome theirs = Executor.run(served, onServed);
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
        return Comparison.difference(step, mine, theirs)
                .map(difference -> new Mismatch(steps, index, difference, mine, theirs));
    }

    /**
     * How many steps ran, how many failed on both backends, how many were transactions and how many of those the
     * emulator cancelled.
     */
    String statistics() {
        return steps + " steps, " + failedOnBoth + " refused by both, " + transactions + " transactions (" + cancelled
                + " cancelled)";
    }

    private Optional<Mismatch> finalContents(List<Step> steps, String emulatorTable, String servedTable) {
        for (String index : new String[] {null, Schema.GSI, Schema.LSI}) {
            List<Map<String, AttributeValue>> mine = scanAll(emulator, emulatorTable, index);
            List<Map<String, AttributeValue>> theirs = scanAll(served, servedTable, index);
            Optional<String> difference = Comparison.contents(mine, theirs);
            if (difference.isPresent()) {
                String what = index == null ? "table contents" : "contents of index " + index;
                return Optional.of(new Mismatch(steps, -1, what + " differ: " + difference.get(), mine, theirs));
            }
        }
        return Optional.empty();
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
