package io.tabletheory.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.server.internal.data.DataDirectory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Kills a real server process ({@code kill -9}) at random moments while clients write to it (puts, deletes, batch
 * writes, and transactions across two tables), restarts it on the same data directory, and checks that what it
 * serves is the acknowledged history: every acknowledged write is there, a write in flight at the kill is there
 * whole or not at all, and every transaction is all or nothing (each client's two accounts, in two tables, always sum
 * to the same total). Compaction is made frequent, so kills also land in the middle of snapshots. Half the rounds
 * run with {@code --durability process}, which must also survive a killed process.
 *
 * <p>Bounded: {@value #DEFAULT_ROUNDS} rounds of at most 1.5 s of load each; {@code -Dtabletheory.crash.rounds=N}
 * (the soak profile) runs more.
 */
class CrashRecoveryTest {
    private static final int DEFAULT_ROUNDS = 5;
    private static final int FIRST_PORT = 18510;
    private static final int CLIENTS = 4;
    private static final int KEYS_PER_CLIENT = 16;
    private static final long TOTAL = 100;

    @TempDir
    Path workspace;

    /** What one client knows: the acknowledged value of each of its keys, and what it had in flight when killed. */
    private static final class History {
        final int client;
        final Map<String, Optional<Long>> acknowledged = new HashMap<>();
        final Map<String, Optional<Long>> inFlight = new HashMap<>();
        long balanceA = TOTAL;
        Optional<Long> balanceInFlight = Optional.empty();
        long acknowledgedWrites;

        History(int client) {
            this.client = client;
            for (int key = 0; key < KEYS_PER_CLIENT; key++) {
                acknowledged.put(key(key), Optional.empty());
            }
        }

        String key(int key) {
            return "c" + client + "-k" + key;
        }

        String account() {
            return "account-" + client;
        }
    }

    @Test
    void killedAtRandomMoments_theServerComesBackWithTheAcknowledgedHistory() throws Exception {
        int rounds = Integer.getInteger("tabletheory.crash.rounds", DEFAULT_ROUNDS);
        Path data = workspace.resolve("data");
        Random random = new Random(Long.getLong("tabletheory.crash.seed", System.nanoTime()));
        List<History> histories = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            histories.add(new History(client));
        }
        long acknowledged = 0;
        for (int round = 0; round < rounds; round++) {
            Durability durability = round % 2 == 0 ? Durability.SYNC : Durability.PROCESS;
            try (KillableServer server = start(data, round, durability)) {
                DynamoDbClient client = server.client();
                if (round == 0) {
                    createTables(client, histories);
                } else {
                    verify(client, histories, round);
                }
                acknowledged += load(server, client, histories, random, 200 + random.nextInt(1300));
            }
        }
        try (KillableServer server = start(data, rounds, Durability.SYNC)) {
            verify(server.client(), histories, rounds);
            assertThat(server.stop(Duration.ofSeconds(10)))
                    .as("a normal stop by SIGTERM: 128 + 15")
                    .isEqualTo(143);
        }
        assertThat(acknowledged).as("writes acknowledged across the rounds").isGreaterThan(rounds * 10L);
    }

    private KillableServer start(Path data, int round, Durability durability) {
        return KillableServer.start(
                List.of("-D" + DataDirectory.MIN_COMPACTION_BYTES_PROPERTY + "=" + (8 * 1024)),
                List.of(
                        "--port",
                        Integer.toString(FIRST_PORT + round % 40),
                        "--data",
                        data.toString(),
                        "--durability",
                        durability.name().toLowerCase(java.util.Locale.ROOT)),
                workspace.resolve("server-" + round + ".err"));
    }

    private static void createTables(DynamoDbClient client, List<History> histories) {
        for (String table : List.of("items", "accounts-a", "accounts-b")) {
            KillableServer.createTable(client, table);
        }
        for (History history : histories) {
            client.putItem(put -> put.tableName("accounts-a").item(account(history.account(), TOTAL)));
            client.putItem(put -> put.tableName("accounts-b").item(account(history.account(), 0)));
        }
    }

    /** Runs every client until the server is killed after {@code millis}; returns the writes acknowledged. */
    private static long load(
            KillableServer server, DynamoDbClient client, List<History> histories, Random random, long millis)
            throws InterruptedException {
        AtomicBoolean killed = new AtomicBoolean();
        AtomicLong acknowledged = new AtomicLong();
        List<RuntimeException> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (History history : histories) {
            long seed = random.nextLong();
            Thread thread = new Thread(() -> {
                Random choices = new Random(seed);
                long before = history.acknowledgedWrites;
                try {
                    while (true) {
                        step(client, history, choices);
                    }
                } catch (RuntimeException cutOff) {
                    if (!killed.get()) {
                        unexpected.add(cutOff);
                    }
                } finally {
                    acknowledged.addAndGet(history.acknowledgedWrites - before);
                }
            });
            threads.add(thread);
            thread.start();
        }
        Thread.sleep(millis);
        killed.set(true);
        server.kill();
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(unexpected).as("failures before the kill").isEmpty();
        return acknowledged.get();
    }

    /** One write; what it would change is in flight until it is acknowledged. */
    private static void step(DynamoDbClient client, History history, Random choices) {
        history.inFlight.clear();
        history.balanceInFlight = Optional.empty();
        int choice = choices.nextInt(10);
        if (choice < 4) {
            String key = history.key(choices.nextInt(KEYS_PER_CLIENT));
            long value = choices.nextInt(1_000_000);
            history.inFlight.put(key, Optional.of(value));
            client.putItem(put -> put.tableName("items").item(item(key, value)));
        } else if (choice < 5) {
            String key = history.key(choices.nextInt(KEYS_PER_CLIENT));
            history.inFlight.put(key, Optional.empty());
            client.deleteItem(delete -> delete.tableName("items").key(Map.of("pk", string(key))));
        } else if (choice < 7) {
            List<WriteRequest> writes = new ArrayList<>();
            int first = choices.nextInt(KEYS_PER_CLIENT - 3);
            for (int offset = 0; offset < 3; offset++) {
                String key = history.key(first + offset);
                long value = choices.nextInt(1_000_000);
                history.inFlight.put(key, Optional.of(value));
                writes.add(WriteRequest.builder()
                        .putRequest(PutRequest.builder().item(item(key, value)).build())
                        .build());
            }
            client.batchWriteItem(batch -> batch.requestItems(Map.of("items", writes)));
        } else {
            long amount = choices.nextInt(21) - 10;
            if (history.balanceA - amount < 0 || history.balanceA - amount > TOTAL) {
                amount = -amount;
            }
            long moved = amount;
            history.balanceInFlight = Optional.of(history.balanceA - moved);
            client.transactWriteItems(transaction -> transaction.transactItems(
                    transfer("accounts-a", history.account(), -moved),
                    transfer("accounts-b", history.account(), moved)));
        }
        history.inFlight.forEach(history.acknowledged::put);
        history.balanceInFlight.ifPresent(balance -> history.balanceA = balance);
        history.inFlight.clear();
        history.balanceInFlight = Optional.empty();
        history.acknowledgedWrites++;
    }

    /** Checks the restarted server against each history, then takes what it serves as the history to go on from. */
    private static void verify(DynamoDbClient client, List<History> histories, int round) {
        for (History history : histories) {
            for (int index = 0; index < KEYS_PER_CLIENT; index++) {
                String key = history.key(index);
                Map<String, AttributeValue> stored = client.getItem(get -> get.tableName("items")
                                .key(Map.of("pk", string(key)))
                                .consistentRead(true))
                        .item();
                Optional<Long> served = stored.isEmpty()
                        ? Optional.empty()
                        : Optional.of(Long.parseLong(stored.get("v").n()));
                List<Optional<Long>> allowed = new ArrayList<>();
                allowed.add(history.acknowledged.get(key));
                if (history.inFlight.containsKey(key)) {
                    allowed.add(history.inFlight.get(key));
                }
                assertThat(allowed)
                        .as("round %d, %s: the acknowledged value or the one in flight at the kill", round, key)
                        .contains(served);
                history.acknowledged.put(key, served);
            }
            long balanceA = balance(client, "accounts-a", history.account());
            long balanceB = balance(client, "accounts-b", history.account());
            assertThat(balanceA + balanceB)
                    .as("round %d, %s: a transaction across two tables is all or nothing", round, history.account())
                    .isEqualTo(TOTAL);
            List<Long> allowedBalances = new ArrayList<>(List.of(history.balanceA));
            history.balanceInFlight.ifPresent(allowedBalances::add);
            assertThat(allowedBalances)
                    .as("round %d, %s: the acknowledged balance or the one in flight", round, history.account())
                    .contains(balanceA);
            history.balanceA = balanceA;
            history.inFlight.clear();
            history.balanceInFlight = Optional.empty();
        }
    }

    private static long balance(DynamoDbClient client, String table, String account) {
        return Long.parseLong(client.getItem(get ->
                        get.tableName(table).key(Map.of("pk", string(account))).consistentRead(true))
                .item()
                .get("balance")
                .n());
    }

    private static TransactWriteItem transfer(String table, String account, long change) {
        return TransactWriteItem.builder()
                .update(Update.builder()
                        .tableName(table)
                        .key(Map.of("pk", string(account)))
                        .updateExpression("SET balance = balance + :change")
                        .expressionAttributeValues(Map.of(":change", number(change)))
                        .build())
                .build();
    }

    private static Map<String, AttributeValue> item(String key, long value) {
        return Map.of("pk", string(key), "v", number(value), "padding", string("x".repeat(200)));
    }

    private static Map<String, AttributeValue> account(String account, long balance) {
        return Map.of("pk", string(account), "balance", number(balance));
    }

    private static AttributeValue string(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
