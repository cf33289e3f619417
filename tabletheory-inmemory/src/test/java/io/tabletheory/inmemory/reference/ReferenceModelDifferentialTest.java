package io.tabletheory.inmemory.reference;

import static org.quicktheories.QuickTheory.qt;

import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * Differential test of the emulator against {@link ReferenceModel}: QuickTheories generates sequences of PutItem,
 * GetItem, DeleteItem, UpdateItem, Query and Scan steps over one or two tables (see {@link Scenarios}); each step runs
 * on a fresh {@code InMemoryDynamoStore} and on the model, and the test compares every step's outcome (returned items,
 * ReturnValues, refusals and the item a failed condition returns, every page of every Query and Scan with its items,
 * Count, ScannedCount and LastEvaluatedKey) and, at the end, each table's contents. It holds the emulator's fast paths
 * (its indexes, paging, parse cache and write path, run here from one thread) to plain semantics.
 *
 * <p>Scan visits partitions in an order DynamoDB leaves unspecified: before each Scan step the test reads the
 * emulator's partition order with a plain Scan and gives it to the model, which then predicts every page exactly.
 *
 * <p>{@code mvn verify} runs 300 seeded sequences in a few seconds. A soak runs more, from any seed:
 *
 * <pre>
 * mvn -B -o verify -pl tabletheory-inmemory -am -Dtest=ReferenceModelDifferentialTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dreference.minutes=10 -Dreference.seed=42 -Dreference.keepGoing=true
 * </pre>
 *
 * <ul>
 *   <li>{@code reference.sequences} (default 300): how many sequences; or {@code reference.minutes}: as many as fit
 *       in that many minutes;
 *   <li>{@code reference.seed} (default 20261206): QuickTheories' seed, so a run repeats exactly;
 *   <li>{@code reference.steps} (default 40): the most steps in a sequence;
 *   <li>{@code reference.keepGoing} (default false): by default the first mismatch fails the test and QuickTheories
 *       shrinks the sequence; with {@code true} every mismatching sequence is counted, the first few printed, and the
 *       test fails at the end.
 * </ul>
 *
 * <p>Every run prints one summary line: sequences, steps, seed, mismatches, time, and how often the agreed outcomes
 * were a failed condition, a validation error, a page cut at 1 MB, a large put.
 */
class ReferenceModelDifferentialTest {
    private static final int MAX_REPORTED = 5;

    @Test
    void emulator_agreesWithTheReferenceModel_onGeneratedSequences() {
        int sequences = Integer.getInteger("reference.sequences", 300);
        long seed = Long.getLong("reference.seed", 20261206L);
        int maxSteps = Integer.getInteger("reference.steps", 40);
        boolean keepGoing = Boolean.getBoolean("reference.keepGoing");
        AtomicLong runs = new AtomicLong();
        AtomicLong steps = new AtomicLong();
        List<String> mismatches = new ArrayList<>();
        Map<String, Long> tally = new TreeMap<>();
        long started = System.nanoTime();
        int minutes = Integer.getInteger("reference.minutes", 0);
        QuickTheory theory = minutes > 0
                ? qt().withUnlimitedExamples().withTestingTime(minutes, TimeUnit.MINUTES)
                : qt().withExamples(sequences);
        theory.withFixedSeed(seed)
                .withShrinkCycles(keepGoing ? 0 : 100)
                .forAll(Scenarios.scenarios(5, maxSteps))
                .checkAssert(scenario -> {
                    if (runs.incrementAndGet() % 2000 == 0) {
                        System.out.printf(
                                "[reference] ... %d sequences, %d mismatches, %.0f s%n",
                                runs.get(), mismatches.size(), (System.nanoTime() - started) / 1e9);
                    }
                    steps.addAndGet(scenario.steps().size());
                    if (!keepGoing) {
                        run(scenario, tally);
                        return;
                    }
                    try {
                        run(scenario, tally);
                    } catch (AssertionError | RuntimeException mismatch) {
                        mismatches.add(mismatch.toString());
                        if (mismatches.size() <= MAX_REPORTED) {
                            System.out.println("[reference] mismatch " + mismatches.size() + ": "
                                    + String.valueOf(mismatch.getMessage()).split("\nin ")[0]);
                        }
                    }
                });
        System.out.printf(
                "[reference] %d sequences, %d steps, seed %d, %d mismatches, %.1f s; outcomes %s%n",
                runs.get(), steps.get(), seed, mismatches.size(), (System.nanoTime() - started) / 1e9, tally);
        if (!mismatches.isEmpty()) {
            throw new AssertionError(
                    mismatches.size() + " of " + runs.get() + " sequences mismatched; first:\n" + mismatches.get(0));
        }
    }

