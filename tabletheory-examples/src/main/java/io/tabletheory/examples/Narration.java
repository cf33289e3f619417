package io.tabletheory.examples;

import java.io.PrintStream;
import java.util.List;

/**
 * How the demo tells its steps: numbered titles, indented results, and the DynamoDB operations each step became
 * (drained from the {@link TracingStore}). Shared by the demo's walk-throughs so the numbering runs on.
 */
final class Narration {
    private final PrintStream out;
    private final TracingStore trace;
    private int step;

    Narration(PrintStream out, TracingStore trace) {
        this.out = out;
        this.trace = trace;
    }

    void title(String text) {
        step++;
        out.println();
        out.println(step + ". " + text);
    }

    void result(String text) {
        out.println("   " + text);
    }

    /** A line printed as it is, outside any step. */
    void note(String text) {
        out.println(text);
    }

    /** Prints the operations sent since the last call, if any. */
    void operations() {
        List<String> operations = trace.drain();
        if (!operations.isEmpty()) {
            result("DynamoDB: " + String.join("; ", operations));
        }
    }

    /** Forgets the operations sent since the last call. */
    void skipOperations() {
        trace.drain();
    }
}
