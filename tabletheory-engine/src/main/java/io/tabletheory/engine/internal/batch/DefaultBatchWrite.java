package io.tabletheory.engine.internal.batch;

import io.tabletheory.BatchProgress;
import io.tabletheory.BatchWrite;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The {@link BatchWrite} a {@code TableTheory.batchWrite} callback fills: each put or delete becomes a
 * {@link BatchWriteEntry} of its model's table at once (so a bad object fails at the line that added it), and
 * {@link #entries()} hands them to the {@link BatchWriter} in the order added.
 */
public final class DefaultBatchWrite implements BatchWrite {
    private final Function<Class<?>, ModelSchema<?>> schemas;
    private final Instant now;
    private final List<BatchWriteEntry> entries = new ArrayList<>();
    private BatchProgress progress = BatchProgress.none();

    /** An empty batch whose puts are stamped {@code now}; {@code schemas} maps a class to its model. */
    public DefaultBatchWrite(Function<Class<?>, ModelSchema<?>> schemas, Instant now) {
        this.schemas = schemas;
        this.now = now;
    }

    @Override
    public BatchWrite put(Object item) {
        Objects.requireNonNull(item, "batchWrite: put(null)");
        entries.add(put(schemas.apply(item.getClass()), item));
        return this;
    }

    @Override
    public BatchWrite delete(Object key) {
        Objects.requireNonNull(key, "batchWrite: delete(null)");
        entries.add(delete(schemas.apply(key.getClass()), key));
        return this;
    }

    @Override
    public BatchWrite withProgress(BatchProgress reporter) {
        this.progress = Objects.requireNonNull(reporter, "batchWrite: withProgress(null)");
        return this;
    }

    /** Where progress goes; {@link BatchProgress#none()} unless the callback chose. */
    public BatchProgress progress() {
        return progress;
    }

    /** The writes added, in order. */
    public List<BatchWriteEntry> entries() {
        return List.copyOf(entries);
    }

    private <T> BatchWriteEntry put(ModelSchema<T> schema, Object item) {
        return BatchWrites.put(schema, schema.type().cast(item), now);
    }

    private <T> BatchWriteEntry delete(ModelSchema<T> schema, Object key) {
        return BatchWrites.delete(schema, schema.type().cast(key), "batchWrite");
    }
}
