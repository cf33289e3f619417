package io.tabletheory.integration.differential;

import java.util.List;

/**
 * A disagreement between the emulator in-process and the emulator behind tabletheory-server: the sequence, the step
 * where they parted (or -1 for the table contents after the last step), what each backend did, and how that differs.
 */
record Mismatch(List<Step> steps, int step, String difference, Object emulator, Object served) {
    public Mismatch {
        steps = List.copyOf(steps);
    }

    /** A reproduction to paste into a bug report or a unit test. */
    String report() {
        String where = step < 0 ? "the table contents after the last step" : "step " + step;
        return String.format(
                "The emulator in-process and behind the server disagree at %s: %s%n  in-process:    %s%n"
                        + "  behind server: %s%nSequence (table name %s):%s",
                where, difference, emulator, served, Schema.PLACEHOLDER_TABLE, Sequences.describe(steps));
    }
}
