package io.tabletheory.server.internal.http;

import java.io.EOFException;
import java.io.IOException;

/** A request body framed by its Content-Length, read from the connection of {@link BlockingHttpServer}. */
final class FixedLengthBody extends RequestBody {
    private final ConnectionInput input;
    private long remaining;

    FixedLengthBody(ConnectionInput input, long length) {
        this.input = input;
        this.remaining = length;
    }

    @Override
    boolean complete() {
        return remaining == 0;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (remaining == 0) {
            return -1;
        }
        int count = input.read(target, offset, (int) Math.min(length, remaining));
        if (count < 0) {
            throw new EOFException("the connection closed " + remaining + " bytes before the end of the body");
        }
        remaining -= count;
        return count;
    }
}
