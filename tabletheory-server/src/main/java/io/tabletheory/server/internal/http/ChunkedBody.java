package io.tabletheory.server.internal.http;

import java.io.EOFException;
import java.io.IOException;

/**
 * A request body in chunked transfer coding, read from the connection of {@link BlockingHttpServer}: chunk sizes in
 * hexadecimal (extensions ignored), the data, and after the last, empty chunk the trailer lines, which are skipped.
 * A malformed size or a missing line end is an {@link IOException} naming it; the connection is then closed.
 */
final class ChunkedBody extends RequestBody {
    private static final int MAX_LINE_BYTES = 8192;

    private final ConnectionInput input;
    private long remainingInChunk;
    private boolean started;
    private boolean ended;

    ChunkedBody(ConnectionInput input) {
        this.input = input;
    }

    @Override
    boolean complete() {
        return ended;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (ended) {
            return -1;
        }
        if (remainingInChunk == 0) {
            if (started) {
                expectEmptyLine("the line end after a chunk");
            }
            started = true;
            remainingInChunk = chunkSize(line("a chunk size"));
            if (remainingInChunk == 0) {
                skipTrailers();
                ended = true;
                return -1;
            }
        }
        if (length == 0) {
            return 0;
        }
        int count = input.read(target, offset, (int) Math.min(length, remainingInChunk));
        if (count < 0) {
            throw new EOFException("the connection closed inside a chunk of the body");
        }
        remainingInChunk -= count;
        return count;
    }

    private static long chunkSize(String line) throws IOException {
        int end = line.indexOf(';');
        String digits = (end < 0 ? line : line.substring(0, end)).trim();
        if (digits.isEmpty() || digits.length() > 8) {
            throw new IOException("Invalid chunk size '" + line + "'");
        }
        try {
            return Long.parseLong(digits, 16);
        } catch (NumberFormatException notHexadecimal) {
            throw new IOException("Invalid chunk size '" + line + "'");
        }
    }

    private void skipTrailers() throws IOException {
        for (int lines = 0; !line("a trailer").isEmpty(); lines++) {
            if (lines > 100) {
                throw new IOException("more than 100 trailer lines after the body");
            }
        }
    }

    private void expectEmptyLine(String what) throws IOException {
        if (!line(what).isEmpty()) {
            throw new IOException("chunk data longer than its size");
        }
    }

    private String line(String what) throws IOException {
        try {
            String line = input.readLine(MAX_LINE_BYTES, what);
            if (line == null) {
                throw new EOFException("the connection closed before " + what);
            }
            return line;
        } catch (MalformedRequestException malformed) {
            throw new IOException(malformed.getMessage(), malformed);
        }
    }
}
