package io.tabletheory.engine.internal.read;

import io.tabletheory.Page;
import io.tabletheory.api.port.ItemStore;
import io.tabletheory.engine.internal.call.MissingTables;
import io.tabletheory.engine.internal.call.ReadSettings;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Runs a GetItem plan: one request, zero or one item, whatever shape is asked for. */
final class ItemReader<T> implements Reader<T> {
    private final ItemStore store;
    private final ModelSchema<T> schema;
    private final ReadPlan.GetItem plan;
    private final ReadSettings settings;

    ItemReader(ItemStore store, ModelSchema<T> schema, ReadPlan.GetItem plan, ReadSettings settings) {
        this.store = store;
        this.schema = schema;
        this.plan = plan;
        this.settings = settings;
    }

    @Override
    public Page<T> page() {
        List<T> items = first().map(List::of).orElse(List.of());
        return new Page<>(items, false, Optional.empty(), items.size(), items.size(), Optional.empty());
    }

    @Override
    public List<T> all() {
        return new ArrayList<>(first().stream().toList());
    }

    @Override
    public Stream<T> stream() {
        return first().stream();
    }

    @Override
    public Optional<T> first() {
        return MissingTables.named(
                        schema.tableName(), () -> store.getItem(ReadRequests.getItem(schema, plan, settings)))
                .item()
                .map(schema.mapping()::read);
    }

    @Override
    public long count() {
        return first().isPresent() ? 1 : 0;
    }
}
