package io.tabletheory.engine.internal.transact;

import io.tabletheory.TransactGetResult;
import io.tabletheory.engine.internal.mapping.SchemaFactory;
import java.util.List;
import java.util.Optional;

/** The items of a transactGet, by position, by the caller's key object, or by an equal key. */
final class DefaultTransactGetResult implements TransactGetResult {
    private final SchemaFactory schemas;
    private final List<TransactRead> reads;
    private final List<Optional<Object>> items;

    DefaultTransactGetResult(SchemaFactory schemas, List<TransactRead> reads, List<Optional<Object>> items) {
        this.schemas = schemas;
        this.reads = List.copyOf(reads);
        this.items = List.copyOf(items);
    }

    @Override
    public List<Optional<Object>> items() {
        return items;
    }

    @Override
    public <T> Optional<T> get(int index, Class<T> type) {
        TransactRead read = reads.get(index);
        if (read.schema().type() != type) {
            throw new IllegalArgumentException("read " + index + " of this transactGet was of "
                    + read.schema().modelName() + ", not " + type.getSimpleName());
        }
        return items.get(index).map(type::cast);
    }

    @Override
    public <T> Optional<T> get(T key) {
        for (int index = 0; index < reads.size(); index++) {
            if (reads.get(index).source() == key) {
                return items.get(index).map(SchemaFactory.classOf(key)::cast);
            }
        }
        List<Object> item = DefaultTransactGet.read(schemas, key).target().item();
        for (int index = 0; index < reads.size(); index++) {
            if (reads.get(index).target().item().equals(item)) {
                return items.get(index).map(SchemaFactory.classOf(key)::cast);
            }
        }
        throw new IllegalArgumentException("no read of this transactGet had the key of " + key);
    }
}
