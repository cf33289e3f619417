package io.tabletheory.engine.internal.convert;

import io.tabletheory.api.value.AttributeValue;
import java.util.Optional;

/** {@code Optional<T>}: a present value is stored as T is; an empty one is not stored at all (and reads back empty). */
final class OptionalConverter<T> implements ValueConverter<Optional<T>> {
    private final ValueConverter<T> value;

    OptionalConverter(ValueConverter<T> value) {
        this.value = value;
    }

    @Override
    public AttributeValue write(Optional<T> optional) {
        return optional.map(value::write).orElse(null);
    }

    @Override
    public Optional<T> read(AttributeValue stored) {
        return Optional.ofNullable(value.read(stored));
    }

    @Override
    public boolean isEmpty(Optional<T> optional) {
        return optional.isEmpty();
    }
}
