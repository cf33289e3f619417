package io.tabletheory.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The timed work of the lean-client HTTP benchmarks, shared by {@link HttpLeanLatencyBenchmark} and {@link
 * HttpLeanThroughputBenchmark}: one PutItem, or one strongly consistent GetItem, of a 200-byte item, sent as bytes
 * prepared once ({@link LeanRequests}) over a kept-alive connection per benchmark thread ({@link LeanHttpConnection})
 * to a {@link Server} running as a process of its own ({@link ServerProcess}). The client does next to nothing, so
 * the figures are the server's and the loopback's; {@link HttpItemBenchmark} measures the same with the AWS SDK.
 * The client waits for each answer blocked in its read or polling first ({@link ClientWait}): both are measured.
 *
 * <p>Each thread has an item of its own, written in setup, so GetItem always finds it and writes never contend for
 * one item. Setup waits for the table to be {@code ACTIVE} (dynalite keeps a new table {@code CREATING} for half a
 * second).
 */
@State(Scope.Benchmark)
public abstract class HttpLeanItemBenchmark {
    /** Items written in setup: more than any thread count these benchmarks run with. */
    private static final int ITEMS = 64;

    /** Give up on a table that is not {@code ACTIVE} after this long. */
    private static final long ACTIVE_WITHIN_NANOS = TimeUnit.SECONDS.toNanos(30);

    /** The servers compared; {@code TABLETHEORY_SERVER_CDS} adds the class-data-sharing launch. */
    @Param({"TABLETHEORY_SERVER", "DYNALITE"})
    public Server server;

    /** How the client waits for each answer: blocked in its read, or polling first. */
    @Param({"BLOCKING", "POLLING"})
    public ClientWait clientWait;

    private ServerProcess running;

    @Setup(Level.Trial)
    public void start() throws IOException, InterruptedException {
        running = ServerProcess.launch(server, "lean-http");
        try (LeanHttpConnection setup = new LeanHttpConnection(running.endpoint())) {
            expectOk(setup, LeanRequests.createTable(running.endpoint()), "CreateTable");
            long deadline = System.nanoTime() + ACTIVE_WITHIN_NANOS;
            do {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(server + " did not make table " + Fixtures.TABLE + " ACTIVE");
                }
                Thread.sleep(10);
                expectOk(setup, LeanRequests.describeTable(running.endpoint()), "DescribeTable");
            } while (!setup.bodyContains("\"TableStatus\":\"ACTIVE\""));
            for (int index = 0; index < ITEMS; index++) {
                expectOk(setup, LeanRequests.putItem(running.endpoint(), partitionKey(index)), "PutItem");
            }
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws InterruptedException {
        running.stop();
    }

    @Benchmark
    public int putItem(ThreadConnection thread) throws IOException {
        return thread.opened(running, clientWait).send(thread.put);
    }

    @Benchmark
    public int getItem(ThreadConnection thread) throws IOException {
        return thread.opened(running, clientWait).send(thread.get);
    }

    private static void expectOk(LeanHttpConnection connection, byte[] request, String what) throws IOException {
        int status = connection.exchange(request);
        if (status != 200) {
            throw new IllegalStateException(what + " answered " + status + ": " + connection.bodyText());
        }
    }

    private static String partitionKey(int index) {
        return String.format("customer#%04d", index);
    }

    /** One benchmark thread's connection, opened at its first request, and its two requests. */
    @State(Scope.Thread)
    public static class ThreadConnection {
        private static final AtomicInteger NEXT = new AtomicInteger();

        private LeanHttpConnection connection;
        private int index;
        byte[] put;
        byte[] get;

        @Setup(Level.Trial)
        public void pick() {
            index = NEXT.getAndIncrement() % ITEMS;
        }

        /** This thread's connection to {@code running}, opened (and its requests built) on the first call. */
        ThreadConnection opened(ServerProcess running, ClientWait wait) throws IOException {
            if (connection == null) {
                put = LeanRequests.putItem(running.endpoint(), partitionKey(index));
                get = LeanRequests.getItem(running.endpoint(), partitionKey(index));
                connection = new LeanHttpConnection(running.endpoint(), wait);
            }
            return this;
        }

        int send(byte[] request) throws IOException {
            int status = connection.exchange(request);
            if (status != 200) {
                throw new IllegalStateException("answered " + status + ": " + connection.bodyText());
            }
            return status;
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            if (connection != null) {
                connection.close();
                connection = null;
            }
        }
    }
}
