package io.tabletheory.bench;

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
 * The cost of one PutItem and of one strongly consistent GetItem of a 200-byte item on a warm store with one table,
 * one thread, on the emulator and on the raw maps that are its floor ({@link Backend}). The put replaces the same
 * item each time, so the table stays at one item; the get finds it. Results are returned to JMH, so neither call can
 * be optimised away.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(3)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class ItemBenchmark {
    @Param
    public Backend backend;

    private Backend.Running running;

    @Setup(Level.Trial)
    public void start() {
        running = backend.start();
        running.createTable();
        running.putItem();
        if (running.getItem() == null) {
            throw new IllegalStateException(backend + " lost the item it was given");
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        running.stop();
    }

    @Benchmark
    public Object putItem() {
        return running.putItem();
    }

    @Benchmark
    public Object getItem() {
        return running.getItem();
    }
}
