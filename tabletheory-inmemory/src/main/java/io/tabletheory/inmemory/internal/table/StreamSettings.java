package io.tabletheory.inmemory.internal.table;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.table.StreamSpecification;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * DynamoDB's rules for a table's StreamSpecification, on CreateTable and UpdateTable: enabling needs a view type,
 * disabling takes none; a stream cannot be enabled again (not even to change its view type: disable it first), and
 * a table without a stream cannot disable one. Each enabling starts a new stream, labelled with the time it was
 * enabled; after disabling, the table reports no StreamSpecification but keeps its latest stream's label.
 */
final class StreamSettings {
    private static final String INVALID = "One or more parameter values were invalid: ";
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    private StreamSettings() {}

    /** Checks a specification's own shape (view type exactly when enabled). */
    static void validate(StreamSpecification specification) {
        if (specification.streamEnabled() && specification.streamViewType().isEmpty()) {
            throw new ValidationException(INVALID + "If stream is being enabled then UpdateViewType is required");
        }
        if (!specification.streamEnabled() && specification.streamViewType().isPresent()) {
            throw new ValidationException(
                    INVALID + "StreamViewType must not be specified when the stream is being disabled");
        }
    }

    /** The settings of a new table with this specification, created at {@code now}. */
    static TableSettings created(TableSettings settings, Optional<StreamSpecification> specification, Instant now) {
        if (specification.isEmpty() || !specification.get().streamEnabled()) {
            return settings;
        }
        return withStream(settings, specification.get(), now);
    }

    /**
     * The settings after UpdateTable applies {@code specification} at {@code now}.
     *
     * @throws ValidationException when enabling an enabled stream or disabling an absent one
     */
    static TableSettings updated(
            String tableName, TableSettings settings, StreamSpecification specification, Instant now) {
        boolean enabled = settings.streamSpecification().isPresent();
        if (specification.streamEnabled() && enabled) {
            throw new ValidationException("Table already has an enabled stream: TableName: " + tableName);
        }
        if (!specification.streamEnabled() && !enabled) {
            throw new ValidationException("Table has no stream to disable: TableName: " + tableName);
        }
        if (!specification.streamEnabled()) {
            return new TableSettings(
                    settings.created(),
                    settings.billingMode(),
                    settings.provisionedThroughput(),
                    settings.indexThroughput(),
                    Optional.empty(),
                    settings.streamLabel());
        }
        return withStream(settings, specification, now);
    }

    private static TableSettings withStream(TableSettings settings, StreamSpecification specification, Instant now) {
        return new TableSettings(
                settings.created(),
                settings.billingMode(),
                settings.provisionedThroughput(),
                settings.indexThroughput(),
                Optional.of(specification),
                Optional.of(LABEL.format(LocalDateTime.ofInstant(now, ZoneOffset.UTC))));
    }
}
