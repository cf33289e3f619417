package io.tabletheory.server.internal.journal;

/**
 * Thrown by a {@link Journal} that could not write its data directory, for every change refused from then on and for
 * every write waiting to be acknowledged; the message names the file and the cause. The journal never recovers:
 * the server stops.
 */
public final class JournalFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    JournalFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
