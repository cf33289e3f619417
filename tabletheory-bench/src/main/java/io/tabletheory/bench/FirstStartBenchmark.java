package io.tabletheory.bench;

import io.tabletheory.api.table.TableDescription;
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
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time from nothing to a store with one table, the first time in a fresh JVM: what the first test of a suite pays
 * (class loading, cold JIT). One call per forked JVM, many forks; the store is stopped after the timed call.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@State(Scope.Thread)
public class FirstStartBenchmark {
    @Param
    public Backend backend;

    private Backend.Running running;

    @Benchmark
    public TableDescription createStoreAndTable() {
        running = backend.start();
        return running.store().createTable(Fixtures.table());
    }

    @TearDown(Level.Iteration)
    public void stop() {
        running.stop().run();
        running = null;
    }
}
