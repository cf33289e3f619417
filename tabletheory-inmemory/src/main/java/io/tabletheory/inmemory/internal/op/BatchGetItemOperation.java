package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.request.BatchGetItemRequest;
import io.tabletheory.api.request.BatchGetItemResult;
import io.tabletheory.api.request.ConsumedCapacity;
import io.tabletheory.api.request.KeysAndAttributes;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.capacity.CapacityReports;
import io.tabletheory.inmemory.internal.capacity.CapacityUnits;
import io.tabletheory.inmemory.internal.expr.cache.ExpressionCache;
import io.tabletheory.inmemory.internal.expr.eval.Projector;
import io.tabletheory.inmemory.internal.expr.eval.ResolvedPath;
import io.tabletheory.inmemory.internal.item.ItemSize;
import io.tabletheory.inmemory.internal.table.KeyValidator;
import io.tabletheory.inmemory.internal.table.PrimaryKey;
import io.tabletheory.inmemory.internal.table.Table;
import io.tabletheory.inmemory.internal.table.TableCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * BatchGetItem: the static validation ({@link BatchGetRequestValidator}), then every table's lookup, then every key
 * against its table's schema (as GetItem checks it), and only then the reads: lock-free, one item at a time, in
 * request order (tables, then keys), each projected as its table asks.
 *
 * <p>Every requested table appears in the responses, with an empty list when none of its items exist; missing items
 * are simply left out. The response holds at most 16 MB of items (by DynamoDB's item size, of the whole stored item):
 * the item that would take it past 16 MB, and every key after it, go to the unprocessed keys instead, under their
 * table with its ConsistentRead, ProjectionExpression and names. Capacity is reported per table, summing each key
 * read as GetItem prices it (4 KB units rounded up per item, halved unless ConsistentRead; a missing item costs the
 * minimum, as on DynamoDB); unprocessed keys cost nothing.
 */
public final class BatchGetItemOperation {
    /** DynamoDB's largest BatchGetItem response: 16 MB of items. */
    public static final long MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

    private final TableCatalog tables;
    private final ExpressionCache expressions;
    private final long maxResponseBytes;

    /** BatchGetItem over these tables, parsing through this cache, with DynamoDB's 16 MB response limit. */
    public BatchGetItemOperation(TableCatalog tables, ExpressionCache expressions) {
        this(tables, expressions, MAX_RESPONSE_BYTES);
    }

    /** BatchGetItem with another response limit, so that tests can reach it with small items. */
    BatchGetItemOperation(TableCatalog tables, ExpressionCache expressions, long maxResponseBytes) {
        this.tables = tables;
        this.expressions = expressions;
        this.maxResponseBytes = maxResponseBytes;
    }

    /** Runs a BatchGetItem request. */
    public BatchGetItemResult run(BatchGetItemRequest request) {
        Map<String, Optional<List<ResolvedPath>>> projections = BatchGetRequestValidator.validate(request, expressions);
        Map<String, Table> found = new LinkedHashMap<>();
        request.requestItems().keySet().forEach(name -> found.put(name, tables.itemTable(name)));
        Map<String, List<PrimaryKey>> keys = new LinkedHashMap<>();
        request.requestItems().forEach((name, read) -> {
            List<PrimaryKey> tableKeys = new ArrayList<>();
            read.keys()
                    .forEach(key ->
                            tableKeys.add(KeyValidator.fromKey(found.get(name).keySchema(), key)));
            keys.put(name, tableKeys);
        });
        Response response = new Response(maxResponseBytes);
        request.requestItems().forEach((name, read) -> {
            double units = response.read(name, read, found.get(name), keys.get(name), projections.get(name));
            CapacityReports.read(request.returnConsumedCapacity(), name, Optional.empty(), false, () -> units)
                    .ifPresent(response.capacity::add);
        });
        return new BatchGetItemResult(response.items, response.unprocessed, response.capacity);
    }

    /** The response being filled, and how much of its size limit is left. */
    private static final class Response {
        private final Map<String, List<Map<String, AttributeValue>>> items = new LinkedHashMap<>();
        private final Map<String, KeysAndAttributes> unprocessed = new LinkedHashMap<>();
        private final List<ConsumedCapacity> capacity = new ArrayList<>();
        private long bytesLeft;
        private boolean full;

        Response(long maxBytes) {
            this.bytesLeft = maxBytes;
        }

        /** Reads one table's keys into the response, or into the unprocessed keys once full; returns the units. */
        double read(
                String name,
                KeysAndAttributes read,
                Table table,
                List<PrimaryKey> keys,
                Optional<List<ResolvedPath>> projection) {
            List<Map<String, AttributeValue>> found = new ArrayList<>();
            List<Map<String, AttributeValue>> left = new ArrayList<>();
            double units = 0;
            for (int index = 0; index < keys.size(); index++) {
                Optional<Map<String, AttributeValue>> stored = full ? Optional.empty() : table.get(keys.get(index));
                long size = stored.map(ItemSize::of).orElse(0L);
                full = full || size > bytesLeft;
                if (full) {
                    left.add(read.keys().get(index));
                    continue;
                }
                bytesLeft -= size;
                units += CapacityUnits.read(size, read.consistentRead());
                stored.ifPresent(
                        item -> found.add(projection.isPresent() ? Projector.project(item, projection.get()) : item));
            }
            items.put(name, found);
            if (!left.isEmpty()) {
                unprocessed.put(
                        name,
                        new KeysAndAttributes(
                                left,
                                read.consistentRead(),
                                read.projectionExpression(),
                                read.expressionAttributeNames(),
                                read.attributesToGet()));
            }
            return units;
        }
    }
}
