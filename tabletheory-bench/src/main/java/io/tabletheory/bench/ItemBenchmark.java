package io.tabletheory.bench;

import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.GetItemResult;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.PutItemResult;
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
 * one thread. The put replaces the same item each time, so the table stays at one item; the get finds it. Results
 * are returned to JMH, so neither call can be optimised away.
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
    private PutItemRequest put;
    private GetItemRequest get;

    @Setup(Level.Trial)
    public void start() {
        running = backend.start();
        running.store().createTable(Fixtures.table());
        put = PutItemRequest.builder(Fixtures.TABLE, Fixtures.item()).build();
        get = GetItemRequest.builder(Fixtures.TABLE, Fixtures.key())
                .consistentRead(true)
                .build();
        running.store().putItem(put);
        if (running.store().getItem(get).item().isEmpty()) {
            throw new IllegalStateException(backend + " lost the item it was given");
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        running.stop().run();
    }

    @Benchmark
    public PutItemResult putItem() {
        return running.store().putItem(put);
    }

    @Benchmark
    public GetItemResult getItem() {
        return running.store().getItem(get);
    }
}
