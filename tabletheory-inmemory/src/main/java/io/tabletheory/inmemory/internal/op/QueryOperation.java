package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.PageResult;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.api.request.Select;
import io.tabletheory.inmemory.internal.expr.cache.ExpressionCache;
import io.tabletheory.inmemory.internal.expr.check.ConditionAttributes;
import io.tabletheory.inmemory.internal.expr.check.KeyConditionChecker;
import io.tabletheory.inmemory.internal.expr.eval.KeyCondition;
import io.tabletheory.inmemory.internal.table.KeyAttribute;
import io.tabletheory.inmemory.internal.table.ReadTarget;
import io.tabletheory.inmemory.internal.table.StorageKey;
import io.tabletheory.inmemory.internal.table.Table;
import io.tabletheory.inmemory.internal.table.TableCatalog;
import java.util.Map;
import java.util.Optional;

/**
 * Query: static validation (TableName, IndexName, Limit; a key condition present; Select against the projection;
 * the expressions and their placeholders), then the table and index (missing index, consistent read of a global
 * index, Select and projection against the index), the ExclusiveStartKey's shape, the key condition against the
 * key, the ExclusiveStartKey's place in the query, a filter on key attributes; then one page of the partition, read
 * without locks.
 */
public final class QueryOperation {
    private final TableCatalog tables;
    private final ExpressionCache expressions;

    /** Query over these tables, parsing through this cache. */
    public QueryOperation(TableCatalog tables, ExpressionCache expressions) {
        this.tables = tables;
        this.expressions = expressions;
    }

    /** Runs a Query request. */
    public PageResult run(QueryRequest request) {
        ReadTargets.constraints(request.tableName(), request.indexName(), request.limit(), true)
                .throwIfAny();
        if (request.keyConditionExpression().isEmpty()
                && request.keyConditions().isEmpty()) {
            throw new ValidationException(
                    "Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
        }
        Select select = ReadSelect.resolve(
                request.select(),
                ReadSelect.projectionParameter(request),
                request.indexName().isPresent(),
                true);
        ReadExpressions read = ReadExpressions.prepare(
                expressions,
                request.keyConditionExpression(),
                request.filterExpression(),
                request.projectionExpression(),
                request.expressionAttributeNames(),
                request.expressionAttributeValues(),
                "FilterExpression and KeyConditionExpression are null",
                true,
                ClassicRead.of(request));
        Table table = tables.itemTable(request.tableName());
        ReadTarget target = ReadTargets.resolve(table, request.indexName(), request.consistentRead());
        ReadSelect.checkTarget(select, read.projection(), target);
        ExclusiveStartKey.checkShape(request.exclusiveStartKey(), target);
        KeyCondition condition =
                KeyConditionChecker.check(read.keyCondition().orElseThrow(), target.key(), read.names(), read.values());
        Optional<StorageKey> after = ExclusiveStartKey.forQuery(request.exclusiveStartKey(), target, condition);
        for (KeyAttribute key : target.key().attributes()) {
            if (request.queryFilter().containsKey(key.name())) {
                throw new ValidationException("QueryFilter can only contain non-primary key attributes: Primary key"
                        + " attribute: " + key.name());
            }
        }
        read.filter().ifPresent(filter -> {
            for (String attribute : ConditionAttributes.of(filter, read.names())) {
                if (target.key().contains(attribute)) {
                    throw new ValidationException("Filter Expression can only contain non-primary key attributes:"
                            + " Primary key attribute: " + attribute);
                }
            }
        });
        ReadPlan plan =
                new ReadPlan(request.limit(), read.filter(), read.projection(), select, read.names(), read.values());
        PageResult page = PageReader.read(
                target,
                new QueryWalk(target, condition, request.scanIndexForward(), after),
                plan,
                request.tableName(),
                request.consistentRead(),
                request.returnConsumedCapacity());
        if (!ExclusiveStartKey.queryResumable(target)) {
            // The Query read its one item (or none): it hands out no LastEvaluatedKey, whatever the Limit.
            return new PageResult(page.items(), page.count(), page.scannedCount(), Map.of(), page.consumedCapacity());
        }
        return page;
    }
}
