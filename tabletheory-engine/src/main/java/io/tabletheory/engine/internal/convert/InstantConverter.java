package io.tabletheory.engine.internal.convert;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.value.Payloads;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * {@link Instant} ⇄ {@code S} in RFC 3339, UTC, nanosecond precision with trailing zeros dropped (the encoding the
 * other TableTheory SDKs use). Reads accept any RFC 3339 offset.
 */
final class InstantConverter implements ValueConverter<Instant> {
    static final InstantConverter INSTANCE = new InstantConverter();

    @Override
    public AttributeValue write(Instant value) {
        return AttributeValue.ofString(Rfc3339.format(value));
    }

    @Override
    public Instant read(AttributeValue value) {
        String text = Payloads.string(value)
                .orElseThrow(() -> ConversionException.unexpectedType("S (an RFC 3339 timestamp)", value));
        try {
            return Rfc3339.parse(text);
        } catch (DateTimeParseException invalid) {
            throw new ConversionException("\"" + text + "\" is not an RFC 3339 timestamp");
        }
    }

    @Override
    public boolean isEmpty(Instant value) {
        return value.equals(Instant.EPOCH);
    }
}
