package io.tabletheory.integration.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes a failing sequence short enough to read, after (and in addition to) QuickTheories' own shrinking, which
 * simplifies values but rarely drops steps from the middle of a sequence: cuts the steps after the failing one,
 * then drops steps one at a time, keeping each removal after which the backends still disagree at the same kind
 * of step.
 */
final class Minimiser {
    private Minimiser() {}

    static Mismatch minimise(DifferentialRunner runner, Mismatch mismatch) {
        Mismatch smallest = mismatch;
        if (smallest.step() >= 0 && smallest.step() < smallest.steps().size() - 1) {
            Optional<Mismatch> cut = runner.run(smallest.steps().subList(0, smallest.step() + 1));
            if (cut.isPresent()) {
                smallest = cut.get();
            }
        }
        for (int i = smallest.steps().size() - 1; i >= 0; i--) {
            if (i >= smallest.steps().size() || smallest.steps().size() == 1) {
                continue;
            }
            List<Step> fewer = new ArrayList<>(smallest.steps());
            fewer.remove(i);
            Optional<Mismatch> again = runner.run(fewer);
            if (again.isPresent() && sameKind(again.get(), smallest)) {
                smallest = again.get();
            }
        }
        return smallest;
    }

    private static boolean sameKind(Mismatch candidate, Mismatch original) {
        if (candidate.step() < 0 || original.step() < 0) {
            return candidate.step() == original.step();
        }
        Step left = candidate.steps().get(candidate.step());
        Step right = original.steps().get(original.step());
        return left.getClass() == right.getClass() && candidate.difference().equals(original.difference());
    }
}
