package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.TransactGetItem;
import io.tabletheory.api.request.TransactGetItemsRequest;
import io.tabletheory.api.request.TransactGetItemsResult;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.capacity.TransactionUnits;
import io.tabletheory.inmemory.internal.check.Constraints;
import io.tabletheory.inmemory.internal.expr.cache.ExpressionCache;
import io.tabletheory.inmemory.internal.expr.eval.Projector;
import io.tabletheory.inmemory.internal.expr.eval.ResolvedPath;
import io.tabletheory.inmemory.internal.table.KeyValidator;
import io.tabletheory.inmemory.internal.table.PrimaryKey;
import io.tabletheory.inmemory.internal.table.Table;
import io.tabletheory.inmemory.internal.table.TableCatalog;
import io.tabletheory.inmemory.internal.table.TableLocks;
import io.tabletheory.inmemory.internal.table.TableNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * TransactGetItems: up to 100 reads by key that see one snapshot (research §1.14). In DynamoDB's order: the
 * request-model constraints (1 to 100 reads, table names), then each read's ProjectionExpression and names (as
 * GetItem checks them, {@link ItemProjection}), then the tables' lookups, then empty key values and two reads of one
 * item ({@link TransactionItems}), each a ValidationException; then each key against its table's schema, where the
 * first that does not fit cancels the transaction with a {@code ValidationError} reason for it and {@code None} for
 * the others, as AWS answers; then the reads, under the write locks of all the tables read ({@link TableLocks}), so
 * no transaction or single-item write changes any of them in between; an item a write transaction still holds
 * cancels the read with a {@code TransactionConflict} reason, as DynamoDB cancels it.
 *
 * <p>The responses follow the request's order: each item, projected as its read asks, or empty where no item has the
 * key. Capacity is reported per table: two read units per 4 KB of each item read, the minimum for a missing one
 * ({@link TransactionUnits}).
 */
public final class TransactGetItemsOperation {
    /** The most reads one TransactGetItems may hold. */
    static final int MAX_READS = 100;

    private final TableCatalog tables;
    private final ExpressionCache expressions;

    /** TransactGetItems over these tables, parsing through this cache. */
    public TransactGetItemsOperation(TableCatalog tables, ExpressionCache expressions) {
        this.tables = tables;
        this.expressions = expressions;
    }

    /** Runs a TransactGetItems request. */
    public TransactGetItemsResult run(TransactGetItemsRequest request) {
        List<TransactGetItem> reads = request.transactItems();
        List<Optional<List<ResolvedPath>>> projections = validate(reads);
        List<Table> found = new ArrayList<>(reads.size());
        List<Map<String, AttributeValue>> keyMaps = new ArrayList<>(reads.size());
        for (TransactGetItem read : reads) {
            found.add(tables.itemTable(read.tableName()));
            keyMaps.add(read.key());
        }
        TransactionItems.checkRequest(found, keyMaps);
        List<PrimaryKey> keys = new ArrayList<>(reads.size());
        for (int index = 0; index < reads.size(); index++) {
            try {
                keys.add(KeyValidator.fromKey(found.get(index).keySchema(), keyMaps.get(index)));
            } catch (ValidationException invalid) {
                throw TransactionCancellation.validationError(reads.size(), index, invalid.getMessage());
            }
        }
        List<Optional<Map<String, AttributeValue>>> stored = new ArrayList<>(reads.size());
        TableLocks locks = TableLocks.lock(found);
        try {
            for (int index = 0; index < reads.size(); index++) {
                if (found.get(index).isClaimed(keys.get(index))) {
                    throw TransactionCancellation.conflict(reads.size(), index);
                }
                stored.add(found.get(index).get(keys.get(index)));
            }
        } finally {
            locks.close();
        }
        TransactionUnits units = new TransactionUnits();
        List<Optional<Map<String, AttributeValue>>> responses = new ArrayList<>(reads.size());
        for (int index = 0; index < reads.size(); index++) {
            units.read(found.get(index), stored.get(index));
            Optional<List<ResolvedPath>> projection = projections.get(index);
            responses.add(
                    projection.isPresent()
                            ? stored.get(index).map(item -> Projector.project(item, projection.get()))
                            : stored.get(index));
        }
        return new TransactGetItemsResult(responses, units.report(request.returnConsumedCapacity()));
    }

    private List<Optional<List<ResolvedPath>>> validate(List<TransactGetItem> reads) {
        Constraints constraints = new Constraints();
        constraints.check(
                !reads.isEmpty(), "[]", "transactItems", "Member must have length greater than or equal to 1");
        constraints.check(
                reads.size() <= MAX_READS,
                reads,
                "transactItems",
                "Member must have length less than or equal to " + MAX_READS);
        for (int index = 0; index < reads.size(); index++) {
            TableNames.check(
                    constraints,
                    reads.get(index).tableName(),
                    "transactItems." + (index + 1) + ".member.get.tableName");
        }
        constraints.throwIfAny();
        List<Optional<List<ResolvedPath>>> projections = new ArrayList<>(reads.size());
        for (TransactGetItem read : reads) {
            projections.add(ItemProjection.prepare(
                    expressions, read.projectionExpression(), read.expressionAttributeNames(), List.of()));
        }
        return projections;
    }
}
