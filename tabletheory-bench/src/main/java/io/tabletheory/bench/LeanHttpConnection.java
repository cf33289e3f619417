package io.tabletheory.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The lean client of the HTTP benchmarks: one kept-alive HTTP/1.1 connection on a plain socket (TCP_NODELAY) that
 * sends requests prepared once ({@link LeanRequests}) and reads each response head and its Content-Length body into
 * reused buffers. No SDK, no signing, no JSON: almost all of a round trip is the server's and the operating system's,
 * which is what the figures should be about. It waits for each answer as {@link ClientWait} says: blocking in the read,
 * or polling the socket for a while first. Not thread-safe: one per benchmark thread.
 */
final class LeanHttpConnection implements AutoCloseable {
    private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);

    /** How long a {@link ClientWait#POLLING} client polls for an answer before it blocks: 1 ms. */
    static final long POLL_NANOS = 1_000_000;

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final ClientWait wait;
    private final byte[] line = new byte[8192];
    private byte[] body = new byte[8192];
    private int bodyLength;

    LeanHttpConnection(URI endpoint) throws IOException {
        this(endpoint, ClientWait.BLOCKING);
    }

    LeanHttpConnection(URI endpoint, ClientWait wait) throws IOException {
        this.wait = wait;
        socket = new Socket(endpoint.getHost(), endpoint.getPort());
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(30_000);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    }

    /** Sends {@code request} (a whole HTTP request) and reads the response; returns its status. */
    int exchange(byte[] request) throws IOException {
        out.write(request);
        out.flush();
        if (wait == ClientWait.POLLING) {
            awaitAnswer();
        }
        int status = statusOf(readLine());
        long length = -1;
        for (int count = readLine(); count > 0; count = readLine()) {
            if (startsWithIgnoringCase(count, CONTENT_LENGTH)) {
                length = Long.parseLong(new String(
                                line, CONTENT_LENGTH.length, count - CONTENT_LENGTH.length, StandardCharsets.US_ASCII)
                        .trim());
            }
        }
        if (length < 0) {
            throw new IOException("a response without Content-Length");
        }
        if (length > body.length) {
            body = new byte[(int) length];
        }
        bodyLength = in.readNBytes(body, 0, (int) length);
        if (bodyLength < length) {
            throw new IOException("the server closed the connection inside a response body");
        }
        return status;
    }

    /** Polls for the answer's first bytes for up to {@link #POLL_NANOS}; the reads after block for the rest. */
    private void awaitAnswer() throws IOException {
        long start = System.nanoTime();
        while (in.available() == 0 && System.nanoTime() - start < POLL_NANOS) {
            Thread.yield(); // lets the kernel's deferred network work on this processor deliver the request sent
        }
    }

    /** The last response's body as text. */
    String bodyText() {
        return new String(body, 0, bodyLength, StandardCharsets.UTF_8);
    }

    /** Whether the last response's body contains {@code text} (ASCII). */
    boolean bodyContains(String text) {
        return bodyText().contains(text);
    }

    private int statusOf(int count) throws IOException {
        // "HTTP/1.1 200 OK"
        if (count < 12 || line[8] != ' ') {
            throw new IOException("not an HTTP status line: " + new String(line, 0, count, StandardCharsets.US_ASCII));
        }
        return (line[9] - '0') * 100 + (line[10] - '0') * 10 + (line[11] - '0');
    }

    private boolean startsWithIgnoringCase(int count, byte[] prefix) {
        if (count < prefix.length) {
            return false;
        }
        for (int index = 0; index < prefix.length; index++) {
            if (Character.toLowerCase(line[index]) != prefix[index]) {
                return false;
            }
        }
        return true;
    }

    /** Reads one line into {@link #line} without its CR LF; returns its length. */
    private int readLine() throws IOException {
        int count = 0;
        for (int next = in.read(); next != '\n'; next = in.read()) {
            if (next < 0) {
                throw new IOException("the server closed the connection");
            }
            if (count == line.length) {
                throw new IOException("a response header line longer than " + line.length + " bytes");
            }
            line[count++] = (byte) next;
        }
        return count > 0 && line[count - 1] == '\r' ? count - 1 : count;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
