package io.tabletheory.api.stream;

import java.util.Optional;

/** What a stream record reports. */
public enum StreamEventName {
    /** A new item was written. */
    INSERT,
    /** An existing item was changed. */
    MODIFY,
    /** An item was deleted (by a request, or by time to live: see {@link StreamRecord#fromTimeToLive()}). */
    REMOVE;

    /** The event name DynamoDB writes as {@code name}; empty for null or any other text. */
    public static Optional<StreamEventName> named(String name) {
        for (StreamEventName known : values()) {
            if (known.name().equals(name)) {
                return Optional.of(known);
            }
        }
        return Optional.empty();
    }
}
