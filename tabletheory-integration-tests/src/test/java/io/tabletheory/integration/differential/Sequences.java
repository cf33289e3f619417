package io.tabletheory.integration.differential;

import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Random operation sequences: mostly writes (so the small key space fills up and items change type and shape),
 * then reads, some of each as a batch and some as a transaction, some with the classic parameters, and about one
 * invalid request in fifteen. Each step stands on its own (no step refers to an earlier
 * one's result), so QuickTheories can shrink a failing sequence by dropping and simplifying steps.
 */
final class Sequences {
    private Sequences() {}

    /** A sequence of one to {@code maxLength} steps. */
    static Gen<List<Step>> sequences(int maxLength) {
        Gen<Step> step = Generate.frequency(List.of(
                Pair.of(7, Operations.put()),
                Pair.of(6, Operations.update()),
                Pair.of(2, Operations.delete()),
                Pair.of(2, Operations.get()),
                Pair.of(3, Reads.query()),
                Pair.of(1, Reads.scan()),
                Pair.of(2, Batches.write()),
                Pair.of(1, Batches.get()),
                Pair.of(2, Transactions.write()),
                Pair.of(1, Transactions.get()),
                Pair.of(2, InvalidRequests.invalid()),
                Pair.of(2, ClassicSteps.write()),
                Pair.of(1, ClassicSteps.read())));
        return lists().of(step).ofSizeBetween(1, maxLength).describedAs(Sequences::describe);
    }

    /** The steps, numbered, one per line, without parameters left at their defaults. */
    static String describe(List<Step> steps) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            text.append(String.format("%n  %2d: %s", i, steps.get(i).describe()));
        }
        return text.toString();
    }
}
