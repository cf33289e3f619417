package io.tabletheory.integration.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.integration.ServedEmulator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The served emulator under load: many clients, each with its own SDK client and connections, run a mix of money
 * transfers (a TransactWriteItems of two conditional balance updates and a transfer record), reads of single items
 * and of two accounts in one TransactGetItems, appends, conditional updates and scans, and the invariants are
 * checked during and after: no balance is ever negative, money is neither created nor lost, every acknowledged
 * transfer left exactly its record, every acknowledged append is stored, and no request failed with anything but the
 * errors DynamoDB gives for it (a condition that does not hold, a cancelled transaction, a transaction in progress on
 * the item).
 *
 * <p>The normal build runs a small load ({@code load.clients} 8, {@code load.operations} 150 each); the {@code
 * load-soak} Maven profile runs a large one through the same test.
 */
class LoadIT {
    private static final int CLIENTS = Integer.getInteger("load.clients", 8);
    private static final int OPERATIONS = Integer.getInteger("load.operations", 150);
    private static final long SEED = Long.getLong("load.seed", 20261206L);
    private static final int ACCOUNTS = 16;
    private static final long OPENING_BALANCE = 1_000;

    private final String accounts = "load-accounts-" + UUID.randomUUID();
    private final String records = "load-records-" + UUID.randomUUID();
    private final AtomicLong transfers = new AtomicLong();
    private final AtomicLong appends = new AtomicLong();

    @Test
    void manyClients_mixedOperations_keepEveryInvariant() throws Exception {
        DynamoDbClient admin = ServedEmulator.client();
        createTable(admin, accounts);
        createTable(admin, records);
        for (int account = 0; account < ACCOUNTS; account++) {
            Map<String, AttributeValue> opening =
                    Map.of("pk", s(accountKey(account)), "balance", n(OPENING_BALANCE), "touched", n(0));
            admin.putItem(put -> put.tableName(accounts).item(opening));
        }

        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            int id = client;
            clients.add(pool.submit(() -> {
                try (DynamoDbClient dynamo = ServedEmulator.client(ServedEmulator.endpoint())) {
                    run(dynamo, id, new Random(SEED + id));
                }
                return null;
            }));
        }
        try {
            for (Future<?> client : clients) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        List<Map<String, AttributeValue>> finalAccounts = scanAll(admin, accounts);
        assertThat(finalAccounts).hasSize(ACCOUNTS);
        assertThat(finalAccounts.stream().mapToLong(LoadIT::balance).sum()).isEqualTo(ACCOUNTS * OPENING_BALANCE);
        assertThat(finalAccounts)
                .allSatisfy(account -> assertThat(balance(account)).isNotNegative());
        List<Map<String, AttributeValue>> stored = scanAll(admin, records);
        assertThat(stored.stream().filter(item -> item.get("pk").s().startsWith("transfer#")))
                .hasSize((int) transfers.get());
        assertThat(stored.stream().filter(item -> item.get("pk").s().startsWith("append#")))
                .hasSize((int) appends.get());
        System.out.printf(
                "Load: %d clients x %d operations in %d ms (%.0f operations/s); %d transfers, %d appends%n",
                CLIENTS,
                OPERATIONS,
                elapsedMillis,
                CLIENTS * OPERATIONS * 1000.0 / Math.max(1, elapsedMillis),
                transfers.get(),
                appends.get());
        admin.deleteTable(delete -> delete.tableName(accounts));
        admin.deleteTable(delete -> delete.tableName(records));
    }

