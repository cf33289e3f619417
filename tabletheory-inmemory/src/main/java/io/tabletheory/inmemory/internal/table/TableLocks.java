package io.tabletheory.inmemory.internal.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * The write locks of every table a transaction touches, taken together so that nothing else writes those tables
 * while the transaction checks its conditions and applies its actions (TransactWriteItems), or reads its items
 * (TransactGetItems). The locks are always taken in the order of the tables' names, so two transactions over
 * overlapping tables cannot deadlock; a single-item write holds one table's lock and waits for no other.
 *
 * <pre>{@code
 * TableLocks locks = TableLocks.lock(tables);
 * try { ... } finally { locks.close(); }
 * }</pre>
 */
public final class TableLocks implements AutoCloseable {
    private final List<Table> locked;

    private TableLocks(List<Table> locked) {
        this.locked = locked;
    }

    /** Takes the locks of {@code tables} (each once, however often listed), in name order. */
    public static TableLocks lock(Collection<Table> tables) {
        TreeMap<String, Table> byName = new TreeMap<>(Comparator.naturalOrder());
        tables.forEach(table -> byName.put(table.name(), table));
        List<Table> locked = new ArrayList<>(byName.size());
        try {
            for (Table table : byName.values()) {
                table.lock();
                locked.add(table);
            }
        } catch (RuntimeException | Error failure) {
            new TableLocks(locked).close();
            throw failure;
        }
        return new TableLocks(locked);
    }

    /** Releases the locks, in the reverse order. */
    @Override
    public void close() {
        for (int index = locked.size() - 1; index >= 0; index--) {
            locked.get(index).unlock();
        }
    }
}
