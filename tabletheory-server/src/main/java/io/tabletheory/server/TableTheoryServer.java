package io.tabletheory.server;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import io.tabletheory.server.internal.data.DataDirectory;
import io.tabletheory.server.internal.http.BlockingHttpServer;
import io.tabletheory.server.internal.operation.Operation;
import io.tabletheory.server.internal.operation.Operations;
import io.tabletheory.server.internal.protocol.DynamoHttpHandler;
import io.tabletheory.server.internal.protocol.RequestLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

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
 * Builder#maxWorkers}) while others serve the rest. The server closes a connection whose request takes longer than
 * {@value #DEFAULT_REQUEST_TIMEOUT_SECONDS} s to arrive, or whose response takes longer to be read: see {@link
 * Builder#start()} for these limits. A connection is served by one thread from request to response, so a kept-alive
 * connection waiting for its next request holds a worker too; when all are taken, such an idle connection is closed
 * to make room (clients reconnect, as they do after any idle close). After answering, a connection's thread polls for
 * the client's next request for a moment before it blocks (see {@link Builder#pollTime}), so a client sending one
 * request at a time does not wait for an idle processor to wake.
 *
 * <p>With a {@linkplain Builder#dataDirectory data directory}, the server loads the tables kept there before it
 * serves its first request, and journals every write there before acknowledging it, so every acknowledged write
 * outlives the process, even when it is killed ({@code kill -9}) or the machine loses power:
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

    /** How long, by default, a connection polls for its next request before it blocks: 50 microseconds. */
    public static final Duration DEFAULT_POLL_TIME = Duration.ofNanos(50_000);

    /** The default time a request may take to arrive and be answered, and its response to be read, in seconds. */
    public static final int DEFAULT_REQUEST_TIMEOUT_SECONDS = 30;

    /**
     * The switch for TCP_NODELAY on accepted connections. The names of these three properties are those of the
     * JDK's HTTP server, which this server used before it had its own, so command lines that set them keep working.
     */
    private static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

    /** The limit, in seconds, on reading a request. */
    static final String REQUEST_TIME_PROPERTY = "sun.net.httpserver.maxReqTime";

    /** The limit, in seconds, on sending a response. */
    static final String RESPONSE_TIME_PROPERTY = "sun.net.httpserver.maxRspTime";

    /** How long a kept-alive connection may wait for its next request. */
    private static final Duration IDLE_CONNECTION_LIFETIME = Duration.ofSeconds(30);

    /** The longest {@link Builder#pollTime}: polling longer would only spend a processor. */
    private static final Duration MAX_POLL_TIME = Duration.ofSeconds(1);

    /** The largest request head (request line and headers) read. */
    private static final int MAX_HEAD_BYTES = 64 * 1024;

    private final BlockingHttpServer http;
    private final DynamoHttpHandler handler;
    private final DynamoStore store;
    private final URI endpoint;
    private final Optional<DataDirectory> data;
    private final CompletableFuture<RuntimeException> dataFailure;
    private final AtomicBoolean closed = new AtomicBoolean();

    private TableTheoryServer(
            BlockingHttpServer http,
            DynamoHttpHandler handler,
            DynamoStore store,
            Optional<DataDirectory> data,
            CompletableFuture<RuntimeException> dataFailure,
            URI endpoint) {
        this.http = http;
        this.handler = handler;
        this.store = store;
        this.data = data;
        this.dataFailure = dataFailure;
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
        return http.address();
    }

    /** The port the server listens on (the one chosen when the builder asked for port 0). */
    public int port() {
        return http.address().getPort();
    }

    /** The store the server serves, for tests that set up or inspect data directly. */
    public DynamoStore store() {
        return store;
    }

    /** The data directory (absolute) the server keeps its tables in; empty when it has none. */
    public Optional<Path> dataDirectory() {
        return data.map(DataDirectory::path);
    }

    /**
     * Compacts the data directory now: writes a snapshot of every table and drops the journal it replaces, while the
     * server keeps serving (the server also does this by itself, in the background, once the journal holds a quarter of the
     * last snapshot). Not needed for durability: every acknowledged write is in the journal already.
     *
     * @throws IllegalStateException when the server has no data directory
     * @throws UncheckedIOException when the snapshot cannot be written (the message names the file); the server then
     *     accepts no more writes, as after any failure of its data directory
     */
    public void saveSnapshot() {
        data.orElseThrow(() -> new IllegalStateException("this server has no data directory"))
                .compact();
    }

    /**
     * Completes, with the error, when the data directory can no longer be written (disk full, I/O error, files
     * removed): from then on the server refuses every write with an error naming the cause, and a process should
     * stop (the command line exits with status 3). Never completes for a server without a data directory.
     */
    public CompletableFuture<RuntimeException> dataDirectoryFailure() {
        return dataFailure.copy();
    }

    /**
     * Lets requests in progress finish (for up to a second), stops the server and its workers. With a data
     * directory, it then waits for requests still running (up to ten seconds more), forces the journal to disk,
     * abandons a compaction in progress and releases the directory: nothing is left to save, as every write was
     * journaled when it was made. Closing again does nothing.
     *
     * @throws RuntimeException when the data directory had failed (its message says why): the writes refused since
     *     were never acknowledged; the server is stopped anyway
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
        http.stop();
        if (data.isPresent()) {
            awaitWorkers();
            data.get().close();
        }
    }

    private void awaitWorkers() {
        try {
            http.awaitStopped(Duration.ofSeconds(10));
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
        private Duration pollTime = DEFAULT_POLL_TIME;
        private int pollThreads = Math.max(0, Runtime.getRuntime().availableProcessors() - 1);
        private Path dataDirectory;
        private Durability durability = Durability.SYNC;
        private boolean verbose;

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
         * The most connections served at once, counting those whose request is still arriving (a client that sends
         * part of a request holds a worker until it sends the rest or the request time limit closes it) and kept-alive
         * ones waiting for their next request; {@value #DEFAULT_MAX_WORKERS} by default, and never fewer than {@link
         * #threads}. When every worker is taken, a kept-alive connection waiting for its next request is closed to
         * make room (clients reconnect, as after any idle close); a new connection that finds no worker within a
         * second is closed, so its client sees a connection error and can retry.
         */
        public Builder maxWorkers(int maxWorkers) {
            if (maxWorkers < 1) {
                throw new IllegalArgumentException("maxWorkers must be at least 1, was " + maxWorkers);
            }
            this.maxWorkers = maxWorkers;
            return this;
        }

        /**
         * How long a connection polls its socket for the client's next request after answering one, before it blocks
         * in a read; {@link #DEFAULT_POLL_TIME} by default, {@link Duration#ZERO} to never poll. A thread blocked in a
         * read lets its processor idle, and on a virtual machine waking an idle processor for the next request can
         * cost more than serving it (tens of microseconds): a client that sends one request at a time, soon after
         * each answer, is answered sooner when the thread is still polling. The cost is processor time: up to this
         * long per response, spent by at most {@link #pollThreads} connections at once, and only while no connection
         * is serving a request (a request that starts, its bytes still arriving included, ends every poll), so that
         * polling never takes a processor from the server's own work. A request that arrives after the poll is
         * served as without it.
         *
         * @throws IllegalArgumentException when {@code pollTime} is negative or longer than a second
         */
        public Builder pollTime(Duration pollTime) {
            Objects.requireNonNull(pollTime, "pollTime");
            if (pollTime.isNegative() || pollTime.compareTo(MAX_POLL_TIME) > 0) {
                throw new IllegalArgumentException(
                        "pollTime must be between 0 and 1 s, was " + pollTime.toNanos() / 1000 + " microseconds");
            }
            this.pollTime = pollTime;
            return this;
        }

        /**
         * The most connections that {@linkplain #pollTime poll} at once; one fewer than the processors by default
         * (none on one processor), so that polling never holds every core while other connections have work. A
         * connection that finds this many polling blocks at once. 0 turns polling off.
         *
         * @throws IllegalArgumentException when {@code pollThreads} is negative
         */
        public Builder pollThreads(int pollThreads) {
            if (pollThreads < 0) {
                throw new IllegalArgumentException("pollThreads must be at least 0, was " + pollThreads);
            }
            this.pollThreads = pollThreads;
            return this;
        }

        /**
         * A directory to keep the tables in across restarts; none by default (the tables live as long as the server).
         * {@link #start()} creates it when missing, locks it and loads what it holds into a new emulator; from then on
         * every write is appended to a journal there and acknowledged only once the journal is on disk (see {@link
         * #durability}), so an acknowledged write survives {@code kill -9} and power loss, a crash at any moment leaves
         * a state that loads (transactions whole, across tables too), and closing has nothing left to save. In the
         * background the journal is compacted into a snapshot once it holds a quarter of the last one's bytes.
         *
         * <p>The directory holds {@code tabletheory.lock}, {@code journal-<n>.log} files and {@code snapshot-<n>/}
         * directories, each a whole snapshot in plain JSON once its {@code tabletheory-snapshot.json} marker exists:
         * one {@code <table>.table.json} per table with the definition in CreateTable's shape, the time-to-live
         * setting and every item in DynamoDB JSON, one item per line. Other files are left alone. A second server on
         * the same directory is refused at start, naming the process that holds it. Provisioned capacity is kept by
         * the journal but not by snapshots (a PROVISIONED table comes back from one with 1 read and 1 write unit),
         * nor are the creation times DescribeTable reports. The server serves its own emulator here: {@link #store}
         * cannot be combined with a data directory.
         */
        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory");
            return this;
        }

        /** When a write to the data directory is acknowledged; {@link Durability#SYNC} by default. */
        public Builder durability(Durability durability) {
            this.durability = Objects.requireNonNull(durability, "durability");
            return this;
        }

        /**
         * Whether to log one line per request (off by default): at INFO, through slf4j, on the logger {@code
         * io.tabletheory.server.requests}, naming the operation, the tables the request names, the HTTP status,
         * DynamoDB's error type when it failed, and the latency, e.g. {@code GetItem table=users status=400
         * error=ResourceNotFoundException latency=0.105 ms}. The lines go wherever the application's slf4j binding
         * sends them ({@code java -jar tabletheory-server.jar --verbose} prints them on standard error). Off, the
         * server reads no clock and builds no string for it.
         */
        public Builder verbose(boolean verbose) {
            this.verbose = verbose;
            return this;
        }

        /**
         * Starts the server, after loading the data directory into the store when it has one. Unless the
         * system property {@code sun.net.httpserver.nodelay} is set already, it is set to {@code true} first, so the
         * server sends each response without waiting for the client's delayed acknowledgement; and unless {@code
         * sun.net.httpserver.maxReqTime} and {@code sun.net.httpserver.maxRspTime} are set, they are set to {@value
         * #DEFAULT_REQUEST_TIMEOUT_SECONDS} (seconds): the server closes a connection whose request has not arrived
         * whole in that time from its first byte, or whose response has not been read in it; a kept-alive connection
         * idle for 30 s is closed too. Each server reads these properties when it starts (the names are those of the
         * JDK's HTTP server, which it used before); set them on the command line ({@code
         * -Dsun.net.httpserver.maxReqTime=120}) to choose other limits.
         *
         * @throws UncheckedIOException when the address cannot be bound (the port is in use, say), or the data
         *     directory cannot be created, read or written
         * @throws IllegalStateException when another server holds the data directory (the message names its process),
         *     a file of the directory is malformed (the message names the file and the problem), or both a store and
         *     a data directory were given; nothing is served then
         */
        public TableTheoryServer start() {
            if (dataDirectory != null && store != null) {
                throw new IllegalStateException("a server with a data directory serves its own emulator, which the"
                        + " directory journals; do not give it a store as well");
            }
            defaultProperty(NO_DELAY_PROPERTY, "true");
            defaultProperty(REQUEST_TIME_PROPERTY, Integer.toString(DEFAULT_REQUEST_TIMEOUT_SECONDS));
            defaultProperty(RESPONSE_TIME_PROPERTY, Integer.toString(DEFAULT_REQUEST_TIMEOUT_SECONDS));
            CompletableFuture<RuntimeException> dataFailure = new CompletableFuture<>();
            Optional<DataDirectory> data = Optional.ofNullable(dataDirectory)
                    .map(directory -> DataDirectory.open(
                            directory,
                            durability == Durability.SYNC,
                            Clock.systemUTC(),
                            failure -> report(failure, dataFailure)));
            DynamoStore served = data.<DynamoStore>map(DataDirectory::store)
                    .orElseGet(() -> store == null ? InMemoryDynamoStore.create() : store);
            try {
                return listen(served, data, dataFailure);
            } catch (RuntimeException | Error failure) {
                data.ifPresent(DataDirectory::close);
                throw failure;
            }
        }

        /**
         * Completes {@code dataFailure} on a thread of its own: the journal's writer or the compaction reports the
         * failure, and what depends on the future (a process exiting, which closes the server, which waits for them)
         * must not run on their threads.
         */
        private static void report(RuntimeException failure, CompletableFuture<RuntimeException> dataFailure) {
            Thread reporter = new Thread(() -> dataFailure.complete(failure), "tabletheory-data-failure");
            reporter.setDaemon(true);
            reporter.start();
        }

        private TableTheoryServer listen(
                DynamoStore served, Optional<DataDirectory> data, CompletableFuture<RuntimeException> dataFailure) {
            BlockingHttpServer http;
            try {
                http = BlockingHttpServer.bind(new InetSocketAddress(host, port), settings());
            } catch (IOException bindFailure) {
                throw new UncheckedIOException(
                        "cannot listen on " + host + ":" + port + ": " + bindFailure.getMessage(), bindFailure);
            }
            URI endpoint = endpointOf(http.address());
            Runnable awaitDurable = data.<Runnable>map(directory -> directory::awaitWritesOfThisThread)
                    .orElse(() -> {});
            Map<String, Operation> operations = Operations.forStore(served, endpoint.getAuthority(), Clock.systemUTC());
            if (data.isPresent()) {
                // The journal records item and table lifetimes, not table settings (UpdateTable, tags): a snapshot
                // after each such change keeps it.
                operations = Operations.afterTableSettingChanges(operations, data.get()::compact);
            }
            DynamoHttpHandler handler = new DynamoHttpHandler(
                    operations, maxRequestBytes, awaitDurable, verbose ? RequestLog.verbose() : RequestLog.off());
            http.start(handler);
            return new TableTheoryServer(http, handler, served, data, dataFailure, endpoint);
        }

        /** The HTTP server's limits: this builder's, and the time limits of the system properties. */
        private BlockingHttpServer.Settings settings() {
            return new BlockingHttpServer.Settings(
                    threads,
                    maxWorkers,
                    Duration.ofSeconds(Integer.getInteger(REQUEST_TIME_PROPERTY, DEFAULT_REQUEST_TIMEOUT_SECONDS)),
                    Duration.ofSeconds(Integer.getInteger(RESPONSE_TIME_PROPERTY, DEFAULT_REQUEST_TIMEOUT_SECONDS)),
                    IDLE_CONNECTION_LIFETIME,
                    Boolean.parseBoolean(System.getProperty(NO_DELAY_PROPERTY, "true")),
                    MAX_HEAD_BYTES,
                    pollTime,
                    pollThreads);
        }
    }

    /**
     * Sets a server property the user has not set, so that the value in force can be read back: Nagle's algorithm
     * off (with it on, a response written in two TCP segments would wait for the client's delayed acknowledgement,
     * about 40 ms), and the time limits (without them a client that sends part of a request would hold a worker
     * forever).
     */
    private static void defaultProperty(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }
}
