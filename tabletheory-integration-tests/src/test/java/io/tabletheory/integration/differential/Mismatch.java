package io.tabletheory.integration.differential;

import java.util.List;

/**
 * A disagreement between the emulator and DynamoDB Local: the sequence, the step where they parted (or -1 for the
 * table contents after the last step), what each backend did, and how that differs.
 */
record Mismatch(List<Step> steps, int step, String difference, Object emulator, Object local) {
    public Mismatch {
        steps = List.copyOf(steps);
    }

    /** A reproduction to paste into a bug report or a unit test. */
    String report() {
        String where = step < 0 ? "the table contents after the last step" : "step " + step;
        return String.format(
                "The emulator and DynamoDB Local disagree at %s: %s%n  emulator:       %s%n  DynamoDB Local: %s%n"
                        + "Sequence (table name %s):%s",
                where, difference, emulator, local, Schema.PLACEHOLDER_TABLE, Sequences.describe(steps));
    }
}
