package io.tabletheory.lambda.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.tabletheory.TableTheory;
import io.tabletheory.api.error.BackendException;
import io.tabletheory.lambda.LambdaTableTheory;
import io.tabletheory.lambda.LambdaTimeoutException;
import io.tabletheory.lambda.Note;
import io.tabletheory.lambda.TestContext;
import io.tabletheory.server.TableTheoryServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;

/**
 * The default SDK client, configured from the environment alone, against tabletheory-server on loopback; and the
 * deadline against an endpoint that counts connections (to prove a refused call never connects) or never answers.
 */
class LambdaClientsOverHttpTest {
    private static TableTheoryServer server;

    /** A loopback endpoint that accepts connections, counts them and never answers. */
    private static final class SilentEndpoint implements AutoCloseable {
        final ServerSocket socket;
        final List<Socket> accepted = new CopyOnWriteArrayList<>();

        SilentEndpoint() throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(
                    () -> {
                        try {
                            while (true) {
                                accepted.add(socket.accept());
                            }
                        } catch (IOException closed) {
                            // closed by the test
                        }
                    },
                    "silent-endpoint");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket connection : accepted) {
                connection.close();
            }
        }
    }

    private SilentEndpoint silent;

    @BeforeAll
    static void startServer() {
        server = TableTheoryServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    void closeSilentEndpoint() throws IOException {
        if (silent != null) {
            silent.close();
        }
    }

    static Map<String, String> environment(URI endpoint) {
        Map<String, String> environment = new HashMap<>();
        environment.put("AWS_REGION", "eu-west-1");
        environment.put("AWS_ACCESS_KEY_ID", "local");
        environment.put("AWS_SECRET_ACCESS_KEY", "local");
        environment.put("AWS_ENDPOINT_URL_DYNAMODB", endpoint.toString());
        environment.put("NOTES_TABLE", "notes-" + System.nanoTime());
        return environment;
    }

    private static LambdaTableTheory lambda(Map<String, String> environment) {
        return LambdaTableTheory.builder()
                .environment(environment::get)
                .snapStart(false)
                .models(Note.class)
                .build();
    }

    @Test
    void fromTheEnvironmentAlone_writesAndReadsThroughTheServer() {
        LambdaTableTheory db = lambda(environment(server.endpoint()));
        db.tableTheory().createTable(Note.class);

        TableTheory invocation = db.withLambdaTimeout(TestContext.withRemainingTime(Duration.ofSeconds(30)));
        Note created = invocation.model(Note.class).create(new Note("n1", "over http", 0));

        assertThat(invocation.model(Note.class).where("id", "=", "n1").first()).isEqualTo(created);
    }

    @Test
    void aContextWithLittleTimeLeft_getsLambdaTimeoutException_beforeAnyNetworkCall() throws IOException {
        silent = new SilentEndpoint();
        LambdaTableTheory db = lambda(environment(silent.uri()));

        TableTheory invocation = db.withLambdaTimeout(TestContext.withRemainingTime(Duration.ofMillis(800)));

        assertThatThrownBy(() -> invocation.model(Note.class).create(new Note("n1", "late", 0)))
                .isInstanceOf(LambdaTimeoutException.class)
                .hasMessageContaining("PutItem was not sent");
        assertThat(silent.accepted).as("connections made").isEmpty();
    }

    @Test
    void aCallThatRunsOutOfTheRemainingTime_isCutOffByTheApiCallTimeout_asALambdaTimeout() throws IOException {
        silent = new SilentEndpoint();
        LambdaTableTheory db = lambda(environment(silent.uri()));
        TableTheory invocation = db.withLambdaTimeout(TestContext.withRemainingTime(Duration.ofMillis(1_600)));

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(() ->
                        invocation.model(Note.class).where("id", "=", "n1").first())
                .isInstanceOf(LambdaTimeoutException.class)
                .hasMessageContaining("GetItem ran out of the Lambda invocation's time")
                .hasCauseInstanceOf(BackendException.class));
    }

    @Test
    void build_withoutARegion_failsNamingAwsRegion() {
        Map<String, String> environment = environment(server.endpoint());
        environment.remove("AWS_REGION");

        assertThatThrownBy(() -> lambda(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AWS_REGION is not set")
                .hasMessageContaining(".region(...)");
    }

    @Test
    void build_withoutCredentials_failsNamingTheVariables() {
        Map<String, String> environment = environment(server.endpoint());
        environment.remove("AWS_ACCESS_KEY_ID");

        assertThatThrownBy(() -> lambda(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY")
                .hasMessageContaining("AWS_CONTAINER_CREDENTIALS_FULL_URI");
    }

    @Test
    void credentials_underSnapStart_comeFromTheContainerEndpoint() {
        Map<String, String> environment = environment(server.endpoint());
        environment.remove("AWS_ACCESS_KEY_ID");
        environment.remove("AWS_SECRET_ACCESS_KEY");
        environment.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://127.0.0.1:9/credentials");

        LambdaClients clients = clients(environment);

        assertThat(clients.credentials()).isInstanceOf(ContainerCredentialsProvider.class);
    }

    @Test
    void credentials_withKeysInTheEnvironment_areReadAtEachSigning() {
        Map<String, String> environment = environment(server.endpoint());
        LambdaClients clients = clients(environment);

        assertThat(clients.credentials().resolveCredentials().accessKeyId()).isEqualTo("local");
        environment.put("AWS_ACCESS_KEY_ID", "rotated");
        assertThat(clients.credentials().resolveCredentials().accessKeyId()).isEqualTo("rotated");
    }

    @Test
    void theDefaults_keepTheSdksApacheAndNettyClientsOffTheClassPath() {
        for (String name : List.of(
                "software.amazon.awssdk.http.apache.ApacheHttpClient",
                "software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient",
                "org.apache.http.client.HttpClient",
                "io.netty.channel.Channel")) {
            assertThatThrownBy(() -> Class.forName(name)).as(name).isInstanceOf(ClassNotFoundException.class);
        }
    }

    static LambdaClients clients(Map<String, String> environment) {
        return new LambdaClients(
                environment::get,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }
}
