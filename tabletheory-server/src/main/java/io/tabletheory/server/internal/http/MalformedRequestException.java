package io.tabletheory.server.internal.http;

/**
 * A request whose HTTP framing {@link BlockingHttpServer} cannot read (a bad request line or header, a head over its
 * limit, an invalid Content-Length or chunk size): answered with HTTP 400 (the message says what was wrong, where),
 * after which the connection is closed, since where the next request would start is unknown.
 */
final class MalformedRequestException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedRequestException(String message) {
        super(message);
    }
}
