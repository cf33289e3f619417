package io.tabletheory.api.stream;

/** What a stream record reports. */
public enum StreamEventName {
    /** A new item was written. */
    INSERT,
    /** An existing item was changed. */
    MODIFY,
    /** An item was deleted (by a request, or by time to live: see {@link StreamRecord#fromTimeToLive()}). */
    REMOVE
}
