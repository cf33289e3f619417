package io.tabletheory.engine.internal.convert;

import io.tabletheory.api.value.AttributeValue;
import java.time.Instant;

/** {@link Instant} ⇄ {@code N} of epoch seconds, for {@code @Ttl} fields; sub-second precision is dropped. */
final class EpochSecondsConverter implements ValueConverter<Instant> {
    static final EpochSecondsConverter INSTANCE = new EpochSecondsConverter();

    @Override
    public AttributeValue write(Instant value) {
        return AttributeValue.ofNumber(value.getEpochSecond());
    }

    @Override
    public Instant read(AttributeValue value) {
        return Instant.ofEpochSecond(NumberConverter.LONG.read(value));
    }

    @Override
    public boolean isEmpty(Instant value) {
        return value.getEpochSecond() == 0;
    }
}
