package io.tabletheory.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
 * {@code node dynalite/cli.js --port N}) to the first ListTables it answers with HTTP 200: what a build or a
 * developer waits for before the first test can run against a local endpoint. Runtime start (JVM or Node), loading
 * the code and the server's own start are all inside; each call starts a new process, so every call is a cold start
 * (the operating system's file cache aside). The process is stopped after each call, untimed.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Warmup(iterations = 1)
@Measurement(iterations = 8)
@State(Scope.Thread)
public class ProcessStartBenchmark {
    /**
     * The servers compared: tabletheory-server with default JVM flags and started from its class-data-sharing archive,
     * and dynalite; the {@code --data} variants start as fast with an empty directory.
     */
    @Param({"TABLETHEORY_SERVER", "TABLETHEORY_SERVER_CDS", "DYNALITE"})
    public Server server;

    private ServerProcess process;
    private final List<Long> cpuMillis = new ArrayList<>();

    @Setup(Level.Trial)
    public void prepare() {
        server.prepare();
    }

    @Benchmark
    public ServerProcess launchUntilFirstListTables() throws IOException, InterruptedException {
        process = ServerProcess.launch(server, "process-start");
        return process;
    }

    @TearDown(Level.Iteration)
    public void stopProcess() throws InterruptedException {
        if (process != null) {
            process.cpuTime().ifPresent(cpu -> cpuMillis.add(cpu.toMillis()));
            process.stop();
            process = null;
        }
    }

    /**
     * Prints the processor time each launched process had used when it had answered (all its threads: the JVM's
     * compilers and collector too), which a loaded machine inflates far less than the wall time JMH measures.
     */
    @TearDown(Level.Trial)
    public void reportCpuTime() {
        List<Long> sorted = cpuMillis.stream().sorted().toList();
        if (!sorted.isEmpty()) {
            System.out.println("\n" + server + ": processor time to the first answer, median "
                    + sorted.get(sorted.size() / 2) + " ms, min " + sorted.get(0) + " ms, max "
                    + sorted.get(sorted.size() - 1) + " ms, of " + sorted.size() + " launches (warm-up included)");
        }
    }
}
