package io.tabletheory.engine.internal.transact;

import io.tabletheory.TransactGet;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import io.tabletheory.engine.internal.mapping.SchemaFactory;
import io.tabletheory.engine.internal.write.WritePlans;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@link TransactGet} a {@code transactGet} callback fills: each key object becomes a {@link TransactRead} at
 * once (a bad object fails on the line that added it); {@link TransactionReader} sends them.
 */
public final class DefaultTransactGet implements TransactGet {
    private final SchemaFactory schemas;
    private final List<TransactRead> reads = new ArrayList<>();

    /** An empty transactGet. */
    public DefaultTransactGet(SchemaFactory schemas) {
        this.schemas = schemas;
    }

    @Override
    public TransactGet get(Object key) {
        Objects.requireNonNull(key, "transactGet: get(null)");
        reads.add(read(schemas, key));
        return this;
    }

    /** The reads added, in order. */
    List<TransactRead> reads() {
        return List.copyOf(reads);
    }

    /** The read of {@code key}'s item. */
    static <T> TransactRead read(SchemaFactory schemas, T key) {
        ModelSchema<T> schema = schemas.schema(SchemaFactory.classOf(key));
        return new TransactRead(
                schema,
                key,
                new TransactTarget(
                        "get", schema.modelName(), schema.tableName(), WritePlans.keyOf(schema, key, "transactGet")));
    }
}
