package io.tabletheory.inmemory.internal.table;

/**
 * What a {@link io.tabletheory.inmemory.ChangeListener} may also be: one that can say it has no use for item changes
 * at the moment (the emulator's stream recorder while no table has had a stream and no journal is behind it). A
 * {@link Table} then builds and sends no report for a single-item write, which saves a put a key map, a report and
 * two calls. The listener must answer true from before any change it needs is made (a stream recorder, from before
 * the table with a stream is created or updated) and never go back to false.
 */
public interface ItemChangeInterest {
    /** Whether item changes must be reported from now on. */
    boolean wantsItemChanges();
}
