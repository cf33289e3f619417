package io.tabletheory.server.internal.http;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One client connection of {@link BlockingHttpServer}, served by one worker thread from its first request to its
 * close: read a request head, hand the exchange to the {@link HttpHandler} on this same thread, write the response,
 * and wait for the next request on the kept-alive connection, polling for it a moment before blocking ({@link
 * ReadPoll}). No hand-off between threads on the way, which is what keeps a round trip short. {@link #deadline} is
 * when the current phase must end (waiting for a request; reading it and starting its response, as the JDK's server
 * counted it; writing the response); the server's watch closes the socket when it passes, which ends any read or
 * write blocked on it.
 */
final class HttpConnection implements Runnable {
    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    /** No deadline: the connection has not started. */
    static final long NONE = Long.MAX_VALUE;

    private final BlockingHttpServer server;
    private final Socket socket;
    private volatile long deadline = NONE;
    private volatile boolean idle;
    private OutputStream responseBody;
    private OutputStream socketOutput;

    HttpConnection(BlockingHttpServer server, Socket socket) {
        this.server = server;
        this.socket = socket;
    }

    @Override
    public void run() {
        server.opened(this);
        try {
            BlockingHttpServer.Settings settings = server.settings();
            socket.setTcpNoDelay(settings.noDelay());
            ConnectionInput input = new ConnectionInput(socket.getInputStream(), 8192);
            socketOutput = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
            responseBody = new UnclosableOutput(socketOutput);
            ReadPoll poll = server.readPoll();
            boolean open = true;
            while (open) {
                idle = true;
                deadline = System.nanoTime() + settings.idleTime().toNanos();
                if (!input.awaitByte(poll)) {
                    break;
                }
                idle = false;
                deadline = System.nanoTime() + settings.requestTime().toNanos();
                poll.requestStarted();
                try {
                    open = serveOne(input, settings);
                } finally {
                    poll.requestEnded();
                }
                if (!open) {
                    closeGracefully(input);
                }
            }
        } catch (IOException brokenOrTimedOut) {
            // The client went away, or the watch closed the socket at a deadline: nothing more to send.
        } finally {
            close();
            server.closed(this);
        }
    }

    private boolean serveOne(ConnectionInput input, BlockingHttpServer.Settings settings) throws IOException {
        RequestHead head;
        try {
            head = RequestHead.read(input, settings.maxHeadBytes());
        } catch (MalformedRequestException malformed) {
            RequestHead none = new RequestHead("", "", false, new Headers(), 0, false);
            HttpExchange refusal = new HttpExchange(this, none, new FixedLengthBody(input, 0), true);
            server.handler().refuseMalformed(refusal, malformed.getMessage());
            refusal.close();
            return false;
        }
        if (head == null) {
            return false;
        }
        RequestBody body =
                head.chunked() ? new ChunkedBody(input) : new FixedLengthBody(input, Math.max(0, head.contentLength()));
        if (head.expectsContinue() && !body.complete()) {
            socketOutput.write(CONTINUE);
            socketOutput.flush();
        }
        HttpExchange exchange = new HttpExchange(this, head, body, false);
        server.handler().handle(exchange);
        exchange.close();
        return exchange.keepsConnection();
    }

    /**
     * Closes after a response, letting the client read it: closing a socket with unread request bytes in it resets
     * the connection, and a reset can destroy the response before the client reads it. So this sends the end of the
     * stream first and reads what the client still sends (at most 1 MiB, for at most a second) before closing.
     */
    private void closeGracefully(ConnectionInput input) {
        try {
            socketOutput.flush();
            socket.shutdownOutput();
            socket.setSoTimeout(1000);
            byte[] discard = new byte[8192];
            for (int total = 0, read = 0; total < (1 << 20) && read >= 0; total += read) {
                read = input.read(discard, 0, discard.length);
            }
        } catch (IOException timedOutOrBroken) {
            // Nothing more to read: close below.
        }
    }

    /** Writes the status line and {@code headers}, starting the response's time limit. */
    void writeHead(int status, long length, Headers headers) throws IOException {
        deadline = System.nanoTime() + server.settings().responseTime().toNanos();
        StringBuilder head = new StringBuilder(256)
                .append("HTTP/1.1 ")
                .append(status)
                .append(' ')
                .append(reason(status))
                .append("\r\n");
        headers.appendTo(head);
        head.append("Content-Length: ").append(length).append("\r\n\r\n");
        socketOutput.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The buffered response body of the current exchange. */
    OutputStream responseBody() {
        return responseBody;
    }

    /** Closes the connection now if its deadline has passed at {@code now}; true when it did. */
    boolean closeIfOverdue(long now) {
        long due = deadline;
        if (due != NONE && now - due > 0) {
            close();
            return true;
        }
        return false;
    }

    /** Whether the connection waits for its next request, nothing of it read yet. */
    boolean idle() {
        return idle;
    }

    /** Closes the socket, ending any read or write blocked on it. */
    void close() {
        try {
            socket.close();
        } catch (IOException alreadyBroken) {
            // Closed is what was wanted.
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 413 -> "Payload Too Large";
            case 500 -> "Internal Server Error";
            default -> "Status " + status;
        };
    }

    /** The response body stream: closing it sends what is buffered and keeps the connection open. */
    private static final class UnclosableOutput extends FilterOutputStream {
        UnclosableOutput(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
