package io.tabletheory.server.internal.protocol;

import io.tabletheory.server.internal.http.HttpExchange;
import io.tabletheory.server.internal.http.HttpHandler;
import io.tabletheory.server.internal.json.JsonTree;
import io.tabletheory.server.internal.json.WireException;
import io.tabletheory.server.internal.json.WireObject;
import io.tabletheory.server.internal.operation.Operation;
import io.tabletheory.server.internal.operation.SigningRegion;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DynamoDB's JSON 1.0 protocol over HTTP ({@link io.tabletheory.server.internal.http.BlockingHttpServer}): {@code POST /} with {@code X-Amz-Target:
 * DynamoDB_20120810.<Operation>} and a JSON body, answered with a JSON body, {@code x-amzn-RequestId} and the {@code
 * x-amz-crc32} checksum SDKs verify. {@code GET /} answers {@code healthy: tabletheory-server}, as DynamoDB's
 * endpoints answer a health check. Credentials and signatures are not checked (like DynamoDB Local). Every failure of
 * one request becomes that request's error response; nothing a client sends stops the server.
 */
public final class DynamoHttpHandler implements HttpHandler {
    /** The prefix of every DynamoDB {@code X-Amz-Target}. */
    public static final String TARGET_PREFIX = "DynamoDB_20120810.";

    /** The prefix of every DynamoDB Streams {@code X-Amz-Target}; those operations are served by their whole target. */
    public static final String STREAMS_TARGET_PREFIX = "DynamoDBStreams_20120810.";

    private static final String REQUEST_ID_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final byte[] HEALTHY = "healthy: tabletheory-server".getBytes(StandardCharsets.UTF_8);

    private final Map<String, Operation> operations;
    private final int maxRequestBytes;
    private final Runnable awaitDurable;
    private final RequestLog requestLog;
    private final AtomicInteger inFlight = new AtomicInteger();

    /** A handler serving {@code operations} (by name) and refusing bodies over {@code maxRequestBytes}. */
    public DynamoHttpHandler(Map<String, Operation> operations, int maxRequestBytes) {
        this(operations, maxRequestBytes, () -> {});
    }

    /**
     * A handler that also runs {@code awaitDurable} on the request's thread before each response is sent: with a
     * data directory, it waits until the writes the request made are durable, and throws (an error response) when
     * they cannot be, so no write is acknowledged before it is kept.
     */
    public DynamoHttpHandler(Map<String, Operation> operations, int maxRequestBytes, Runnable awaitDurable) {
        this(operations, maxRequestBytes, awaitDurable, RequestLog.off());
    }

    /** A handler as {@link #DynamoHttpHandler(Map, int, Runnable)} that also logs each request to {@code requestLog}. */
    public DynamoHttpHandler(
            Map<String, Operation> operations, int maxRequestBytes, Runnable awaitDurable, RequestLog requestLog) {
        this.operations = Map.copyOf(operations);
        this.maxRequestBytes = maxRequestBytes;
        this.awaitDurable = awaitDurable;
        this.requestLog = requestLog;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        inFlight.incrementAndGet();
        try {
            if (!"POST".equals(exchange.getRequestMethod())) {
                answerHealthCheck(exchange);
                return;
            }
            long started = requestLog.start();
            Response response = respond(exchange);
            send(exchange, response.status(), response.body());
            requestLog.served(exchange, response.request(), response.status(), response.body(), started);
        } finally {
            exchange.close();
            inFlight.decrementAndGet();
        }
    }

    /** A request the HTTP layer could not frame: a {@code SerializationException} naming what was wrong. */
    @Override
    public void refuseMalformed(HttpExchange exchange, String message) throws IOException {
        ErrorResponse error = ErrorResponse.of(WireException.serialization(message));
        send(exchange, error.status(), error.body());
    }

    /**
     * Waits until no request is being served, for at most {@code timeout}; true when idle. The server waits here
     * before it stops, which closes every connection at once.
     */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (inFlight.get() > 0) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            Thread.sleep(1);
        }
        return true;
    }

    private Response respond(HttpExchange exchange) {
        WireObject request = null;
        try {
            Operation operation = operation(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
            byte[] body = readBody(exchange);
            request = JsonTree.parseObject(body);
            String region = SigningRegion.of(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] answer;
            try {
                answer = operation.handle(request, region);
            } finally {
                awaitDurable.run();
            }
            return new Response(200, answer, request);
        } catch (WireException refused) {
            if (refused.status() == 413) {
                exchange.getResponseHeaders().set("Connection", "close");
            }
            ErrorResponse error = ErrorResponse.of(refused);
            return new Response(error.status(), error.body(), request);
        } catch (RuntimeException | StackOverflowError failure) {
            ErrorResponse error = ErrorResponse.of(failure);
            if (error.status() >= 500) {
                Log.LOG.error("request failed inside the server", failure);
            }
            return new Response(error.status(), error.body(), request);
        }
    }

    private Operation operation(String target) {
        if (target == null || target.isEmpty()) {
            throw WireException.unknownOperation(
                    "Missing X-Amz-Target header: DynamoDB requests name their operation as DynamoDB_20120810.<Operation>");
        }
        Operation operation = target.startsWith(TARGET_PREFIX)
                ? operations.get(target.substring(TARGET_PREFIX.length()))
                : target.startsWith(STREAMS_TARGET_PREFIX) ? operations.get(target) : null;
        if (operation == null) {
            throw WireException.unknownOperation("Unknown operation in X-Amz-Target: " + target);
        }
        return operation;
    }

    private byte[] readBody(HttpExchange exchange) {
        long declared = exchange.declaredLength();
        if (declared > maxRequestBytes) {
            throw tooLarge("Request body of " + declared + " bytes exceeds");
        }
        try (InputStream in = exchange.getRequestBody()) {
            if (declared >= 0) {
                byte[] body = new byte[(int) declared];
                if (in.readNBytes(body, 0, body.length) < body.length) {
                    throw new EOFException("the body ended before its Content-Length");
                }
                return body;
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream(1024);
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                body.write(buffer, 0, read);
                if (body.size() > maxRequestBytes) {
                    // A streamed (chunked) body: how much has arrived so far says nothing about its size.
                    throw tooLarge("Request body exceeds");
                }
            }
            return body.toByteArray();
        } catch (IOException unreadable) {
            throw WireException.serialization("Could not read the request body: " + unreadable.getMessage());
        }
    }

    private WireException tooLarge(String subject) {
        return WireException.tooLarge(subject + " this server's limit of " + maxRequestBytes
                + " bytes (DynamoDB's largest request, a 25-item BatchWriteItem, is 16 MB)");
    }

    private void answerHealthCheck(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().close();
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, HEALTHY.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(HEALTHY);
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        CRC32 checksum = new CRC32();
        checksum.update(body);
        exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.0");
        exchange.getResponseHeaders().set("x-amzn-RequestId", requestId());
        exchange.getResponseHeaders().set("x-amz-crc32", Long.toString(checksum.getValue()));
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String requestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] id = new char[52];
        for (int index = 0; index < id.length; index++) {
            id[index] = REQUEST_ID_CHARACTERS.charAt(random.nextInt(REQUEST_ID_CHARACTERS.length()));
        }
        return new String(id);
    }

    /** An answer, with the request it answers when its body parsed (null otherwise), for the request log. */
    private record Response(int status, byte[] body, WireObject request) {}

    /** The logger, made at the first failure: finding the logging back end at start costs a service-loader scan. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger("io.tabletheory.server");
    }
}
