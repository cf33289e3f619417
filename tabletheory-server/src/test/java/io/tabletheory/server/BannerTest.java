package io.tabletheory.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The banner tells the address really bound: {@code 0}, {@code 0.0.0.0} and {@code ::} listen on every interface
 * and say so, with a warning that the endpoint accepts any credentials; a loopback server prints one line.
 */
class BannerTest {
    @ParameterizedTest
    @ValueSource(strings = {"0", "0.0.0.0", "::"})
    void everyInterface_isNamedAsSuch_andWarnedAbout(String host) {
        try (TableTheoryServer server = TableTheoryServer.builder().host(host).start()) {
            List<String> lines = Banner.lines(server);

            assertThat(server.address().getAddress().isAnyLocalAddress()).isTrue();
            // The JDK binds the wildcard of its preferred stack: 0.0.0.0, or :: (which takes IPv4 too).
            assertThat(lines.get(0))
                    .matches("TableTheory server listening on (0\\.0\\.0\\.0|\\[::\\]):" + server.port()
                            + " \\(every interface, port " + server.port() + "\\).*")
                    .endsWith("clients on this machine can use " + server.endpoint());
            assertThat(lines.get(1)).startsWith("WARNING: this endpoint accepts any credentials");
        }
    }

    @Test
    void loopback_printsTheEndpointAlone() {
        try (TableTheoryServer server = TableTheoryServer.start()) {
            assertThat(Banner.lines(server))
                    .containsExactly(
                            "TableTheory server listening on " + server.endpoint() + " (port " + server.port() + ")");
        }
    }
}