    private void run(DynamoDbClient dynamo, int client, Random random) {
        for (int operation = 0; operation < OPERATIONS; operation++) {
            int kind = random.nextInt(10);
            int fromAccount = random.nextInt(ACCOUNTS);
            String from = accountKey(fromAccount);
            String to = accountKey((fromAccount + 1 + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS);
            String id = client + "#" + operation;
            switch (kind) {
                case 0, 1, 2, 3 -> transfer(dynamo, from, to, 1 + random.nextInt(300), id);
                case 4 -> assertThat(balance(dynamo.getItem(get -> get.tableName(accounts)
                                        .key(Map.of("pk", s(from)))
                                        .consistentRead(true))
                                .item()))
                        .isNotNegative();
                case 5 -> readBoth(dynamo, from, to);
                case 6, 7 -> {
                    dynamo.putItem(put -> put.tableName(records)
                            .item(Map.of("pk", s("append#" + id), "client", n(client)))
                            .conditionExpression("attribute_not_exists(pk)"));
                    appends.incrementAndGet();
                }
                case 8 -> touch(dynamo, from, random.nextInt(5));
                default -> assertThat(
                                dynamo.scan(scan -> scan.tableName(accounts).limit(5))
                                        .items())
                        .allSatisfy(account -> assertThat(balance(account)).isNotNegative());
            }
        }
    }

    private void transfer(DynamoDbClient dynamo, String from, String to, long amount, String id) {
        try {
            dynamo.transactWriteItems(write -> write.transactItems(
                    TransactWriteItem.builder()
                            .update(Update.builder()
                                    .tableName(accounts)
                                    .key(Map.of("pk", s(from)))
                                    .updateExpression("SET balance = balance - :amount")
                                    .conditionExpression("balance >= :amount")
                                    .expressionAttributeValues(Map.of(":amount", n(amount)))
                                    .build())
                            .build(),
                    TransactWriteItem.builder()
                            .update(Update.builder()
                                    .tableName(accounts)
                                    .key(Map.of("pk", s(to)))
                                    .updateExpression("SET balance = balance + :amount")
                                    .expressionAttributeValues(Map.of(":amount", n(amount)))
                                    .build())
                            .build(),
                    TransactWriteItem.builder()
                            .put(Put.builder()
                                    .tableName(records)
                                    .item(Map.of("pk", s("transfer#" + id), "amount", n(amount)))
                                    .conditionExpression("attribute_not_exists(pk)")
                                    .build())
                            .build()));
            transfers.incrementAndGet();
        } catch (TransactionCanceledException cancelled) {
            // Not enough money, or another transaction held one of the items: DynamoDB's answers, nothing changed.
            assertThat(cancelled.cancellationReasons()).isNotEmpty();
        }
    }

    private void readBoth(DynamoDbClient dynamo, String from, String to) {
        try {
            dynamo.transactGetItems(get -> get.transactItems(read(from), read(to)))
                    .responses()
                    .forEach(read -> assertThat(balance(read.item())).isNotNegative());
        } catch (TransactionCanceledException conflict) {
            // A transfer in progress held one of the accounts: DynamoDB cancels the read with TransactionConflict.
            assertThat(conflict.cancellationReasons())
                    .extracting(CancellationReason::code)
                    .contains("TransactionConflict");
        }
    }

    private void touch(DynamoDbClient dynamo, String account, int expected) {
        try {
            dynamo.updateItem(update -> update.tableName(accounts)
                    .key(Map.of("pk", s(account)))
                    .updateExpression("SET touched = touched + :one")
                    .conditionExpression("touched >= :expected")
                    .expressionAttributeValues(Map.of(":one", n(1), ":expected", n(expected))));
        } catch (ConditionalCheckFailedException notYet) {
            // The condition did not hold: DynamoDB's answer, nothing changed.
        } catch (TransactionConflictException transferInProgress) {
            // A transfer in progress held the account: DynamoDB's answer, nothing changed.
        }
    }

    private TransactGetItem read(String account) {
        return TransactGetItem.builder()
                .get(get -> get.tableName(accounts).key(Map.of("pk", s(account))))
                .build();
    }

    private static void createTable(DynamoDbClient admin, String table) {
        admin.createTable(create -> create.tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder()
                        .attributeName("pk")
                        .attributeType(ScalarAttributeType.S)
                        .build())
                .keySchema(KeySchemaElement.builder()
                        .attributeName("pk")
                        .keyType(KeyType.HASH)
                        .build()));
    }

    private static List<Map<String, AttributeValue>> scanAll(DynamoDbClient admin, String table) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            ScanRequest.Builder scan = ScanRequest.builder().tableName(table).consistentRead(true);
            if (start != null) {
                scan.exclusiveStartKey(start);
            }
            ScanResponse page = admin.scan(scan.build());
            items.addAll(page.items());
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
                    ? new HashMap<>(page.lastEvaluatedKey())
                    : null;
        } while (start != null);
        return items;
    }

    private static long balance(Map<String, AttributeValue> account) {
        return Long.parseLong(account.get("balance").n());
    }

    private static String accountKey(int account) {
        return "account#" + account;
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
