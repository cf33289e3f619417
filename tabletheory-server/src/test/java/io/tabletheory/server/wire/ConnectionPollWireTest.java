package io.tabletheory.server.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.server.TableTheoryServer;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A connection that polls for its next request after answering ({@link TableTheoryServer.Builder#pollTime}) serves
 * exactly what one that blocks at once serves: the same answers, a request arriving after the poll has ended, and
 * other connections while every polling thread is taken. The tests do not measure time: a request sent after a pause
 * longer than a one-microsecond window arrives after the poll whatever the machine's speed, and a one-second window
 * is longer than the exchanges that happen inside it.
 */
class ConnectionPollWireTest {
    private static final String TABLE = "{\"TableName\":\"polled\",\"AttributeDefinitions\":[{\"AttributeName\":\"pk\","
            + "\"AttributeType\":\"S\"}],\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}],"
            + "\"BillingMode\":\"PAY_PER_REQUEST\"}";
    private static final String ITEM =
            "{\"TableName\":\"polled\",\"Item\":{\"pk\":{\"S\":\"a\"},\"n\":{\"N\":\"1.50\"}}}";
    private static final String KEY =
            "{\"TableName\":\"polled\",\"Key\":{\"pk\":{\"S\":\"a\"}},\"ConsistentRead\":true}";

    @Test
    void pollingOrNot_theAnswersAreTheSame() throws IOException {
        List<String> blocking = conversation(TableTheoryServer.builder().pollTime(Duration.ZERO));
        List<String> polling = conversation(
                TableTheoryServer.builder().pollTime(Duration.ofMillis(1)).pollThreads(1));

        assertThat(polling).isEqualTo(blocking);
        assertThat(blocking).contains("200 {}", "200 {\"Item\":{\"pk\":{\"S\":\"a\"},\"n\":{\"N\":\"1.5\"}}}");
    }

    @Test
    void aRequestArrivingAfterThePoll_isServed() throws IOException, InterruptedException {
        try (TableTheoryServer server = TableTheoryServer.builder()
                        .pollTime(Duration.ofNanos(1000))
                        .pollThreads(1)
                        .start();
                RawHttpConnection connection = new RawHttpConnection(server.endpoint())) {
            for (int request = 0; request < 3; request++) {
                connection.sendRequest("ListTables", "{}");
                connection.readResponse().assertOk("{\"TableNames\":[]}");
                Thread.sleep(50);
            }
        }
    }

    @Test
    void whileEveryPollingThreadIsTaken_otherConnectionsAreServed() throws IOException {
        try (TableTheoryServer server = TableTheoryServer.builder()
                        .pollTime(Duration.ofSeconds(1))
                        .pollThreads(1)
                        .start();
                RawHttpConnection polled = new RawHttpConnection(server.endpoint());
                RawHttpConnection blocked = new RawHttpConnection(server.endpoint())) {
            polled.sendRequest("ListTables", "{}");
            polled.readResponse().assertOk("{\"TableNames\":[]}");

            for (int request = 0; request < 3; request++) {
                blocked.sendRequest("ListTables", "{}");
                blocked.readResponse().assertOk("{\"TableNames\":[]}");
            }
            polled.sendRequest("ListTables", "{}");
            polled.readResponse().assertOk("{\"TableNames\":[]}");
        }
    }

    @Test
    void aServerClosedWhileAConnectionPolls_stops() throws IOException {
        TableTheoryServer server = TableTheoryServer.builder()
                .pollTime(Duration.ofSeconds(1))
                .pollThreads(1)
                .start();
        try (RawHttpConnection connection = new RawHttpConnection(server.endpoint())) {
            connection.sendRequest("ListTables", "{}");
            connection.readResponse().assertOk("{\"TableNames\":[]}");

            server.close();

            assertThat(connection.isClosedByServer()).isTrue();
        }
    }

    @Test
    void pollSettingsOutOfRange_areRefusedNamingTheLimit() {
        TableTheoryServer.Builder builder = TableTheoryServer.builder();

        assertThatThrownBy(() -> builder.pollTime(Duration.ofNanos(-1000)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pollTime must be between 0 and 1 s, was -1 microseconds");
        assertThatThrownBy(() -> builder.pollTime(Duration.ofMillis(1001)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pollTime must be between 0 and 1 s, was 1001000 microseconds");
        assertThatThrownBy(() -> builder.pollThreads(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pollThreads must be at least 0, was -1");
    }

    /** Statuses and bodies of one kept-alive connection's requests: a table, an item written and read, errors. */
    private static List<String> conversation(TableTheoryServer.Builder builder) throws IOException {
        List<String> answers = new ArrayList<>();
        try (TableTheoryServer server = builder.start();
                RawHttpConnection connection = new RawHttpConnection(server.endpoint())) {
            String[][] requests = {
                {"CreateTable", TABLE},
                {"PutItem", ITEM},
                {"GetItem", KEY},
                {"ListTables", "{}"},
                {"GetItem", "{\"TableName\":\"absent\",\"Key\":{\"pk\":{\"S\":\"a\"}}}"},
                {"PutItem", "{\"TableName\":\"polled\"}"},
                {"DeleteItem", KEY.replace(",\"ConsistentRead\":true", "")},
                {"GetItem", KEY},
            };
            for (String[] request : requests) {
                connection.sendRequest(request[0], request[1]);
                WireResponse response = connection.readResponse();
                String body = request[0].equals("CreateTable") ? "" : response.text();
                answers.add(response.status() + " " + body);
            }
        }
        return answers;
    }
}
