package io.tabletheory.engine.internal.convert;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.value.Payloads;
import java.util.function.Supplier;

/**
 * A nested record or JavaBean ⇄ {@code M}, keyed by the nested class's attribute names (its own {@code @Attribute}
 * names apply), so nested objects round-trip exactly. The mapping is looked up lazily, which lets a class refer to
 * itself (a tree of nodes).
 */
final class ObjectConverter<T> implements ValueConverter<T> {
    private final Supplier<NestedMapping<T>> mapping;

    ObjectConverter(Supplier<NestedMapping<T>> mapping) {
        this.mapping = mapping;
    }

    @Override
    public AttributeValue write(T value) {
        return AttributeValue.ofMap(mapping.get().write(value));
    }

    @Override
    public T read(AttributeValue value) {
        AttributeValue.MapValue map =
                Payloads.map(value).orElseThrow(() -> ConversionException.unexpectedType("M", value));
        return mapping.get().read(map.values());
    }

    @Override
    public boolean isEmpty(T value) {
        return false;
    }
}
