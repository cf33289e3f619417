package io.tabletheory.server.wire;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 connection on a plain socket, for the wire tests that need control over the bytes and the connection:
 * several requests on one kept-alive connection, a hand-written chunked body. Reads responses framed by {@code
 * Content-Length}, which is how the server frames every answer.
 */
final class RawHttpConnection implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String host;

    RawHttpConnection(URI endpoint) throws IOException {
        this.socket = new Socket(endpoint.getHost(), endpoint.getPort());
        this.socket.setSoTimeout(30_000);
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.host = endpoint.getHost() + ":" + endpoint.getPort();
    }

    /** Writes a DynamoDB request for {@code operation} with a Content-Length body. */
    void sendRequest(String operation, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        write(head(operation) + "Content-Length: " + body.length + "\r\n\r\n");
        out.write(body);
        out.flush();
    }

    /** Writes {@code text} as it is (ISO-8859-1): a request, or part of one, framed by the test. */
    void sendRaw(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Reads exactly {@code text} (ISO-8859-1) from the connection, or fails saying what came instead. */
    void expectRaw(String text) throws IOException {
        byte[] expected = text.getBytes(StandardCharsets.ISO_8859_1);
        byte[] actual = in.readNBytes(expected.length);
        if (!java.util.Arrays.equals(expected, actual)) {
            throw new IOException(
                    "expected '" + text + "', read '" + new String(actual, StandardCharsets.ISO_8859_1) + "'");
        }
    }

    /** Writes the head of a DynamoDB request for {@code operation} whose body follows in chunks. */
    void sendChunkedHead(String operation) throws IOException {
        write(head(operation) + "Transfer-Encoding: chunked\r\n\r\n");
    }

    /** Writes one chunk of a chunked body; an empty one ends the body. */
    void sendChunk(byte[] chunk) throws IOException {
        write(Integer.toHexString(chunk.length) + "\r\n");
        out.write(chunk);
        write("\r\n");
    }

    private String head(String operation) {
        return "POST / HTTP/1.1\r\n"
                + "Host: " + host + "\r\n"
                + "Content-Type: application/x-amz-json-1.0\r\n"
                + "X-Amz-Target: " + WireClient.TARGET_PREFIX + operation + "\r\n";
    }

    private void write(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Reads the next response on this connection. */
    WireResponse readResponse() throws IOException {
        String statusLine = readLine();
        String[] status = statusLine.split(" ", 3);
        if (status.length < 2 || !status[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP status line: " + statusLine);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
        List<String> length = headers.get("content-length");
        if (length == null) {
            throw new IOException("response without Content-Length: " + headers);
        }
        byte[] body = in.readNBytes(Integer.parseInt(length.get(0)));
        return new WireResponse(Integer.parseInt(status[1]), headers, body);
    }

    /** Whether the server has closed the connection: the next read finds the end of the stream. */
    boolean isClosedByServer() throws IOException {
        return in.read() < 0;
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int next = in.read(); next != '\n'; next = in.read()) {
            if (next < 0) {
                throw new IOException("connection closed by the server");
            }
            if (next != '\r') {
                line.write(next);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
