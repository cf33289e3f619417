package io.tabletheory.engine.internal.convert;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * The cross-language timestamp encoding: RFC 3339 in UTC with a {@code Z}, and a fraction of up to nine digits
 * with trailing zeros dropped (none at all on a whole second), exactly as Go's {@code time.RFC3339Nano} prints,
 * e.g. {@code 2026-11-24T07:08:21.12Z}. Used for lifecycle fields and every {@code Instant} attribute.
 */
public final class Rfc3339 {
    private static final DateTimeFormatter WRITER = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .appendLiteral('Z')
            .toFormatter(Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Rfc3339() {}

    /** The instant in UTC, e.g. {@code 2026-11-24T07:08:21.12Z}. */
    public static String format(Instant instant) {
        String fast = UtcTimestamps.format(instant);
        return fast != null ? fast : formatWithFormatter(instant);
    }

    /** {@link #format} by the formatter alone, the path for years beyond four digits (and the fast path's oracle). */
    static String formatWithFormatter(Instant instant) {
        return WRITER.format(instant);
    }

    private static final DateTimeFormatter OFFSET_WRITER = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .appendOffset("+HH:MM", "Z")
            .toFormatter(Locale.ROOT);

    /** The timestamp in its own offset, e.g. {@code 2026-11-24T09:08:21.12+02:00} (UTC as {@code Z}). */
    public static String formatWithOffset(OffsetDateTime timestamp) {
        return OFFSET_WRITER.format(timestamp);
    }

    /** Parses an RFC 3339 timestamp keeping its offset. */
    public static OffsetDateTime parseWithOffset(String text) {
        return OffsetDateTime.parse(text.toUpperCase(Locale.ROOT), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /**
     * Parses an RFC 3339 timestamp with any offset ({@code Z}, {@code +02:00}, lower-case {@code t}/{@code z}).
     *
     * @throws java.time.format.DateTimeParseException when the text is not RFC 3339
     */
    public static Instant parse(String text) {
        Instant fast = UtcTimestamps.parse(text);
        return fast != null ? fast : parseWithFormatter(text);
    }

    /** {@link #parse} by the formatter alone, the path for other offsets and for errors (and the fast path's oracle). */
    static Instant parseWithFormatter(String text) {
        return OffsetDateTime.parse(text.toUpperCase(Locale.ROOT), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                .toInstant();
    }
}
