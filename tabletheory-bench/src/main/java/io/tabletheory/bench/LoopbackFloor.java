package io.tabletheory.bench;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The floor under the HTTP round trips of {@link HttpLeanLatencyBenchmark}: a ping-pong of 200 bytes out and 300
 * back on a loopback TCP connection between two threads of one process, with a given amount of "server work" (a busy
 * loop) between receiving and answering, each side waiting for its next bytes either blocked in its read or polling
 * the socket for up to 50 µs first (yielding the processor between looks, as the server does). It prints, for each combination, the median, 90th and 99th percentile of 20,000
 * round trips and how many times per round trip a processor entered its idle state (the sum over processors of
 * {@code /sys/devices/system/cpu/cpu<n>/cpuidle/state1/usage}, the halting idle state of a virtual machine's
 * {@code haltpoll} driver; "n/a" where there is none). That count is the evidence that a blocked thread costs a
 * halted processor's wake-up per round trip. Run on a quiet machine: {@code java -cp
 * tabletheory-bench/target/benchmarks.jar io.tabletheory.bench.LoopbackFloor [work-microseconds ...]} (default 0 and
 * 10).
 */
public final class LoopbackFloor {
    private static final int REQUEST_BYTES = 200;
    private static final int ANSWER_BYTES = 300;
    private static final int WARM_UP = 20_000;
    private static final int ROUNDS = 20_000;
    private static final long POLL_NANOS = 50_000;

    /**
     * Whether a poll pauses in place ({@code Thread.onSpinWait}) between looks instead of yielding its processor:
     * {@code -Dtabletheory.bench.spinInPlace=true} shows why the server yields (both sides polling then take the
     * whole window).
     */
    private static final boolean SPIN_IN_PLACE = Boolean.getBoolean("tabletheory.bench.spinInPlace");

    private LoopbackFloor() {}

    public static void main(String[] arguments) throws IOException, InterruptedException {
        long[] works = arguments.length == 0
                ? new long[] {0, 10}
                : Arrays.stream(arguments).mapToLong(Long::parseLong).toArray();
        System.out.printf(
                Locale.ROOT,
                "%s, %d processors, load average %s%n",
                System.getProperty("java.vm.version"),
                Runtime.getRuntime().availableProcessors(),
                Files.readString(Path.of("/proc/loadavg")).trim());
        for (long work : works) {
            for (boolean serverPolls : new boolean[] {false, true}) {
                for (boolean clientPolls : new boolean[] {false, true}) {
                    System.out.println(run(work * 1000, serverPolls, clientPolls));
                }
            }
        }
    }

    private static String run(long workNanos, boolean serverPolls, boolean clientPolls)
            throws IOException, InterruptedException {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> serve(listener, workNanos, serverPolls), "loopback-floor-server");
            server.setDaemon(true);
            server.start();
            long[] times = new long[ROUNDS];
            long idleEntries;
            try (Socket socket = new Socket(listener.getInetAddress(), listener.getLocalPort())) {
                socket.setTcpNoDelay(true);
                InputStream in = socket.getInputStream();
                OutputStream out = socket.getOutputStream();
                byte[] request = new byte[REQUEST_BYTES];
                byte[] answer = new byte[ANSWER_BYTES];
                for (int round = 0; round < WARM_UP; round++) {
                    roundTrip(in, out, request, answer, clientPolls);
                }
                long idleBefore = idleEntries();
                for (int round = 0; round < ROUNDS; round++) {
                    long start = System.nanoTime();
                    roundTrip(in, out, request, answer, clientPolls);
                    times[round] = System.nanoTime() - start;
                }
                idleEntries = idleBefore < 0 ? -1 : idleEntries() - idleBefore;
            }
            server.join(10_000);
            Arrays.sort(times);
            return String.format(
                    Locale.ROOT,
                    "work %3d µs, server %-8s client %-8s p50 %6.1f µs  p90 %6.1f µs  p99 %7.1f µs  idle entries per"
                            + " round trip %s",
                    workNanos / 1000,
                    serverPolls ? "polls," : "blocks,",
                    clientPolls ? "polls:" : "blocks:",
                    times[ROUNDS / 2] / 1e3,
                    times[ROUNDS * 9 / 10] / 1e3,
                    times[ROUNDS * 99 / 100] / 1e3,
                    idleEntries < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", (double) idleEntries / ROUNDS));
        }
    }

    private static void roundTrip(InputStream in, OutputStream out, byte[] request, byte[] answer, boolean polls)
            throws IOException {
        out.write(request);
        awaitBytes(in, polls);
        readFully(in, answer);
    }

    private static void serve(ServerSocket listener, long workNanos, boolean polls) {
        try (Socket socket = listener.accept()) {
            socket.setTcpNoDelay(true);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            byte[] request = new byte[REQUEST_BYTES];
            byte[] answer = new byte[ANSWER_BYTES];
            while (true) {
                awaitBytes(in, polls);
                readFully(in, request);
                long until = System.nanoTime() + workNanos;
                while (System.nanoTime() - until < 0) {
                    Thread.onSpinWait();
                }
                out.write(answer);
            }
        } catch (EOFException clientDone) {
            // The client closed its end: the run is over.
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Polls for bytes for up to {@link #POLL_NANOS} when {@code polls}; the read after blocks for the rest. */
    private static void awaitBytes(InputStream in, boolean polls) throws IOException {
        long start = System.nanoTime();
        while (polls && in.available() == 0 && System.nanoTime() - start < POLL_NANOS) {
            if (SPIN_IN_PLACE) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }

    private static void readFully(InputStream in, byte[] target) throws IOException {
        for (int read = 0; read < target.length; ) {
            int count = in.read(target, read, target.length - read);
            if (count < 0) {
                throw new EOFException();
            }
            read += count;
        }
    }

    /** Idle-state entries of every processor so far; -1 where the kernel does not tell. */
    private static long idleEntries() throws IOException {
        long sum = 0;
        for (int cpu = 0; ; cpu++) {
            Path usage = Path.of("/sys/devices/system/cpu/cpu" + cpu + "/cpuidle/state1/usage");
            if (!Files.exists(usage)) {
                return cpu == 0 ? -1 : sum;
            }
            sum += Long.parseLong(Files.readString(usage).trim());
        }
    }
}
