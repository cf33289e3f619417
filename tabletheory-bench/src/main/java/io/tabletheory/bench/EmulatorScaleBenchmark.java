package io.tabletheory.bench;

import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reads and writes on an emulator holding {@code items} items of about 1 KB in a table with a global index ({@link
 * ScaleFixtures}), loaded once per fork: a strongly consistent GetItem of one item again and again ({@code getHot})
 * and of a random item each call ({@code getRandom}, from 65,536 requests built in advance), a 25-item Query page of
 * one partition ({@code queryHot}) and of a random partition ({@code queryRandom}), and a PutItem replacing one item
 * with an equal one ({@code putHot}). Hot calls show the emulator's own work; random ones add the cache misses of a
 * large store. The live heap per item after the load is printed once per fork ({@link HeapFigures}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class EmulatorScaleBenchmark {
    private static final int RANDOM_REQUESTS = 1 << 16;

    @Param({"10000", "100000", "1000000"})
    public int items;

    private InMemoryDynamoStore store;
    private GetItemRequest hotGet;
    private QueryRequest hotQuery;
    private PutItemRequest hotPut;
    private GetItemRequest[] randomGets;
    private QueryRequest[] randomQueries;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        long before = HeapFigures.liveHeap();
        store = ScaleFixtures.emptyStore();
        ScaleFixtures.load(store, items);
        HeapFigures.report(store, items, before);
        SplittableRandom random = new SplittableRandom(42);
        randomGets = new GetItemRequest[RANDOM_REQUESTS];
        randomQueries = new QueryRequest[RANDOM_REQUESTS];
        int partitions = items / ScaleFixtures.ITEMS_PER_PARTITION;
        for (int i = 0; i < RANDOM_REQUESTS; i++) {
            randomGets[i] = ScaleFixtures.get(random.nextInt(items));
            randomQueries[i] = ScaleFixtures.query(random.nextInt(partitions) * ScaleFixtures.ITEMS_PER_PARTITION);
        }
        int middle = items / 2;
        hotGet = ScaleFixtures.get(middle);
        hotQuery = ScaleFixtures.query(middle - middle % ScaleFixtures.ITEMS_PER_PARTITION);
        hotPut = PutItemRequest.builder(ScaleFixtures.TABLE, ScaleFixtures.item(middle))
                .build();
        if (store.getItem(hotGet).item().isEmpty()
                || store.query(hotQuery).items().size() != ScaleFixtures.PAGE) {
            throw new IllegalStateException("the loaded store lacks the items the benchmark reads");
        }
    }

    @Benchmark
    public Object getHot() {
        return store.getItem(hotGet);
    }

    @Benchmark
    public Object getRandom() {
        return store.getItem(randomGets[next++ & (RANDOM_REQUESTS - 1)]);
    }

    @Benchmark
    public Object queryHot() {
        return store.query(hotQuery);
    }

    @Benchmark
    public Object queryRandom() {
        return store.query(randomQueries[next++ & (RANDOM_REQUESTS - 1)]);
    }

    @Benchmark
    public Object putHot() {
        return store.putItem(hotPut);
    }
}
