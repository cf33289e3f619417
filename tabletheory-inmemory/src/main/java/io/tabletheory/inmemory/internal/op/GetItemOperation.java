package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.ConsumedCapacity;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.GetItemResult;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.capacity.CapacityReports;
import io.tabletheory.inmemory.internal.capacity.CapacityUnits;
import io.tabletheory.inmemory.internal.expr.ExpressionCache;
import io.tabletheory.inmemory.internal.expr.ExpressionKind;
import io.tabletheory.inmemory.internal.expr.ParsedProjection;
import io.tabletheory.inmemory.internal.expr.PlaceholderRules;
import io.tabletheory.inmemory.internal.expr.Projector;
import io.tabletheory.inmemory.internal.expr.ResolvedPath;
import io.tabletheory.inmemory.internal.item.ItemSize;
import io.tabletheory.inmemory.internal.table.KeyValidator;
import io.tabletheory.inmemory.internal.table.PrimaryKey;
import io.tabletheory.inmemory.internal.table.Table;
import io.tabletheory.inmemory.internal.table.TableCatalog;
import io.tabletheory.inmemory.internal.table.TableNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GetItem: static validation (table name, names without a projection, the ProjectionExpression and its
 * placeholders and paths), then the table and key checks, then a lock-free read of the item, projected when asked.
 * Every read is strongly consistent here, so ConsistentRead changes only the capacity reported (half for an eventually
 * consistent read, charged on the whole item even when a projection returns less).
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
        TableNames.validate(request.tableName());
        Optional<List<ResolvedPath>> projection = projection(request);
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

    private Optional<List<ResolvedPath>> projection(GetItemRequest request) {
        Map<String, String> names = request.expressionAttributeNames();
        if (request.projectionExpression().isEmpty()) {
            if (!names.isEmpty()) {
                throw new ValidationException("ExpressionAttributeNames can only be specified when using expressions");
            }
            return Optional.empty();
        }
        PlaceholderRules.checkKeys(names, Map.of());
        ParsedProjection parsed =
                expressions.projection(request.projectionExpression().get());
        PlaceholderRules.checkDefined(parsed.placeholders(), ExpressionKind.PROJECTION, names, Map.of());
        List<ResolvedPath> paths = new ArrayList<>();
        parsed.paths().forEach(path -> paths.add(ResolvedPath.of(path, names)));
        Projector.check(paths, ExpressionKind.PROJECTION);
        PlaceholderRules.checkUsed(parsed.placeholders(), names, Map.of());
        return Optional.of(List.copyOf(paths));
    }
}
