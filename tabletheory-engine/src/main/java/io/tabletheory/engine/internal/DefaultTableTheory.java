package io.tabletheory.engine.internal;

import io.tabletheory.AttributeConverter;
import io.tabletheory.Model;
import io.tabletheory.TableTheory;
import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.table.TableDescription;
import io.tabletheory.api.table.TimeToLiveSpecification;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import io.tabletheory.engine.internal.mapping.SchemaFactory;
import io.tabletheory.engine.internal.table.TableDefinitions;
import java.time.Clock;
import java.util.Map;

/**
 * The {@link TableTheory} implementation: holds the store, the clock and the schema cache, and hands out
 * {@link DefaultModel}s. Immutable apart from the thread-safe schema cache.
 */
public final class DefaultTableTheory implements TableTheory {
    private final DynamoStore store;
    private final Clock clock;
    private final SchemaFactory schemas;

    /** Built by {@link TableTheory.Builder}. */
    public DefaultTableTheory(DynamoStore store, Clock clock, Map<Class<?>, AttributeConverter<?>> converters) {
        this.store = store;
        this.clock = clock;
        this.schemas = new SchemaFactory(converters);
    }

    @Override
    public <T> Model<T> model(Class<T> type) {
        return DefaultModel.of(store, clock, schemas.schema(type));
    }

    @Override
    public TableTheory register(Class<?>... types) {
        for (Class<?> type : types) {
            schemas.schema(type);
        }
        return this;
    }

    @Override
    public TableDescription createTable(Class<?> type) {
        ModelSchema<?> schema = schemas.schema(type);
        TableDescription description = store.createTable(TableDefinitions.of(schema));
        schema.ttl()
                .ifPresent(ttl -> store.updateTimeToLive(
                        schema.tableName(), new TimeToLiveSpecification(ttl.attributeName(), true)));
        return description;
    }

    @Override
    public TableDescription deleteTable(Class<?> type) {
        return store.deleteTable(schemas.schema(type).tableName());
    }

    @Override
    public DynamoStore store() {
        return store;
    }

    @Override
    public Clock clock() {
        return clock;
    }
}
