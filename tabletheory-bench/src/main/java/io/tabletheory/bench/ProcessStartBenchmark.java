package io.tabletheory.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time from launching a server as a process of its own ({@code java -jar tabletheory-server.jar --port N}, or
 * DynamoDB Local's main class with {@code -inMemory -port N}) to the first ListTables it answers with HTTP 200: what
 * a build or a developer waits for before the first test can run against a local endpoint. JVM start, class loading
 * and the server's own start are all inside; each call starts a new process, so every call is a cold start (the
 * operating system's file cache aside). The process is stopped after each call, untimed.
 *
 * <p>The probe is a plain {@code HttpURLConnection} POST (no SDK) sent every 2 ms until one succeeds: the same
 * for both servers and cheap enough not to slow the starting process down.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Warmup(iterations = 1)
@Measurement(iterations = 8)
@State(Scope.Thread)
public class ProcessStartBenchmark {
    /** Give up on a server that has not answered in this long: it failed to start. */
    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(60);

    private static final byte[] LIST_TABLES = "{}".getBytes(StandardCharsets.UTF_8);

    @Param
    public Server server;

    private int port;
    private Path log;
    private Process process;

    @Setup(Level.Iteration)
    public void choosePort() {
        port = Server.freePort();
        log = Paths.get("process-start-" + server.name().toLowerCase(Locale.ROOT) + ".log");
    }

    @Benchmark
    public int launchUntilFirstListTables() throws IOException, InterruptedException {
        process = new ProcessBuilder(server.processCommand(port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long deadline = System.nanoTime() + GIVE_UP_NANOS;
        while (true) {
            int status = listTables();
            if (status == 200) {
                return status;
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException(server + " did not answer ListTables on port " + port + " (last status "
                        + status + "); its output:\n" + Files.readString(log));
            }
            Thread.sleep(2);
        }
    }

    @TearDown(Level.Iteration)
    public void stopProcess() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            process = null;
        }
    }

    /** One ListTables; its HTTP status, or -1 when nothing listens yet. */
    private int listTables() {
        HttpURLConnection connection;
        try {
            connection = (HttpURLConnection) new URL("http://127.0.0.1:" + port + "/").openConnection();
        } catch (IOException notAUrl) {
            throw new UncheckedIOException(notAUrl);
        }
        try {
            connection.setRequestMethod("POST");
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(10_000);
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/x-amz-json-1.0");
            connection.setRequestProperty("X-Amz-Target", "DynamoDB_20120810.ListTables");
            // DynamoDB Local takes the access key and region from the signature's credential scope; neither server
            // checks the signature itself.
            connection.setRequestProperty(
                    "Authorization",
                    "AWS4-HMAC-SHA256 Credential=bench/20260101/us-east-1/dynamodb/aws4_request, "
                            + "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=00");
            connection.setRequestProperty("X-Amz-Date", "20260101T000000Z");
            try (OutputStream out = connection.getOutputStream()) {
                out.write(LIST_TABLES);
            }
            int status = connection.getResponseCode();
            try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                if (in != null) {
                    in.readAllBytes();
                }
            }
            return status;
        } catch (IOException notListening) {
            return -1;
        } finally {
            connection.disconnect();
        }
    }
}
