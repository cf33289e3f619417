package io.tabletheory.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.integration.ServedEmulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's {@code --endpoint} run against tabletheory-server ({@link ServedEmulator}): the emulator as a local
 * DynamoDB endpoint, reached over HTTP by the demo's own SDK client.
 */
class DemoAgainstTableTheoryServerTest {
    @Test
    void withTheServersEndpoint_runsTheSameWalkthroughOverHttp() {
        String endpoint = ServedEmulator.endpoint().toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = Demo.run(
                List.of("--endpoint", endpoint, "--region", "us-east-1"),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as("exit status; stderr: %s", err).isZero();
        assertThat(printed)
                .contains("TableTheory demo against " + endpoint)
                .contains("ConditionFailedException: create of DemoUser")
                .contains("equal to what create returned: true")
                .contains("retry on the fresh copy: nickname countess, version 2")
                .contains("DynamoDB: Query tabletheory-demo-users on email-index")
                .contains("page 3: [order-7], last page")
                .contains("ItemNotFoundException: no DemoUser")
                .contains("3 records from stream arn:aws:dynamodb:")
                .contains("handler: parcel parcel-7: REGISTERED -> SHIPPED")
                .doesNotContain("unexpected");
    }
}
