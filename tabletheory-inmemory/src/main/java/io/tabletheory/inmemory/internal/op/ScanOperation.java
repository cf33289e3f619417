package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.request.PageResult;
import io.tabletheory.api.request.ScanRequest;
import io.tabletheory.api.request.Select;
import io.tabletheory.inmemory.internal.check.Constraints;
import io.tabletheory.inmemory.internal.expr.cache.ExpressionCache;
import io.tabletheory.inmemory.internal.table.ReadTarget;
import io.tabletheory.inmemory.internal.table.StorageKey;
import io.tabletheory.inmemory.internal.table.Table;
import io.tabletheory.inmemory.internal.table.TableCatalog;
import java.util.Optional;

/**
 * Scan: static validation (TableName, IndexName, Limit, Segment and TotalSegments ranges and combination, Select
 * against the projection, the expressions and their placeholders), then the table and index (missing index,
 * consistent read of a global index, Select and projection against the index) and the ExclusiveStartKey; then one
 * page of the table, index or segment in storage order, read without locks. Unlike Query, a Scan may filter on key
 * attributes.
 */
public final class ScanOperation {
    private final TableCatalog tables;
    private final ExpressionCache expressions;

    /** Scan over these tables, parsing through this cache. */
    public ScanOperation(TableCatalog tables, ExpressionCache expressions) {
        this.tables = tables;
        this.expressions = expressions;
    }

    /** Runs a Scan request. */
    public PageResult run(ScanRequest request) {
        Constraints constraints =
                ReadTargets.constraints(request.tableName(), request.indexName(), request.limit(), false);
        request.segment().ifPresent(segment -> {
            constraints.check(segment >= 0, segment, "segment", "Member must have value greater than or equal to 0");
            constraints.check(
                    segment < ScanSegment.MAX_TOTAL_SEGMENTS,
                    segment,
                    "segment",
                    "Member must have value less than or equal to " + (ScanSegment.MAX_TOTAL_SEGMENTS - 1));
        });
        request.totalSegments().ifPresent(total -> {
            constraints.check(total >= 1, total, "totalSegments", "Member must have value greater than or equal to 1");
            constraints.check(
                    total <= ScanSegment.MAX_TOTAL_SEGMENTS,
                    total,
                    "totalSegments",
                    "Member must have value less than or equal to " + ScanSegment.MAX_TOTAL_SEGMENTS);
        });
        constraints.throwIfAny();
        Optional<ScanSegment> segment = ScanSegment.of(request.segment(), request.totalSegments());
        Select select = ReadSelect.resolve(
                request.select(),
                ReadSelect.projectionParameter(request),
                request.indexName().isPresent(),
                false);
        ReadExpressions read = ReadExpressions.prepare(
                expressions,
                Optional.empty(),
                request.filterExpression(),
                request.projectionExpression(),
                request.expressionAttributeNames(),
                request.expressionAttributeValues(),
                "FilterExpression is null",
                false,
                ClassicRead.of(request));
        Table table = tables.itemTable(request.tableName());
        ReadTarget target = ReadTargets.resolve(table, request.indexName(), request.consistentRead());
        ReadSelect.checkTarget(select, read.projection(), target);
        Optional<StorageKey> after = ExclusiveStartKey.forScan(request.exclusiveStartKey(), target, segment);
        ReadPlan plan =
                new ReadPlan(request.limit(), read.filter(), read.projection(), select, read.names(), read.values());
        return PageReader.read(
                target,
                new ScanWalk(target, segment, after),
                plan,
                request.tableName(),
                request.consistentRead(),
                request.returnConsumedCapacity());
    }
}
