package io.tabletheory.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The timed work of the start-up benchmarks, shared by {@link FirstStartBenchmark} and {@link
 * RepeatedStartBenchmark}, which differ only in their JMH settings: start the store, create one table; the store is
 * stopped after each call, untimed. On the raw maps ({@link Backend}) this is two map allocations: the floor.
 */
@State(Scope.Thread)
public abstract class StartBenchmark {
    @Param
    public Backend backend;

    private Backend.Running running;

    @Benchmark
    public Object createStoreAndTable() {
        running = backend.start();
        return running.createTable();
    }

    @TearDown(Level.Iteration)
    public void stop() {
        running.stop();
        running = null;
    }
}
