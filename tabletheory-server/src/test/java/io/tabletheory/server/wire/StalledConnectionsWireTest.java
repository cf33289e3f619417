package io.tabletheory.server.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.server.TableTheoryServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Clients that send part of a request and stop (half a head, half a body, a TLS handshake on the plain port) hold
 * their own connections and nothing else: while {@value #STALLED} of them wait, other clients are served, on new
 * connections and on kept-alive ones. Each request's 30 s client timeout is the bound (a starved server fails it);
 * the server has 2 ready workers, so before workers were added on demand 2 stalled clients stopped everyone.
 */
class StalledConnectionsWireTest {
    private static final int STALLED = 96;

    private static final byte[][] STALLS = {
        "POST / HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII),
        ("POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: DynamoDB_20120810.ListTables\r\nContent-Length: 100\r\n\r\n{")
                .getBytes(StandardCharsets.US_ASCII),
        {0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, (byte) 0xfc, 0x03, 0x03},
    };

    @Test
    void manyStalledConnections_doNotStopOtherClients() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try (TableTheoryServer server = TableTheoryServer.builder().threads(2).start()) {
            for (int connection = 0; connection < STALLED; connection++) {
                Socket socket = new Socket(
                        server.endpoint().getHost(), server.endpoint().getPort());
                OutputStream out = socket.getOutputStream();
                out.write(STALLS[connection % STALLS.length]);
                out.flush();
                stalled.add(socket);
            }
            WireClient client = new WireClient(server.endpoint());
            client.post(
                            "CreateTable",
                            "{\"TableName\":\"served\",\"BillingMode\":\"PAY_PER_REQUEST\",\"AttributeDefinitions\":"
                                    + "[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"}],\"KeySchema\":"
                                    + "[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}]}")
                    .assertOk();
            List<Future<WireResponse>> answers = new ArrayList<>();
            for (int request = 0; request < 40; request++) {
                String item = "{\"TableName\":\"served\",\"Item\":{\"pk\":{\"S\":\"k" + request + "\"}}}";
                answers.add(clients.submit(() -> client.post("PutItem", item)));
            }
            for (Future<WireResponse> answer : answers) {
                answer.get().assertOk("{}");
            }
            try (RawHttpConnection keptAlive = new RawHttpConnection(server.endpoint())) {
                for (int request = 0; request < 3; request++) {
                    keptAlive.sendRequest("GetItem", "{\"TableName\":\"served\",\"Key\":{\"pk\":{\"S\":\"k1\"}}}");
                    assertThat(keptAlive.readResponse().status()).isEqualTo(200);
                }
            }
        } finally {
            clients.shutdownNow();
            for (Socket socket : stalled) {
                closeQuietly(socket);
            }
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException alreadyClosed) {
            // Closed by the server.
        }
    }
}
