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
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * The timed work of the HTTP benchmarks, shared by {@link HttpThroughputBenchmark} and {@link HttpLatencyBenchmark},
 * which differ only in their JMH settings: one PutItem, or one strongly consistent GetItem, of a 200-byte item, sent
 * by the AWS SDK's {@code DynamoDbClient} over kept-alive HTTP connections to a {@link Server} running as a process
 * of its own ({@link ServerProcess}), launched for the trial and stopped after it. Both servers get the same requests
 * from the same client, so the client's cost is the same in both figures and the difference between them is the
 * servers'.
 *
 * <p>Each benchmark thread has an item of its own (partition key {@code customer#<n>}), written in setup, so GetItem
 * always finds it and the threads' writes never contend for one item. PutItem replaces the thread's item, so the
 * table stays small. One client is shared by the threads, as a service shares one; its connection pool gives each
 * thread a connection, kept alive from one request to the next. Setup waits for the table to be {@code ACTIVE}
 * (dynalite keeps a new table {@code CREATING} for half a second, as DynamoDB does for longer).
 *
 * <p>The warm-up is long (30 s) because the client's and the servers' code is large and the machine these figures
 * come from has two cores: with the benchmark threads busy, the JIT compilers needed 22 to 26 s there before the
 * figures stopped rising.
 */
@State(Scope.Benchmark)
public abstract class HttpItemBenchmark {
    /** Items written in setup: more than any thread count these benchmarks run with. */
    private static final int ITEMS = 64;

    /** Give up on a table that is not {@code ACTIVE} after this long. */
    private static final long ACTIVE_WITHIN_NANOS = TimeUnit.SECONDS.toNanos(30);

    /** The servers compared by default; {@code -p server=...} adds the {@code --data} ones. */
    @Param({"TABLETHEORY_SERVER", "DYNALITE"})
    public Server server;

    private ServerProcess running;
    private DynamoDbClient client;

    @Setup(Level.Trial)
    public void start() throws IOException, InterruptedException {
        running = ServerProcess.launch(server, "http");
        client = SdkFixtures.client(running.endpoint());
        client.createTable(SdkFixtures.table());
        awaitActiveTable();
        for (int index = 0; index < ITEMS; index++) {
            client.putItem(ThreadItem.putRequest(index));
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws InterruptedException {
        client.close();
        running.stop();
    }

    private void awaitActiveTable() throws InterruptedException {
        long deadline = System.nanoTime() + ACTIVE_WITHIN_NANOS;
        while (client.describeTable(table -> table.tableName(Fixtures.TABLE))
                        .table()
                        .tableStatus()
                != TableStatus.ACTIVE) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(server + " did not make table " + Fixtures.TABLE + " ACTIVE");
            }
            Thread.sleep(10);
        }
    }

    @Benchmark
    public PutItemResponse putItem(ThreadItem item) {
        return client.putItem(item.put);
    }

    @Benchmark
    public GetItemResponse getItem(ThreadItem item) {
        GetItemResponse response = client.getItem(item.get);
        if (!response.hasItem()) {
            throw new IllegalStateException(server + " lost the item " + item.get.key());
        }
        return response;
    }

    /** One benchmark thread's item and its two requests, built once. */
    @State(Scope.Thread)
    public static class ThreadItem {
        private static final AtomicInteger NEXT = new AtomicInteger();

        PutItemRequest put;
        GetItemRequest get;

        @Setup(Level.Trial)
        public void build() {
            int index = NEXT.getAndIncrement() % ITEMS;
            put = putRequest(index);
            get = GetItemRequest.builder()
                    .tableName(Fixtures.TABLE)
                    .key(SdkFixtures.key(partitionKey(index)))
                    .consistentRead(true)
                    .build();
        }

        static PutItemRequest putRequest(int index) {
            return PutItemRequest.builder()
                    .tableName(Fixtures.TABLE)
                    .item(SdkFixtures.item(partitionKey(index)))
                    .build();
        }

        private static String partitionKey(int index) {
            return String.format("customer#%04d", index);
        }
    }
}
