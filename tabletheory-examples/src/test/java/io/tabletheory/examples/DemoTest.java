package io.tabletheory.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Demo.run(
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void withoutArguments_walksThroughEveryStepOnTheInMemoryStore() {
        assertThat(run()).isZero();

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed)
                .contains("TableTheory demo on the in-memory DynamoDB emulator")
                .contains("table tabletheory-demo-users: partition key id, sort key sk, global indexes [email-index]")
                .contains("stored with version 0")
                .contains("ConditionFailedException: create of DemoUser {id=\"user-1\", sk=\"PROFILE\"}")
                .contains("equal to what create returned: true")
                .contains("version = {\"N\":\"0\"}")
                .contains("tags = {\"SS\":")
                .contains("the first update wins: nickname ada, version 1")
                .contains("the second fails (ConditionFailedException); the stored item is at version 1")
                .contains("retry on the fresh copy: nickname countess, version 2")
                .contains("logins after three increments: 3")
                .contains("DynamoDB: PutItem tabletheory-demo-users IF attribute_not_exists(id)")
                .contains("UpdateItem tabletheory-demo-users SET nickname = \"ada\", updatedAt = \"")
                .contains("ADD version 1 IF version = 0")
                .contains("ADD logins 1, version 1")
                .contains("DynamoDB: Query tabletheory-demo-users on email-index WHERE email = \"ada@example.com\"")
                .contains("Scan tabletheory-demo-users FILTER nickname = \"countess\"")
                .contains("DynamoDB: Scan tabletheory-demo-users")
                .contains("page 1: [order-1, order-2, order-3], next cursor")
                .contains("page 3: [order-7], last page")
                .contains("orders counted: 7")
                .contains("a stale copy (version 0) cannot: ConditionFailedException")
                .contains("ItemNotFoundException: no DemoUser in table tabletheory-demo-users")
                .contains("deleted tabletheory-demo-users and tabletheory-demo-orders")
                .contains("Ada 70 (version 1), Grace 80 (version 1), read as one snapshot")
                .contains("audit: DemoTransfer[id=transfer-1, from=acct-ada, to=acct-grace, amount=30")
                .contains("DynamoDB: TransactWriteItems")
                .contains("action 0 (updateWithBuilder of DemoAccount acct-ada) failed: ConditionalCheckFailed")
                .contains("the stored item it saw: balance 70")
                .contains("balances unchanged: Ada 70, Grace 80; no audit record: true")
                .contains("read back with batchGet: 500 of 500 accounts")
                .contains("3 records from stream arn:aws:dynamodb:")
                .contains("handler: parcel parcel-7 registered for Oslo")
                .contains("handler: parcel parcel-7: REGISTERED -> SHIPPED")
                .contains("handler: parcel parcel-7 removed")
                .doesNotContain("unexpected");
    }

    @Test
    void anEndpointWithoutRegion_isAUsageError() {
        assertThat(run("--endpoint", "http://localhost:8000")).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--endpoint needs --region too")
                .contains("usage: Demo");
    }

    @Test
    void anUnknownArgument_isAUsageError() {
        assertThat(run("--verbose")).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown argument: --verbose");
    }
}
