package io.tabletheory.server;

import com.sun.net.httpserver.HttpServer;
import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.inmemory.InMemoryDynamo;
import io.tabletheory.server.internal.operation.Operations;
import io.tabletheory.server.internal.protocol.DynamoHttpHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The TableTheory emulator as a local DynamoDB endpoint: DynamoDB's HTTP protocol (JSON 1.0) served from an {@link
 * InMemoryDynamo}, so any AWS SDK, the AWS CLI or any other DynamoDB client can use it with an endpoint override.
 * It starts in milliseconds, accepts any credentials and region, and answers as DynamoDB does, errors included.
 *
 * <pre>{@code
 * try (TableTheoryServer server = TableTheoryServer.start()) {
 *     DynamoDbClient client = DynamoDbClient.builder()
 *             .endpointOverride(server.endpoint())
 *             .region(Region.US_EAST_1)
 *             .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
 *             .build();
 *     ...
 * }
 * }</pre>
 *
 * <p>Operations: CreateTable, DescribeTable, DeleteTable, ListTables (paged), UpdateTimeToLive, DescribeTimeToLive,
 * DescribeEndpoints, PutItem, GetItem, UpdateItem, DeleteItem, Query, Scan, BatchGetItem, BatchWriteItem,
 * TransactWriteItems and TransactGetItems, with what the store behind it supports (the in-memory emulator answers
 * the batch operations and transactions with {@code UnknownOperationException} naming them until it supports them).
 * A malformed body or a member of the wrong JSON type is a {@code SerializationException}, an unknown {@code
 * X-Amz-Target} an {@code UnknownOperationException}, a body over {@link Builder#maxRequestBytes} an HTTP 413.
 * Connections are kept alive and requests are served concurrently.
 *
 * <p>Closing the server stops it and, when it has a {@linkplain Builder#dataDirectory data directory}, writes its
 * tables there first.
 */
public final class TableTheoryServer implements AutoCloseable {
    /** The default request body limit: 16 MiB, DynamoDB's largest request. */
    public static final int DEFAULT_MAX_REQUEST_BYTES = 16 * 1024 * 1024;

    static {
        // The JDK server writes a response's headers and its body in two writes. With Nagle's algorithm on, the body
        // waits for the client's (delayed) ACK of the headers: about 40 ms added to every request on Linux. The JDK
        // reads this property once, when it starts its first server in the JVM, so it is set here, before that; a
        // value set explicitly is kept.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer http;
    private final ExecutorService workers;
    private final DynamoStore store;
    private final URI endpoint;

    private TableTheoryServer(HttpServer http, ExecutorService workers, DynamoStore store) {
        this.http = http;
        this.workers = workers;
        this.store = store;
        InetSocketAddress address = http.getAddress();
        String host = address.getAddress().isAnyLocalAddress()
                ? "127.0.0.1"
                : address.getAddress().getHostAddress();
        this.endpoint =
                URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort());
    }

    /** A server on a free loopback port, backed by a new, empty {@link InMemoryDynamo}. */
    public static TableTheoryServer start() {
        return builder().start();
    }

    /** A builder for a server with another port, host, store or limits. */
    public static Builder builder() {
        return new Builder();
    }

    /** The endpoint to give clients, e.g. {@code http://127.0.0.1:8000}. */
    public URI endpoint() {
        return endpoint;
    }

    /** The port the server listens on (the one chosen when the builder asked for port 0). */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The store the server serves, for tests that set up or inspect data directly. */
    public DynamoStore store() {
        return store;
    }

    /** Stops accepting requests, lets requests in progress finish (for up to a second), and stops the workers. */
    @Override
    public void close() {
        http.stop(1);
        workers.shutdown();
    }

    /** Settings of a {@link TableTheoryServer}; every one has a default. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 0;
        private DynamoStore store;
        private int maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private int threads = Math.max(8, 2 * Runtime.getRuntime().availableProcessors());

        private Builder() {}

        /** The address to listen on; {@code 127.0.0.1} by default, {@code 0.0.0.0} for every interface. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port to listen on; 0 (the default) picks a free one, which {@link #port()} then tells. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
            }
            this.port = port;
            return this;
        }

        /** The store to serve; a new {@link InMemoryDynamo} by default. */
        public Builder store(DynamoStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /** The largest request body accepted, in bytes; larger ones get HTTP 413. 16 MiB by default. */
        public Builder maxRequestBytes(int maxRequestBytes) {
            if (maxRequestBytes < 1) {
                throw new IllegalArgumentException("maxRequestBytes must be at least 1, was " + maxRequestBytes);
            }
            this.maxRequestBytes = maxRequestBytes;
            return this;
        }

        /** How many requests are served at once; twice the processors (at least 8) by default. */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * Starts the server.
         *
         * @throws UncheckedIOException when the address cannot be bound (the port is in use, say)
         */
        public TableTheoryServer start() {
            DynamoStore served = store == null ? InMemoryDynamo.create() : store;
            HttpServer http;
            try {
                http = HttpServer.create(new InetSocketAddress(host, port), 0);
            } catch (IOException bindFailure) {
                throw new UncheckedIOException(
                        "cannot listen on " + host + ":" + port + ": " + bindFailure.getMessage(), bindFailure);
            }
            ExecutorService workers = Executors.newFixedThreadPool(threads, new WorkerThreads());
            http.setExecutor(workers);
            InetSocketAddress bound = http.getAddress();
            String address =
                    (bound.getAddress().isAnyLocalAddress()
                                    ? "127.0.0.1"
                                    : bound.getAddress().getHostAddress()) + ":" + bound.getPort();
            http.createContext(
                    "/",
                    new DynamoHttpHandler(Operations.forStore(served, address, Clock.systemUTC()), maxRequestBytes));
            http.start();
            return new TableTheoryServer(http, workers, served);
        }
    }

    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "tabletheory-server-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
