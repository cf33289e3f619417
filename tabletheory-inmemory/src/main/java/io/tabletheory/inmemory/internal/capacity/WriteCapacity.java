package io.tabletheory.inmemory.internal.capacity;

import io.tabletheory.api.request.ConsumedCapacity;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.table.Table;
import java.util.Map;
import java.util.Optional;

/**
 * The capacity report of one applied single-item write (PutItem, UpdateItem, DeleteItem), priced by {@link
 * WriteUnits#of} and computed only when a report is asked for.
 */
public final class WriteCapacity {
    private WriteCapacity() {}

    /** The report of a write that changed {@code before} into {@code after} (empty for none). */
    public static Optional<ConsumedCapacity> of(
            ReturnConsumedCapacity mode,
            Table table,
            Optional<Map<String, AttributeValue>> before,
            Optional<Map<String, AttributeValue>> after) {
        if (mode == ReturnConsumedCapacity.NONE) {
            return Optional.empty();
        }
        return WriteUnits.of(table, before, after).report(mode, table.name());
    }
}
