package io.tabletheory.server.internal.http;

import java.io.IOException;

/**
 * What {@link BlockingHttpServer} calls for each request it has read the head of: the protocol layer ({@code
 * DynamoHttpHandler}) implements it. Called on the connection's own thread, one request at a time per connection.
 */
public interface HttpHandler {
    /** Serves one request: reads its body, sends the response headers and body, then closes the exchange. */
    void handle(HttpExchange exchange) throws IOException;

    /**
     * Answers a request whose HTTP framing cannot be read (a malformed request line or header, a head over the limit,
     * an invalid Content-Length): {@code message} says what was wrong. The answer should be a 4xx; the connection is
     * closed after it.
     */
    void refuseMalformed(HttpExchange exchange, String message) throws IOException;
}
