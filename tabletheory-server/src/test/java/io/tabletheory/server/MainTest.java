package io.tabletheory.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    @Test
    void configure_withData_givesTheServerItsDataDirectory(@TempDir Path directory) {
        TableTheoryServer.Builder builder = TableTheoryServer.builder();
        Path data = directory.resolve("data");

        boolean run = Main.configure(builder, List.of("--port", "0", "--data", data.toString()), out);

        assertThat(run).isTrue();
        try (TableTheoryServer server = builder.start()) {
            assertThat(server.dataDirectory()).contains(data.toAbsolutePath());
            assertThat(data).isDirectory();
        }
    }

    @Test
    void configure_withDataButNoDirectory_fails() {
        assertThatThrownBy(() -> Main.configure(TableTheoryServer.builder(), List.of("--data"), out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--data needs a value");
    }

    @Test
    void configure_withMaxWorkers_checksTheNumber() {
        assertThat(Main.configure(TableTheoryServer.builder(), List.of("--max-workers", "64"), out))
                .isTrue();
        assertThatThrownBy(() -> Main.configure(TableTheoryServer.builder(), List.of("--max-workers", "0"), out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxWorkers must be at least 1, was 0");
    }

    @Test
    void configure_withPollOptions_checksTheNumbers() {
        assertThat(Main.configure(
                        TableTheoryServer.builder(), List.of("--poll-micros", "0", "--poll-threads", "3"), out))
                .isTrue();
        assertThatThrownBy(() -> Main.configure(TableTheoryServer.builder(), List.of("--poll-micros", "-5"), out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pollTime must be between 0 and 1 s, was -5 microseconds");
        assertThatThrownBy(() -> Main.configure(TableTheoryServer.builder(), List.of("--poll-threads", "many"), out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--poll-threads needs a whole number, got 'many'");
    }

    @Test
    void configure_withHelp_describesDataDurabilityAndExitStatuses() {
        boolean run = Main.configure(TableTheoryServer.builder(), List.of("--help"), out);

        assertThat(run).isFalse();
        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains("--data DIR")
                .contains("--durability MODE")
                .contains("--poll-micros N")
                .contains("--poll-threads N")
                .contains("Exit status: 0 stopped normally; 1 cannot start");
    }

    @Test
    void configure_withAnUnknownDurability_failsNamingTheChoices() {
        assertThatThrownBy(() -> Main.configure(TableTheoryServer.builder(), List.of("--durability", "fast"), out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--durability needs 'sync' or 'process', got 'fast'");
    }
}