    /** Runs one scenario on a fresh emulator and a fresh model, failing at the first step where they differ. */
    static void run(Scenario scenario, Map<String, Long> tally) {
        EmulatorDriver emulator = new EmulatorDriver();
        ReferenceModel model = new ReferenceModel();
        for (TableSpec table : scenario.tables()) {
            emulator.createTable(table);
            model.createTable(table);
        }
        for (int i = 0; i < scenario.steps().size(); i++) {
            Scenario.Step step = scenario.steps().get(i);
            Outcome expected = step.op() instanceof Op.Scan scan
                    ? model.scan(scan, emulator.partitionOrder(scan.table()))
                    : model.apply(step.op());
            Outcome actual = emulator.apply(step.op(), step.tight());
            if (!expected.equals(actual)) {
                throw new AssertionError(
                        "step " + i + " differs: " + step + "\n  model:    " + Scenario.shorten(expected.toString())
                                + "\n  emulator: " + Scenario.shorten(actual.toString()) + "\nin " + scenario);
            }
            count(step.op(), actual, tally);
        }
        for (TableSpec table : scenario.tables()) {
            Set<Map<String, AttributeValue>> expected = new HashSet<>(model.contents(table.name()));
            List<Map<String, AttributeValue>> actual = emulator.contents(table.name());
            if (actual.size() != expected.size() || !expected.equals(new HashSet<>(actual))) {
                throw new AssertionError("final contents of " + table.name() + " differ\n  model:    "
                        + Scenario.shorten(byKey(table, expected).toString()) + "\n  emulator: "
                        + Scenario.shorten(byKey(table, actual).toString()) + "\nin " + scenario);
            }
        }
    }

    /** Counts what the agreed outcomes exercised, for the summary line. */
    private static void count(Op op, Outcome outcome, Map<String, Long> tally) {
        if (outcome instanceof Outcome.Failure failure) {
            tally.merge(failure.kind().replace("Exception", ""), 1L, Long::sum);
        } else if (outcome instanceof Outcome.Pages pages) {
            Integer limit = op instanceof Op.Query query ? query.limit() : ((Op.Scan) op).limit();
            for (Outcome.Page page : pages.pages()) {
                tally.merge("pages", 1L, Long::sum);
                if (!page.lastEvaluatedKey().isEmpty() && (limit == null || page.scannedCount() < limit)) {
                    tally.merge("1MBpages", 1L, Long::sum);
                }
            }
        } else if (op instanceof Op.Put put && Values.itemSize(put.item()) > 262_000) {
            tally.merge("largePuts", 1L, Long::sum);
        }
    }

    private static Map<String, Map<String, AttributeValue>> byKey(
            TableSpec table, Collection<Map<String, AttributeValue>> items) {
        Map<String, Map<String, AttributeValue>> byKey = new LinkedHashMap<>();
        items.stream()
                .sorted((a, b) ->
                        table.keyOf(a).toString().compareTo(table.keyOf(b).toString()))
                .forEach(item -> byKey.put(table.keyOf(item).toString(), item));
        return byKey;
    }
}
