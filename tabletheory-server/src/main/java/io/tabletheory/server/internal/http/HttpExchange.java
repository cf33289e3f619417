package io.tabletheory.server.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * One request of {@link BlockingHttpServer} and its response, handed to the {@link HttpHandler}: the request's method,
 * headers and body; the response's headers, status line and body. The method names are those of the JDK's {@code
 * com.sun.net.httpserver.HttpExchange}, which this server replaced, and mean the same, except that a response length
 * of 0 is an empty body (the JDK's means chunked). The response body is buffered and sent when the exchange is
 * closed (or as it fills the buffer), so a small response goes out in one TCP segment with its headers.
 */
public final class HttpExchange {
    private final HttpConnection connection;
    private final RequestHead head;
    private final RequestBody body;
    private final boolean mustClose;
    private final Headers responseHeaders = new Headers();
    private boolean headersSent;
    private boolean closeAfter;

    HttpExchange(HttpConnection connection, RequestHead head, RequestBody body, boolean mustClose) {
        this.connection = connection;
        this.head = head;
        this.body = body;
        this.mustClose = mustClose;
    }

    /** The request method ({@code POST}, {@code GET}, ...). */
    public String getRequestMethod() {
        return head.method();
    }

    /** The request headers. */
    public Headers getRequestHeaders() {
        return head.headers();
    }

    /**
     * The request body, framed by Content-Length or chunked coding: it ends where the request does. An {@link
     * IOException} from it means the body could not be read (the connection broke, its chunks are malformed); the
     * connection is closed after the response.
     */
    public InputStream getRequestBody() {
        return body;
    }

    /** The Content-Length the request declared, or -1 when it has none (a chunked body). */
    public long declaredLength() {
        return head.contentLength();
    }

    /** The headers of the response, to set before {@link #sendResponseHeaders}. */
    public Headers getResponseHeaders() {
        return responseHeaders;
    }

    /**
     * Sends the status line and headers, with {@code Content-Length: length} (0 when {@code length} is -1, for a
     * response without a body); the response body, exactly {@code length} bytes, follows through {@link
     * #getResponseBody}. A response header {@code Connection: close}, a request that asks for it, or a request body
     * not read to its end closes the connection after this response.
     */
    public void sendResponseHeaders(int status, long length) throws IOException {
        if (headersSent) {
            throw new IllegalStateException("the response headers were sent already");
        }
        headersSent = true;
        closeAfter = mustClose
                || !head.keepAlive()
                || !body.complete()
                || "close".equalsIgnoreCase(responseHeaders.getFirst("Connection"));
        if (closeAfter) {
            responseHeaders.set("Connection", "close");
        } else if (head.http10()) {
            responseHeaders.set("Connection", "keep-alive");
        }
        connection.writeHead(status, Math.max(0, length), responseHeaders);
    }

    /** Where the response body goes, after {@link #sendResponseHeaders}; closing it sends what is buffered. */
    public OutputStream getResponseBody() {
        return connection.responseBody();
    }

    /** Ends the exchange: sends what is buffered of the response. */
    public void close() throws IOException {
        connection.responseBody().flush();
    }

    /** Whether the connection may carry the next request: the response went out whole and nothing asked to close. */
    boolean keepsConnection() {
        return headersSent && !closeAfter;
    }
}
