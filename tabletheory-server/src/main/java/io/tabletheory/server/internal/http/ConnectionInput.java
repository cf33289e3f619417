package io.tabletheory.server.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The buffered bytes of one connection of {@link BlockingHttpServer}: lines for request heads and chunk sizes,
 * bytes for bodies. One buffer per connection, reused for every request on it; a body larger than the buffer is read
 * from the socket straight into the caller's array.
 */
final class ConnectionInput {
    private final InputStream socket;
    private final byte[] buffer;
    private int position;
    private int limit;

    ConnectionInput(InputStream socket, int bufferBytes) {
        this.socket = socket;
        this.buffer = new byte[bufferBytes];
    }

    /**
     * Waits for the next byte to arrive, polling for it first when {@code poll} lets this connection (see {@link
     * ReadPoll}); false when the peer closed the connection first.
     */
    boolean awaitByte(ReadPoll poll) throws IOException {
        if (position < limit) {
            return true;
        }
        poll.awaitBytes(socket);
        return fill() > 0;
    }

    /**
     * The next line (its bytes as ISO-8859-1 characters) without its line feed or the carriage return before it;
     * null at the end of the stream before any byte of it.
     *
     * @throws MalformedRequestException when the line is longer than {@code maxBytes}
     */
    String readLine(int maxBytes, String what) throws IOException, MalformedRequestException {
        byte[] partial = null;
        int partialLength = 0;
        while (true) {
            for (int index = position; index < limit; index++) {
                if (buffer[index] == '\n') {
                    int end = index > position && buffer[index - 1] == '\r' ? index - 1 : index;
                    String line;
                    if (partial == null) {
                        line = new String(buffer, position, end - position, StandardCharsets.ISO_8859_1);
                    } else {
                        partial = append(partial, partialLength, buffer, position, index - position);
                        partialLength += index - position;
                        int length = partialLength > 0 && partial[partialLength - 1] == '\r'
                                ? partialLength - 1
                                : partialLength;
                        line = new String(partial, 0, length, StandardCharsets.ISO_8859_1);
                    }
                    position = index + 1;
                    return line;
                }
            }
            int available = limit - position;
            if (partialLength + available > maxBytes) {
                throw new MalformedRequestException(what + " is longer than " + maxBytes + " bytes");
            }
            if (available > 0) {
                partial = append(
                        partial == null ? new byte[Math.max(256, 2 * available)] : partial,
                        partialLength,
                        buffer,
                        position,
                        available);
                partialLength += available;
                position = limit;
            }
            if (fill() < 0) {
                if (partial == null) {
                    return null;
                }
                throw new MalformedRequestException(what + " ends before its line feed");
            }
        }
    }

    private static byte[] append(byte[] into, int length, byte[] from, int offset, int count) {
        byte[] target =
                length + count <= into.length ? into : Arrays.copyOf(into, Math.max(2 * into.length, length + count));
        System.arraycopy(from, offset, target, length, count);
        return target;
    }

    /** Reads up to {@code length} bytes into {@code target}; -1 at the end of the stream. */
    int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position < limit) {
            int count = Math.min(length, limit - position);
            System.arraycopy(buffer, position, target, offset, count);
            position += count;
            return count;
        }
        if (length >= buffer.length) {
            return socket.read(target, offset, length);
        }
        if (fill() < 0) {
            return -1;
        }
        return read(target, offset, length);
    }

    private int fill() throws IOException {
        position = 0;
        limit = 0;
        int count = socket.read(buffer, 0, buffer.length);
        if (count > 0) {
            limit = count;
        }
        return count;
    }
}
