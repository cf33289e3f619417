package io.tabletheory.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs the demo with {@code --endpoint} against a DynamoDB served over HTTP and checks the walk-through's landmarks,
 * for the tests that point it at DynamoDB Local and at tabletheory-server.
 */
final class EndpointDemo {
    private EndpointDemo() {}

    static void runsTheWalkthroughAgainst(String endpoint) {
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
                .doesNotContain("unexpected");
    }
}
