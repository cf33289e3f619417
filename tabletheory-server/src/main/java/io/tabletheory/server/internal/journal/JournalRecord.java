package io.tabletheory.server.internal.journal;

import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.TimeToLiveDescription;
import io.tabletheory.inmemory.ChangeListener.ItemWrite;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the journal: a change the emulator applied, as its {@link io.tabletheory.inmemory.ChangeListener}
 * reported it. Every variant states a result, never a request, so replaying it sets something to a value: replaying
 * an entry twice, or on a snapshot that already holds it, leaves the same state ({@link JournalReplay}).
 */
public sealed interface JournalRecord {
    /** Dispatches to the visitor method of this variant. */
    <R> R accept(Visitor<R> visitor);

    /** One method per variant. */
    interface Visitor<R> {
        R visitItemWrites(ItemWrites record);

        R visitTableCreated(TableCreated record);

        R visitTimeToLiveChanged(TimeToLiveChanged record);

        R visitTableDeleted(TableDeleted record);
    }

    /** Items written together (one write, or a whole transaction): each becomes the item given, or is deleted. */
    record ItemWrites(List<ItemWrite> writes) implements JournalRecord {
        public ItemWrites {
            writes = List.copyOf(writes);
            if (writes.isEmpty()) {
                throw new IllegalArgumentException("an item-writes record needs at least one write");
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitItemWrites(this);
        }
    }

    /** A table created, empty (replacing any table of that name a snapshot may hold). */
    record TableCreated(CreateTableRequest table) implements JournalRecord {
        public TableCreated {
            Objects.requireNonNull(table, "table");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitTableCreated(this);
        }
    }

    /** A table's time-to-live setting, as it now is. */
    record TimeToLiveChanged(String tableName, TimeToLiveDescription timeToLive) implements JournalRecord {
        public TimeToLiveChanged {
            Objects.requireNonNull(tableName, "tableName");
            Objects.requireNonNull(timeToLive, "timeToLive");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitTimeToLiveChanged(this);
        }
    }

    /** A table deleted with its items. */
    record TableDeleted(String tableName) implements JournalRecord {
        public TableDeleted {
            Objects.requireNonNull(tableName, "tableName");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitTableDeleted(this);
        }
    }
}
