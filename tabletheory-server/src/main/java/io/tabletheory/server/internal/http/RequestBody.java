package io.tabletheory.server.internal.http;

import java.io.IOException;
import java.io.InputStream;

/**
 * A request body as {@link BlockingHttpServer} reads it from the connection ({@link FixedLengthBody}, {@link
 * ChunkedBody}), and what the server needs to know of it after the handler is done: whether it was read to its end
 * (the connection can then carry the next request).
 */
abstract class RequestBody extends InputStream {
    /** Whether the body has been read to its end. */
    abstract boolean complete();

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }
}
