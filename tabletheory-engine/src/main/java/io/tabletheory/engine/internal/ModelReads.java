package io.tabletheory.engine.internal;

import io.tabletheory.Page;
import io.tabletheory.api.error.ItemNotFoundException;
import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import io.tabletheory.engine.internal.query.PageReader;
import io.tabletheory.engine.internal.query.QueryPlan;
import io.tabletheory.engine.internal.query.QueryPlanner;
import io.tabletheory.engine.internal.query.ScanWarnings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The read operations of a model call: plans the read with {@link QueryPlanner} (warning once per call site about
 * an accidental scan) and runs it with {@link PageReader} in the shape asked for; also runs the segments of a
 * parallel scan concurrently.
 */
final class ModelReads<T> {
    private final DynamoStore store;
    private final ModelSchema<T> schema;
    private final ModelCall call;

    ModelReads(DynamoStore store, ModelSchema<T> schema, ModelCall call) {
        this.store = store;
        this.schema = schema;
        this.call = call;
    }

    T first() {
        return reader(false)
                .first()
                .orElseThrow(() -> new ItemNotFoundException("no " + schema.modelName() + " in table "
                        + schema.tableName() + " matches " + describeConditions()));
    }

    List<T> all() {
        return reader(false).all();
    }

    Stream<T> stream() {
        return reader(false).stream();
    }

    Page<T> page() {
        return reader(false).page();
    }

    long count() {
        return reader(false).count();
    }

    List<T> scan() {
        return reader(true).all();
    }

    /** Reads every segment's items on its own thread; the items come back in segment order. */
    static <T> List<T> scanInParallel(List<ModelReads<T>> segments, String tableName) {
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

    private PageReader<T> reader(boolean forceScan) {
        boolean segmented = call.read().segment().isPresent();
        QueryPlan plan = QueryPlanner.plan(
                schema,
                call.where(),
                call.filters().condition(),
                call.index(),
                call.read().consistentRead(),
                forceScan || segmented);
        if (plan.kind() == QueryPlan.Kind.SCAN && !forceScan && !segmented) {
            ScanWarnings.accidentalScan(schema.modelName(), schema.tableName(), describeConditions());
        }
        return new PageReader<>(store, schema, plan, call.read());
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
