package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.request.ConsumedCapacity;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.GetItemResult;
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
import io.tabletheory.inmemory.internal.table.TableNames;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GetItem: static validation (table name, then the ProjectionExpression and its names, {@link ItemProjection}),
 * then the table and key checks, then a lock-free read of the item, projected when asked. Every read is strongly
 * consistent here, so ConsistentRead changes only the capacity reported (half for an eventually consistent read,
 * charged on the whole item even when a projection returns less).
 */
public final class GetItemOperation {
    private final TableCatalog tables;
    private final ExpressionCache expressions;

    /** GetItem over these tables, parsing through this cache. */
    public GetItemOperation(TableCatalog tables, ExpressionCache expressions) {
        this.tables = tables;
        this.expressions = expressions;
    }

    /** Runs a GetItem request. */
    public GetItemResult run(GetItemRequest request) {
        TableNames.validateItemTable(request.tableName());
        Optional<List<ResolvedPath>> projection = ItemProjection.prepare(
                expressions,
                request.projectionExpression(),
                request.expressionAttributeNames(),
                request.attributesToGet());
        Table table = tables.itemTable(request.tableName());
        PrimaryKey key = KeyValidator.fromKey(table.keySchema(), request.key());
        Optional<Map<String, AttributeValue>> stored = table.get(key);
        Optional<ConsumedCapacity> capacity = CapacityReports.read(
                request.returnConsumedCapacity(),
                table.name(),
                Optional.empty(),
                false,
                () -> CapacityUnits.read(stored.map(ItemSize::of).orElse(0L), request.consistentRead()));
        Optional<Map<String, AttributeValue>> item =
                projection.isPresent() ? stored.map(found -> Projector.project(found, projection.get())) : stored;
        return new GetItemResult(item, capacity);
    }
}
