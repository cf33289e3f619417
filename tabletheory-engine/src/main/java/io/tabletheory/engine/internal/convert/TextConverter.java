package io.tabletheory.engine.internal.convert;

import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.value.Payloads;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Types stored as their standard text in an {@code S}: UUID (lower-case canonical form), LocalDate
 * ({@code 2026-11-24}), LocalDateTime ({@code 2026-11-24T07:08:21.12}), OffsetDateTime (RFC 3339 with its offset and
 * Go's trimmed fraction). All may be keys; ISO dates also sort correctly as strings.
 */
final class TextConverter<T> implements ValueConverter<T> {
    static final TextConverter<UUID> UUIDS = new TextConverter<>("a UUID", UUID::toString, UUID::fromString);
    static final TextConverter<LocalDate> LOCAL_DATES =
            new TextConverter<>("an ISO date", LocalDate::toString, LocalDate::parse);
    static final TextConverter<LocalDateTime> LOCAL_DATE_TIMES = new TextConverter<>(
            "an ISO date-time", DateTimeFormatter.ISO_LOCAL_DATE_TIME::format, LocalDateTime::parse);
    static final TextConverter<OffsetDateTime> OFFSET_DATE_TIMES =
            new TextConverter<>("an RFC 3339 timestamp", Rfc3339::formatWithOffset, Rfc3339::parseWithOffset);

    private final String description;
    private final Function<T, String> format;
    private final Function<String, T> parse;

    private TextConverter(String description, Function<T, String> format, Function<String, T> parse) {
        this.description = description;
        this.format = format;
        this.parse = parse;
    }

    @Override
    public AttributeValue write(T value) {
        return AttributeValue.ofString(format.apply(value));
    }

    @Override
    public T read(AttributeValue value) {
        String text = Payloads.string(value)
                .orElseThrow(() -> ConversionException.unexpectedType("S (" + description + ")", value));
        try {
            return parse.apply(text);
        } catch (RuntimeException invalid) {
            throw new ConversionException("\"" + text + "\" is not " + description);
        }
    }

    @Override
    public boolean isEmpty(T value) {
        return false;
    }

    @Override
    public Optional<ScalarAttributeType> keyType() {
        return Optional.of(ScalarAttributeType.S);
    }
}
