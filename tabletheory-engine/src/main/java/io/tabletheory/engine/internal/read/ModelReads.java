package io.tabletheory.engine.internal.read;

import io.tabletheory.Page;
import io.tabletheory.SortOrder;
import io.tabletheory.api.error.ItemNotFoundException;
import io.tabletheory.api.port.ItemStore;
import io.tabletheory.engine.internal.call.MissingTables;
import io.tabletheory.engine.internal.call.ModelCall;
import io.tabletheory.engine.internal.call.ReadSettings;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import io.tabletheory.engine.internal.value.KeyText;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The read operations of a model call: plans the read with {@link ReadPlanner} (warning once per call site about
 * an accidental scan) and runs it in the shape asked for, with an {@link ItemReader} or a {@link PageReader}
 * whose pages come from the pure {@link ReadRequests}; also runs the segments of a parallel scan concurrently.
 */
public final class ModelReads<T> {
    private final ItemStore store;
    private final ModelSchema<T> schema;
    private final ModelCall call;

    /** The reads of one model call. */
    public ModelReads(ItemStore store, ModelSchema<T> schema, ModelCall call) {
        this.store = store;
        this.schema = schema;
        this.call = call;
    }

    public T first() {
        return reader(false)
                .first()
                .orElseThrow(() -> new ItemNotFoundException("no " + schema.modelName() + " in table "
                        + schema.tableName() + " matches " + describeConditions()));
    }

    public List<T> all() {
        return reader(false).all();
    }

    public Stream<T> stream() {
        return reader(false).stream();
    }

    public Page<T> page() {
        return reader(false).page();
    }

    public long count() {
        return reader(false).count();
    }

    public List<T> scan() {
        return reader(true).all();
    }

    /** Reads every segment's items on its own thread; the items come back in segment order. */
    public static <T> List<T> scanInParallel(List<ModelReads<T>> segments, String tableName) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(segments.size(), 16), runnable -> {
            Thread thread = new Thread(runnable, "tabletheory-scan-segment");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<List<T>>> running = new ArrayList<>();
            for (ModelReads<T> segment : segments) {
                running.add(pool.submit(segment::scan));
            }
            List<T> items = new ArrayList<>();
            for (Future<List<T>> segment : running) {
                items.addAll(segment.get());
            }
            return items;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scanning " + tableName, interrupted);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("a scan segment of " + tableName + " failed", failed.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Reader<T> reader(boolean forceScan) {
        boolean segmented = call.read().segment().isPresent();
        ReadSettings settings = call.read();
        ReadPlan plan = ReadPlanner.plan(
                schema,
                call.where(),
                call.filters().condition(),
                call.index(),
                settings.consistentRead(),
                forceScan || segmented);
        return plan.accept(new ReadPlan.Visitor<Reader<T>>() {
            @Override
            public Reader<T> visitGetItem(ReadPlan.GetItem getItem) {
                return new ItemReader<>(store, schema, getItem, settings);
            }

            @Override
            public Reader<T> visitQuery(ReadPlan.Query query) {
                return new PageReader<>(
                        schema,
                        query.indexName(),
                        query.pageKeyFields(),
                        settings,
                        page -> MissingTables.named(
                                schema.tableName(),
                                () -> store.query(ReadRequests.query(schema, query, settings, page))));
            }

            @Override
            public Reader<T> visitScan(ReadPlan.Scan scan) {
                if (!forceScan && !segmented) {
                    ScanWarnings.accidentalScan(schema.modelName(), schema.tableName(), describeConditions());
                }
                if (settings.order() == SortOrder.DESC) {
                    throw new IllegalStateException("orderBy(DESC) needs a query, but this read of "
                            + schema.modelName() + " is a Scan, whose order DynamoDB does not define; add an '='"
                            + " condition on a partition key");
                }
                return new PageReader<>(
                        schema,
                        scan.indexName(),
                        scan.pageKeyFields(),
                        settings,
                        page -> MissingTables.named(
                                schema.tableName(), () -> store.scan(ReadRequests.scan(schema, scan, settings, page))));
            }
        });
    }

    private String describeConditions() {
        if (call.where().isEmpty() && call.filters().isEmpty()) {
            return "no conditions";
        }
        return call.where().stream()
                        .map(term ->
                                term.field().javaName() + " " + term.operator().text()
                                        + (term.values().isEmpty() ? "" : " " + KeyText.values(term.values())))
                        .collect(Collectors.joining(" and "))
                + (call.filters().isEmpty() ? "" : " (with filters)");
    }
}
