package io.tabletheory.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;

/**
 * A {@code tabletheory-server} in a process of its own ({@code java -cp <this test's class path>
 * io.tabletheory.server.Main ...}), for tests that kill it as an operator or a crash would ({@code kill -9}) and look
 * at its exit status. Its standard error goes to a file next to the data directory; its standard output is read
 * until it says where it listens.
 */
final class KillableServer implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final Path errors;
    private final URI endpoint;
    private final long startMillis;

    private KillableServer(Process process, Path errors, URI endpoint, long startMillis) {
        this.process = process;
        this.errors = errors;
        this.endpoint = endpoint;
        this.startMillis = startMillis;
    }

    /** A process running {@code Main} with {@code arguments}, and JVM options (system properties) before them. */
    static KillableServer start(List<String> jvmOptions, List<String> arguments, Path errors) {
        Process process = launch(jvmOptions, arguments, errors);
        long started = System.nanoTime();
        CompletableFuture<URI> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> readOutput(process, listening), "forked-server-output");
        reader.setDaemon(true);
        reader.start();
        try {
            URI endpoint = listening.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return new KillableServer(process, errors, endpoint, (System.nanoTime() - started) / 1_000_000);
        } catch (ExecutionException | TimeoutException | InterruptedException failed) {
            process.destroyForcibly();
            throw new IllegalStateException(
                    "the forked server did not start (exit " + exitOf(process) + "): " + read(errors), failed);
        }
    }

    /** Runs {@code Main} with {@code arguments} to its end; returns its exit status. */
    static int run(List<String> arguments, Path errors, Duration timeout) throws InterruptedException {
        Process process = launch(List.of(), arguments, errors);
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the forked server did not exit within " + timeout);
        }
        return process.exitValue();
    }

    private static Process launch(List<String> jvmOptions, List<String> arguments, Path errors) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(arguments);
        try {
            return new ProcessBuilder(command)
                    .redirectError(errors.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static void readOutput(Process process, CompletableFuture<URI> listening) {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int at = line.indexOf("listening on ");
                if (at >= 0) {
                    String rest = line.substring(at + "listening on ".length());
                    listening.complete(URI.create(rest.substring(0, rest.indexOf(' '))));
                }
            }
            listening.completeExceptionally(new IllegalStateException("the server's output ended"));
        } catch (IOException closed) {
            listening.completeExceptionally(closed);
        }
    }

    URI endpoint() {
        return endpoint;
    }

    long pid() {
        return process.pid();
    }

    /** How long the process took from launch to listening, in milliseconds. */
    long startMillis() {
        return startMillis;
    }

    /** {@code kill -9}: the process gets no chance to do anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** {@code kill} (SIGTERM), as a container stop sends; returns the exit status. */
    int stop(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the forked server did not stop within " + timeout);
        }
        return process.exitValue();
    }

    /** Waits for the process to end by itself; returns its exit status. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the forked server is still running after " + timeout);
        }
        return process.exitValue();
    }

    String errors() {
        return read(errors);
    }

    /** An SDK client for the server that never retries, so every answer is about the one request sent. */
    DynamoDbClient client() {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .overrideConfiguration(configuration -> configuration
                        .retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(Duration.ofSeconds(20)))
                .build();
    }

    /** Creates an on-demand table keyed by the string {@code pk}. */
    static void createTable(DynamoDbClient client, String table) {
        client.createTable(create -> create.tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder()
                        .attributeName("pk")
                        .attributeType("S")
                        .build())
                .keySchema(KeySchemaElement.builder()
                        .attributeName("pk")
                        .keyType(KeyType.HASH)
                        .build()));
    }

    /** Kills the process if it still runs. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String exitOf(Process process) {
        return process.isAlive() ? "still running" : Integer.toString(process.exitValue());
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException failure) {
            return "(cannot read " + file + ": " + failure + ")";
        }
    }
}
