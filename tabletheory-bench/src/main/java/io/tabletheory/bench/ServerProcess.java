package io.tabletheory.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A {@link Server} running as a process of its own on a free loopback port, launched by {@link #launch} and
 * considered up once it answers a ListTables with HTTP 200; {@link #stop} stops it. Used by {@link
 * ProcessStartBenchmark}, which times {@link #launch}, and by {@link HttpItemBenchmark}, which sends its requests to
 * {@link #endpoint}. The process's output goes to {@code <prefix>-<server>.log} in the working directory.
 *
 * <p>The probe is a plain {@code HttpURLConnection} POST (no SDK) sent every 2 ms until one succeeds: the same for
 * both servers and cheap enough not to slow the starting process down.
 */
final class ServerProcess {
    /** Give up on a server that has not answered in this long: it failed to start. */
    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(60);

    private static final byte[] LIST_TABLES = "{}".getBytes(StandardCharsets.UTF_8);

    private final Process process;
    private final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Launches {@code server} on a free port and returns once it has answered a ListTables. */
    static ServerProcess launch(Server server, String logPrefix) throws IOException, InterruptedException {
        int port = Server.freePort();
        Path log = Paths.get(logPrefix + "-" + server.name().toLowerCase(Locale.ROOT) + ".log");
        return launch(server.processCommand(port), port, log, GIVE_UP_NANOS);
    }

    /**
     * Runs {@code command}, a server that listens on {@code port}, and returns once it has answered a ListTables; gives
     * up after {@code giveUpNanos}.
     */
    static ServerProcess launch(java.util.List<String> command, int port, Path log, long giveUpNanos)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        ServerProcess running = new ServerProcess(process, port);
        long deadline = System.nanoTime() + giveUpNanos;
        while (true) {
            int status = running.listTables();
            if (status == 200) {
                return running;
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                running.stop();
                throw new IllegalStateException(command + " did not answer ListTables on port " + port
                        + " (last status " + status + "); its output:\n" + Files.readString(log));
            }
            Thread.sleep(2);
        }
    }

    /** Where to send requests: {@code http://127.0.0.1:<port>}. */
    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Stops the process (SIGTERM, then SIGKILL after 10 s) and waits for it to end. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** The processor time the process has used so far (all its threads), when the platform reports it. */
    java.util.Optional<java.time.Duration> cpuTime() {
        return process.info().totalCpuDuration();
    }

    /** The process's exit status, once it has ended. */
    int exitValue() {
        return process.exitValue();
    }

    /** One ListTables; its HTTP status, or -1 when nothing listens yet. */
    private int listTables() {
        HttpURLConnection connection;
        try {
            connection = (HttpURLConnection) new URL(endpoint() + "/").openConnection();
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
            // dynalite refuses a request without a signature; neither server checks the signature itself.
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
