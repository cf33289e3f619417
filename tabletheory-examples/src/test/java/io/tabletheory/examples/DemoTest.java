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
                .contains("ItemNotFoundException: no DemoUser in table tabletheory-demo-users")
                .contains("deleted tabletheory-demo-users")
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
