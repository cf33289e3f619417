package io.tabletheory.bench;

import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * The emulator-at-scale figures of {@link EmulatorLoadBenchmark} and {@link EmulatorScaleBenchmark} in one process,
 * timed by the CPU time of the calling thread as well as by the clock, for a machine shared with other work: a
 * thread waiting for a core is not charged, so the CPU figures and their ratios between sizes stay readable when the
 * clock's do not (cache and memory contention still show). For each size in turn (default 10,000, 100,000 and
 * 1,000,000 items; others as arguments) it loads a fresh store, one PutItem per item, and prints the load rate by
 * clock and by the loading thread's CPU time, the collectors' time during the load, the live heap per item against
 * the items' size by DynamoDB's rule ({@link HeapFigures}), then, after a warm-up, the median over seven rounds of
 * the CPU and clock time per call of a hot and a random GetItem, a hot and a random 25-item Query page, and a hot
 * PutItem. Run: {@code java -cp tabletheory-bench/target/benchmarks.jar io.tabletheory.bench.EmulatorScaleFigures}
 * (the largest size needs a heap of a few GB, which a JVM on a machine of 8 GB or more gets by default).
 */
public final class EmulatorScaleFigures {
    private static final int ROUNDS = 7;
    private static final int RANDOM_REQUESTS = 1 << 16;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private EmulatorScaleFigures() {}

    public static void main(String[] arguments) {
        int[] sizes = arguments.length == 0
                ? new int[] {10_000, 100_000, 1_000_000}
                : Arrays.stream(arguments).mapToInt(Integer::parseInt).toArray();
        System.out.printf(
                Locale.ROOT,
                "%s %s, %d processors, load average %s%n",
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (int items : sizes) {
            measure(items);
        }
    }

    private static void measure(int items) {
        long before = HeapFigures.liveHeap();
        InMemoryDynamoStore store = ScaleFixtures.emptyStore();
        long gcBefore = collectionMillis();
        long cpuBefore = THREADS.getCurrentThreadCpuTime();
        long clockBefore = System.nanoTime();
        ScaleFixtures.load(store, items);
        long clock = System.nanoTime() - clockBefore;
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuBefore;
        long gc = collectionMillis() - gcBefore;
        System.out.printf(
                Locale.ROOT,
                "load of %,d items: %,.0f items/s by clock, %,.0f items/s by the loader's CPU time, %,d ms in"
                        + " collections of %,d ms%n",
                items,
                items / (clock / 1e9),
                items / (cpu / 1e9),
                gc,
                clock / 1_000_000);
        HeapFigures.report(store, items, before);

        SplittableRandom random = new SplittableRandom(42);
        int partitions = items / ScaleFixtures.ITEMS_PER_PARTITION;
        GetItemRequest[] gets = new GetItemRequest[RANDOM_REQUESTS];
        QueryRequest[] queries = new QueryRequest[RANDOM_REQUESTS];
        for (int i = 0; i < RANDOM_REQUESTS; i++) {
            gets[i] = ScaleFixtures.get(random.nextInt(items));
            queries[i] = ScaleFixtures.query(random.nextInt(partitions) * ScaleFixtures.ITEMS_PER_PARTITION);
        }
        int middle = items / 2;
        GetItemRequest hotGet = ScaleFixtures.get(middle);
        QueryRequest hotQuery = ScaleFixtures.query(middle - middle % ScaleFixtures.ITEMS_PER_PARTITION);
        PutItemRequest hotPut = PutItemRequest.builder(ScaleFixtures.TABLE, ScaleFixtures.item(middle))
                .build();
        time(items, "GetItem, hot", 200_000, call -> store.getItem(hotGet));
        time(items, "GetItem, random", 200_000, call -> store.getItem(gets[call & (RANDOM_REQUESTS - 1)]));
        time(items, "Query page, hot", 20_000, call -> store.query(hotQuery));
        time(items, "Query page, random", 20_000, call -> store.query(queries[call & (RANDOM_REQUESTS - 1)]));
        time(items, "PutItem, hot", 200_000, call -> store.putItem(hotPut));
    }

    /** Warms {@code operation} up, then prints the median CPU and clock time per call over {@link #ROUNDS} rounds. */
    private static void time(int items, String name, int calls, IntFunction<Object> operation) {
        int sink = 0;
        for (int call = 0; call < calls * 2; call++) {
            sink += operation.apply(call).hashCode() & 1;
        }
        double[] cpu = new double[ROUNDS];
        double[] clock = new double[ROUNDS];
        int next = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long cpuBefore = THREADS.getCurrentThreadCpuTime();
            long clockBefore = System.nanoTime();
            for (int call = 0; call < calls; call++) {
                sink += operation.apply(next++).hashCode() & 1;
            }
            clock[round] = (System.nanoTime() - clockBefore) / 1e3 / calls;
            cpu[round] = (THREADS.getCurrentThreadCpuTime() - cpuBefore) / 1e3 / calls;
        }
        Arrays.sort(cpu);
        Arrays.sort(clock);
        System.out.printf(
                Locale.ROOT,
                "%s at %,d items: %.3f us CPU, %.3f us clock (median of %d rounds of %,d calls; %d)%n",
                name,
                items,
                cpu[ROUNDS / 2],
                clock[ROUNDS / 2],
                ROUNDS,
                calls,
                sink & 1);
    }

    private static long collectionMillis() {
        long total = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, collector.getCollectionTime());
        }
        return total;
    }
}
