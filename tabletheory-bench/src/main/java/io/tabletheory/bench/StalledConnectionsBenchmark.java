package io.tabletheory.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * What clients that stall mid-request cost everyone else (issue 15): the round trip of one GetItem from the AWS SDK
 * to {@code tabletheory-server} (a process of its own, default settings) while {@code stalled} other connections
 * each hold half a request head, beside the same with none. Before workers were added on demand, 8 stalled
 * connections stopped every other client until they went away. The whole trial stays under the server's 30 s request
 * time limit, so the stalled connections stay open while it is measured.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class StalledConnectionsBenchmark {
    private static final byte[] HALF_A_HEAD = "POST / HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII);

    @Param({"0", "1000"})
    public int stalled;

    private ServerProcess running;
    private DynamoDbClient client;
    private GetItemRequest get;
    private final List<Socket> connections = new ArrayList<>();

    @Setup(Level.Trial)
    public void start() throws IOException, InterruptedException {
        running = ServerProcess.launch(Server.TABLETHEORY_SERVER, "stalled");
        client = SdkFixtures.client(running.endpoint());
        client.createTable(SdkFixtures.table());
        client.putItem(put -> put.tableName(Fixtures.TABLE).item(SdkFixtures.item("customer#0")));
        get = GetItemRequest.builder()
                .tableName(Fixtures.TABLE)
                .key(SdkFixtures.key("customer#0"))
                .consistentRead(true)
                .build();
        for (int connection = 0; connection < stalled; connection++) {
            Socket socket =
                    new Socket(running.endpoint().getHost(), running.endpoint().getPort());
            OutputStream out = socket.getOutputStream();
            out.write(HALF_A_HEAD);
            out.flush();
            connections.add(socket);
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException, InterruptedException {
        for (Socket socket : connections) {
            socket.close();
        }
        client.close();
        running.stop();
    }

    @Benchmark
    public GetItemResponse getItemBesideStalledConnections() {
        GetItemResponse response = client.getItem(get);
        if (!response.hasItem()) {
            throw new IllegalStateException("the server lost the item");
        }
        return response;
    }
}
