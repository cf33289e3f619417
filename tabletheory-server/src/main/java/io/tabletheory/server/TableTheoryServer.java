package io.tabletheory.server;

import com.sun.net.httpserver.HttpServer;
import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import io.tabletheory.server.internal.operation.Operations;
import io.tabletheory.server.internal.protocol.DynamoHttpHandler;
import io.tabletheory.server.internal.snapshot.SnapshotDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The TableTheory emulator as a local DynamoDB endpoint: DynamoDB's HTTP protocol (JSON 1.0) served from an {@link
 * InMemoryDynamoStore}, so any AWS SDK, the AWS CLI or any other DynamoDB client can use it with an endpoint override.
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
 * TransactWriteItems and TransactGetItems (a cancelled transaction answers with its {@code CancellationReasons}), with
 * what the store behind it supports; the in-memory emulator supports them all.
 * A malformed body or a member of the wrong JSON type is a {@code SerializationException}, an unknown {@code
 * X-Amz-Target} an {@code UnknownOperationException}, a body over {@link Builder#maxRequestBytes} an HTTP 413.
 * Connections are kept alive and requests are served concurrently.
 *
 * <p>Slow or broken clients cannot starve others: a request that has not arrived in full, or a response the client
 * does not read, holds one worker thread of its own, and workers are added on demand (up to {@link
 * Builder#maxWorkers}) while others serve the rest. The JDK's HTTP server closes a connection whose request takes
 * longer than {@value #DEFAULT_REQUEST_TIMEOUT_SECONDS} s to arrive and be answered, or whose response takes longer to
 * be read: see {@link Builder#start()} for these limits, which are the JVM's own settings.
 *
 * <p>With a {@linkplain Builder#dataDirectory data directory}, the server loads the tables saved there before it
 * serves its first request and saves every table there when it is closed, so data outlives the process:
 *
 * <pre>{@code
 * TableTheoryServer server = TableTheoryServer.builder().dataDirectory(Path.of("data")).start();
 * }</pre>
 */
public final class TableTheoryServer implements AutoCloseable {
    /** The default request body limit: 16 MiB, DynamoDB's largest request. */
    public static final int DEFAULT_MAX_REQUEST_BYTES = 16 * 1024 * 1024;

    /** The default number of workers: as many as requests arriving or answered at once, stalled ones included. */
    public static final int DEFAULT_MAX_WORKERS = 1024;

    /** The default time a request may take to arrive and be answered, and its response to be read, in seconds. */
    public static final int DEFAULT_REQUEST_TIMEOUT_SECONDS = 30;

    /** The JDK HTTP server's switch for TCP_NODELAY on accepted connections; read once, when its first server starts. */
    private static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

    /** The JDK HTTP server's limit, in seconds, on reading a request and sending its response headers. */
    static final String REQUEST_TIME_PROPERTY = "sun.net.httpserver.maxReqTime";

    /** The JDK HTTP server's limit, in seconds, on sending a response's body. */
    static final String RESPONSE_TIME_PROPERTY = "sun.net.httpserver.maxRspTime";

    /** How long an idle worker above {@link Builder#threads} lives before it ends. */
    private static final Duration IDLE_WORKER_LIFETIME = Duration.ofSeconds(30);

    private final HttpServer http;
    private final DynamoHttpHandler handler;
    private final ExecutorService workers;
    private final DynamoStore store;
    private final URI endpoint;
    private final Optional<SnapshotDirectory> snapshot;
    private final AtomicBoolean closed = new AtomicBoolean();

    private TableTheoryServer(
            HttpServer http,
            DynamoHttpHandler handler,
            ExecutorService workers,
            DynamoStore store,
            Optional<SnapshotDirectory> snapshot,
            URI endpoint) {
        this.http = http;
        this.handler = handler;
        this.workers = workers;
        this.store = store;
        this.snapshot = snapshot;
        this.endpoint = endpoint;
    }

    /** The URI clients reach a bound server at: loopback when it listens on every interface. */
    private static URI endpointOf(InetSocketAddress bound) {
        String host = bound.getAddress().isAnyLocalAddress()
                ? "127.0.0.1"
                : bound.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort());
    }

    /** A server on a free loopback port, backed by a new, empty {@link InMemoryDynamoStore}. */
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

    /**
     * The address the server is bound to, as the operating system reports it: {@code 0.0.0.0} or {@code ::} when it
     * listens on every interface, whatever spelling the builder was given ({@code 0}, {@code 0.0.0.0}, {@code ::}).
     */
    public InetSocketAddress address() {
        return http.getAddress();
    }

    /** The port the server listens on (the one chosen when the builder asked for port 0). */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The store the server serves, for tests that set up or inspect data directly. */
    public DynamoStore store() {
        return store;
    }

    /** The data directory (absolute) the server loads from and saves to; empty when it has none. */
    public Optional<Path> dataDirectory() {
        return snapshot.map(SnapshotDirectory::path);
    }

    /**
     * Saves every table to the data directory now, while the server keeps serving; for a process that may be killed
     * without running its shutdown hooks (SIGKILL), which never reaches {@link #close()}. Each table file is replaced
     * atomically, but the save is not a point-in-time copy: a write served while it runs may or may not be in it.
     *
     * @throws IllegalStateException when the server has no data directory
     * @throws UncheckedIOException when a file cannot be written (the message names it)
     */
    public void saveSnapshot() {
        snapshot.orElseThrow(() -> new IllegalStateException("this server has no data directory"))
                .save(store);
    }

    /**
     * Lets requests in progress finish (for up to a second), stops the server and its workers. With a data
     * directory, it then waits for requests still running (up to ten seconds more) and saves every table there.
     * Closing again does nothing.
     *
     * @throws UncheckedIOException when the tables cannot be saved (the server is stopped anyway)
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            handler.awaitIdle(Duration.ofSeconds(1));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        http.stop(0);
        workers.shutdown();
        if (snapshot.isPresent()) {
            awaitWorkers();
            snapshot.get().save(store);
        }
    }

    private void awaitWorkers() {
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Settings of a {@link TableTheoryServer}; every one has a default. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 0;
        private DynamoStore store;
        private int maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private int threads = Math.max(8, 2 * Runtime.getRuntime().availableProcessors());
        private int maxWorkers = DEFAULT_MAX_WORKERS;
        private Path dataDirectory;

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

        /** The store to serve; a new {@link InMemoryDynamoStore} by default. */
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

        /**
         * How many workers are kept ready for requests; twice the processors (at least 8) by default. More are added
         * when all are busy, up to {@link #maxWorkers}, and end after 30 s without work.
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * The most requests served at once, counting those still arriving (a client that sends part of a request
         * holds a worker until it sends the rest or the request time limit closes it); {@value #DEFAULT_MAX_WORKERS}
         * by default, and never fewer than {@link #threads}. A connection whose request arrives while every worker is
         * busy is closed at once, so a client sees a connection error and can retry.
         */
        public Builder maxWorkers(int maxWorkers) {
            if (maxWorkers < 1) {
                throw new IllegalArgumentException("maxWorkers must be at least 1, was " + maxWorkers);
            }
            this.maxWorkers = maxWorkers;
            return this;
        }

        /**
         * A directory to keep the tables in across restarts; none by default (the tables live as long as the server).
         * {@link #start()} creates it when missing and loads the tables saved there into the store; {@link
         * TableTheoryServer#close()} and {@link TableTheoryServer#saveSnapshot()} save every table there. It holds a
         * {@code tabletheory-snapshot.json} marker and one {@code <table>.table.json} per table: the definition in
         * CreateTable's shape, the time-to-live setting and every item in DynamoDB JSON, one item per line. Other files
         * are left alone. A process killed without running its shutdown hooks (SIGKILL) never closes the server: call
         * {@link TableTheoryServer#saveSnapshot()} at the moments that matter. Provisioned capacity is not kept (a
         * PROVISIONED table comes back with 1 read and 1 write unit), nor are the creation times DescribeTable reports;
         * loading holds one table's file in memory at a time. Two processes must not share a directory.
         */
        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory");
            return this;
        }

        /**
         * Starts the server, after loading the data directory's tables into the store when it has one. Unless the
         * system property {@code sun.net.httpserver.nodelay} is set already, it is set to {@code true} first, so the
         * JDK's HTTP server sends each response without waiting for the client's delayed acknowledgement; and unless
         * {@code sun.net.httpserver.maxReqTime} and {@code sun.net.httpserver.maxRspTime} are set, they are set to
         * {@value #DEFAULT_REQUEST_TIMEOUT_SECONDS} (seconds): the JDK closes a connection whose request has not
         * arrived and been answered in that time, or whose response has not been read in it. The JDK reads these
         * properties once, when the first of its HTTP servers in the JVM starts, so they hold for every server of the
         * JVM; set them on the command line ({@code -Dsun.net.httpserver.maxReqTime=120}) to choose other limits.
         *
         * @throws UncheckedIOException when the address cannot be bound (the port is in use, say), or the data
         *     directory cannot be created or read
         * @throws IllegalStateException when a file of the data directory is malformed or names a table the store
         *     already has; the message names the file and the problem, and nothing is served
         */
        public TableTheoryServer start() {
            DynamoStore served = store == null ? InMemoryDynamoStore.create() : store;
            defaultProperty(NO_DELAY_PROPERTY, "true");
            defaultProperty(REQUEST_TIME_PROPERTY, Integer.toString(DEFAULT_REQUEST_TIMEOUT_SECONDS));
            defaultProperty(RESPONSE_TIME_PROPERTY, Integer.toString(DEFAULT_REQUEST_TIMEOUT_SECONDS));
            Optional<SnapshotDirectory> snapshot =
                    Optional.ofNullable(dataDirectory).map(SnapshotDirectory::at);
            snapshot.ifPresent(directory -> directory.load(served));
            HttpServer http;
            try {
                http = HttpServer.create(new InetSocketAddress(host, port), 0);
            } catch (IOException bindFailure) {
                throw new UncheckedIOException(
                        "cannot listen on " + host + ":" + port + ": " + bindFailure.getMessage(), bindFailure);
            }
            ThreadPoolExecutor workers = new ThreadPoolExecutor(
                    threads,
                    Math.max(threads, maxWorkers),
                    IDLE_WORKER_LIFETIME.toMillis(),
                    TimeUnit.MILLISECONDS,
                    new SynchronousQueue<>(),
                    new WorkerThreads());
            http.setExecutor(workers);
            URI endpoint = endpointOf(http.getAddress());
            DynamoHttpHandler handler = new DynamoHttpHandler(
                    Operations.forStore(served, endpoint.getAuthority(), Clock.systemUTC()), maxRequestBytes);
            http.createContext("/", handler);
            http.start();
            return new TableTheoryServer(http, handler, workers, served, snapshot, endpoint);
        }
    }

    /**
     * Sets a JDK HTTP server property the user has not set. Nagle's algorithm: the JDK's server writes a response's
     * headers and its body as two TCP segments, and with Nagle on (the JDK's default) the body waits for the client's
     * delayed acknowledgement, about 40 ms on every request. The time limits: without them (the JDK's default) a
     * client that sends part of a request holds a worker forever.
     */
    private static void defaultProperty(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
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
