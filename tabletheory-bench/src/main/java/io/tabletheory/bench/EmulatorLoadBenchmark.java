package io.tabletheory.bench;

import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.inmemory.InMemoryDynamoStore;
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
 * Bulk load of the emulator: one call fills a fresh table (with a global index) with {@code items} items of about
 * 1 KB ({@link ScaleFixtures}), one PutItem each, building each item and its request as a caller would. The time of
 * one call divided into {@code items} is the load rate; {@link #buildOnly} builds the same requests and stores
 * nothing, the share of the time that is not the emulator's. After each load the live heap per item is printed
 * ({@link HeapFigures}). The largest size needs a heap of a few GB (JMH's forks get a quarter of the machine's
 * memory by default).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@State(Scope.Benchmark)
public class EmulatorLoadBenchmark {
    @Param({"10000", "100000", "1000000"})
    public int items;

    private InMemoryDynamoStore store;
    private long emptyHeap;

    @Setup(Level.Invocation)
    public void emptyStore() {
        store = null;
        HeapFigures.liveHeap();
        store = ScaleFixtures.emptyStore();
        emptyHeap = HeapFigures.liveHeap();
    }

    @TearDown(Level.Invocation)
    public void measureHeap() {
        if (store.describeTable(ScaleFixtures.TABLE).itemCount() == items) {
            HeapFigures.report(store, items, emptyHeap);
        }
        store = null;
    }

    @Benchmark
    public Object load() {
        ScaleFixtures.load(store, items);
        return store;
    }

    @Benchmark
    public long buildOnly() {
        long sizes = 0;
        for (int i = 0; i < items; i++) {
            sizes += PutItemRequest.builder(ScaleFixtures.TABLE, ScaleFixtures.item(i))
                    .build()
                    .item()
                    .size();
        }
        return sizes;
    }
}
