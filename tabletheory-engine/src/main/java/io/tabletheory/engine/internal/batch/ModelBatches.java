package io.tabletheory.engine.internal.batch;

import io.tabletheory.BatchProgress;
import io.tabletheory.api.port.ItemStore;
import io.tabletheory.engine.internal.call.ModelCall;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import io.tabletheory.engine.internal.retry.Backoff;
import io.tabletheory.engine.internal.write.WritePlans;
import io.tabletheory.engine.internal.write.WriteResults;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The batch operations of one model call: batchGet, batchCreate and batchDelete. Checks that the call carries only
 * what a batch can honour (projection and consistent read for gets; nothing for writes, which cannot be
 * conditional), turns each object into a key or a write through {@link WritePlans} (so puts get the lifecycle fields
 * exactly as a create does), and hands the entries to {@link BatchReader} or {@link BatchWriter}.
 */
public final class ModelBatches<T> {
    private final ItemStore store;
    private final Clock clock;
    private final ModelSchema<T> schema;
    private final ModelCall call;
    private final Backoff backoff;
    private final BatchProgress progress;

    /** The batches of one model call. */
    public ModelBatches(
            ItemStore store,
            Clock clock,
            ModelSchema<T> schema,
            ModelCall call,
            Backoff backoff,
            BatchProgress progress) {
        this.store = store;
        this.clock = clock;
        this.schema = schema;
        this.call = call;
        this.backoff = backoff;
        this.progress = progress;
    }

    /** The items stored under the keys of {@code keys}, in their order, missing ones left out. */
    public List<T> batchGet(Collection<T> keys) {
        String operation = "batchGet";
        if (!call.where().isEmpty()
                || !call.filters().isEmpty()
                || call.index().isPresent()
                || call.read().limit().isPresent()
                || call.read().cursor().isPresent()
                || call.read().segment().isPresent()) {
            throw new IllegalStateException(operation + " of " + schema.modelName() + " reads the table by the keys"
                    + " given and honours only select(...) and consistentRead(); remove where, filter, index,"
                    + " limit, cursor and parallelScan settings");
        }
        List<BatchKey> entries = new ArrayList<>();
        for (T key : list(operation, keys)) {
            entries.add(new BatchKey(WritePlans.keyOf(schema, key, operation), key));
        }
        return new BatchReader(store, backoff, progress)
                .read(operation, schema, call.read(), BatchPlans.distinctKeys(operation, schema, entries));
    }

    /** Puts every item with version 0 and both timestamps now; returns the stored instances in order. */
    public List<T> batchCreate(Collection<T> items) {
        String operation = "batchCreate";
        requireUnconditional(operation);
        Instant now = clock.instant();
        List<T> given = list(operation, items);
        List<BatchWriteEntry> entries = new ArrayList<>();
        for (T item : given) {
            entries.add(BatchWrites.put(schema, item, now));
        }
        new BatchWriter(store, backoff, progress).write(operation, BatchPlans.distinctWrites(operation, entries));
        List<T> created = new ArrayList<>();
        for (T item : given) {
            created.add(WriteResults.created(schema, item, now));
        }
        return created;
    }

    /** Deletes the item of every key given, without version checks. */
    public void batchDelete(Collection<T> keys) {
        String operation = "batchDelete";
        requireUnconditional(operation);
        List<BatchWriteEntry> entries = new ArrayList<>();
        for (T key : list(operation, keys)) {
            entries.add(BatchWrites.delete(schema, key, operation));
        }
        new BatchWriter(store, backoff, progress).write(operation, BatchPlans.distinctWrites(operation, entries));
    }

    private void requireUnconditional(String operation) {
        if (!call.conditions().isEmpty()
                || call.raw().isPresent()
                || !call.where().isEmpty()) {
            throw new IllegalStateException(operation + " of " + schema.modelName() + " cannot carry conditions:"
                    + " DynamoDB's BatchWriteItem has none; remove ifNotExists/ifExists/withCondition/where, or write"
                    + " item by item with create(...) or in a transaction");
        }
    }

    private static <E> List<E> list(String operation, Collection<E> given) {
        Objects.requireNonNull(given, operation + " needs a collection");
        List<E> copy = new ArrayList<>(given.size());
        int position = 0;
        for (E element : given) {
            copy.add(Objects.requireNonNull(element, operation + ": the element at position " + position + " is null"));
            position++;
        }
        return copy;
    }
}
