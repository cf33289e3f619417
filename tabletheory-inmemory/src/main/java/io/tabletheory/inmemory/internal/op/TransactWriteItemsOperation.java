package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.CancellationReason;
import io.tabletheory.api.request.ReturnValuesOnConditionCheckFailure;
import io.tabletheory.api.request.TransactWriteItem;
import io.tabletheory.api.request.TransactWriteItemsRequest;
import io.tabletheory.api.request.TransactWriteItemsResult;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.ChangeListener;
import io.tabletheory.inmemory.internal.capacity.TransactionUnits;
import io.tabletheory.inmemory.internal.expr.cache.ExpressionCache;
import io.tabletheory.inmemory.internal.item.ItemLimits;
import io.tabletheory.inmemory.internal.table.IndexKeyValidator;
import io.tabletheory.inmemory.internal.table.KeyValidator;
import io.tabletheory.inmemory.internal.table.PrimaryKey;
import io.tabletheory.inmemory.internal.table.Table;
import io.tabletheory.inmemory.internal.table.TableCatalog;
import io.tabletheory.inmemory.internal.table.TableLocks;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * TransactWriteItems: all of its actions are applied, or none (research §1.14), in DynamoDB's order of checks:
 *
 * <ol>
 *   <li>the static validation ({@link TransactWriteRequestValidator}), then the ClientRequestToken ({@link
 *       ClientRequestTokens}: a repeat of a recent transaction returns its result without applying it again);
 *   <li>every table's lookup, then empty key values and two actions on one item ({@link TransactionItems}): each
 *       a ValidationException for the whole request;
 *   <li>each action's key, and a Put's item (nesting, size, index keys), in request order: the first invalid one
 *       cancels the transaction with a {@code ValidationError} reason for that action and {@code None} for every
 *       other, as AWS stops at the first;
 *   <li>each action's item claimed for this transaction ({@link Table#claim}), in request order: an item another
 *       transaction in progress holds cancels this one with a {@code TransactionConflict} reason for that action,
 *       as DynamoDB cancels it, instead of waiting; claims are released when the transaction ends;
 *   <li>under the write locks of all the transaction's tables ({@link TableLocks}), every condition, on the stored
 *       items, each evaluated even after another failed ({@code ConditionalCheckFailed}, with the stored item when
 *       the action asks for ALL_OLD), and each passing Update applied to its item, where an error cancels the
 *       transaction with a {@code ValidationError} and stops the evaluation;
 *   <li>with no reason to cancel, still under the locks, every write applied, while single-item reads of the
 *       written tables wait ({@link Table#beginTransactionalWrites}): no read or write sees part of a transaction.
 * </ol>
 *
 * <p>Consumed capacity is reported per table ({@link TransactionUnits}).
 */
public final class TransactWriteItemsOperation {
    private final TableCatalog tables;
    private final ExpressionCache expressions;
    private final ClientRequestTokens tokens;

    /** TransactWriteItems over these tables, parsing through this cache, remembering tokens by this clock. */
    public TransactWriteItemsOperation(TableCatalog tables, ExpressionCache expressions, Clock clock) {
        this.tables = tables;
        this.expressions = expressions;
        this.tokens = new ClientRequestTokens(clock);
    }

    /** Runs a TransactWriteItems request. */
    public TransactWriteItemsResult run(TransactWriteItemsRequest request) {
        List<TransactWriteAction> actions = TransactWriteRequestValidator.validate(request, expressions);
        if (request.clientRequestToken().isPresent()) {
            return tokens.run(
                    request.clientRequestToken().get(), request.transactItems(), () -> execute(request, actions));
        }
        return execute(request, actions);
    }

    private TransactWriteItemsResult execute(TransactWriteItemsRequest request, List<TransactWriteAction> actions) {
        List<Table> found = new ArrayList<>(actions.size());
        List<Map<String, AttributeValue>> keysOrItems = new ArrayList<>(actions.size());
        for (TransactWriteAction action : actions) {
            found.add(tables.itemTable(action.request().tableName()));
            keysOrItems.add(action.keyOrItem());
        }
        TransactionItems.checkRequest(found, keysOrItems);
        List<PrimaryKey> keys = validateItems(actions, found);
        TransactionUnits units = new TransactionUnits();
        Object transaction = new Object();
        int claimed = 0;
        try {
            for (; claimed < actions.size(); claimed++) {
                if (!found.get(claimed).claim(keys.get(claimed), transaction)) {
                    throw TransactionCancellation.conflict(actions.size(), claimed);
                }
            }
            applyUnderLocks(actions, found, keys, units);
        } finally {
            for (int index = 0; index < claimed; index++) {
                found.get(index).release(keys.get(index), transaction);
            }
        }
        List<Map.Entry<Table, PrimaryKey>> written = new ArrayList<>(actions.size());
        for (int index = 0; index < actions.size(); index++) {
            if (!actions.get(index).isConditionCheck()) {
                written.add(Map.entry(found.get(index), keys.get(index)));
            }
        }
        return new TransactWriteItemsResult(
                units.report(request.returnConsumedCapacity()),
                ItemCollections.of(request.returnItemCollectionMetrics(), written));
    }

    /**
     * Evaluates and applies the claimed actions under the write locks of their tables, counting capacity. The items
     * are claimed by this transaction, so its writes need no claim check ({@link Table#writeReported}).
     */
    private void applyUnderLocks(
            List<TransactWriteAction> actions, List<Table> found, List<PrimaryKey> keys, TransactionUnits units) {
        TableLocks locks = TableLocks.lock(found);
        try {
            found.forEach(Table::requireLive);
            List<Optional<Map<String, AttributeValue>>> before = new ArrayList<>(actions.size());
            List<Optional<Map<String, AttributeValue>>> after = evaluate(actions, found, keys, before);
            apply(actions, found, keys, after);
            for (int index = 0; index < actions.size(); index++) {
                if (actions.get(index).isConditionCheck()) {
                    units.read(found.get(index), before.get(index));
                } else {
                    Optional<Map<String, AttributeValue>> written = after.get(index);
                    units.write(
                            found.get(index),
                            before.get(index),
                            written.isPresent() || isDelete(actions.get(index)) ? written : before.get(index));
                }
            }
        } finally {
            locks.close();
        }
    }

    /** Each action's key, and a Put's item limits and index keys; the first failure cancels the transaction. */
    private static List<PrimaryKey> validateItems(List<TransactWriteAction> actions, List<Table> found) {
        List<PrimaryKey> keys = new ArrayList<>(actions.size());
        for (int index = 0; index < actions.size(); index++) {
            TransactWriteAction action = actions.get(index);
            Table table = found.get(index);
            try {
                boolean put =
                        switch (action.kind()) {
                            case PUT -> true;
                            case CONDITION_CHECK, UPDATE, DELETE -> false;
                        };
                if (put) {
                    keys.add(KeyValidator.fromItem(table.keySchema(), action.keyOrItem()));
                    ItemLimits.checkPut(action.keyOrItem());
                    IndexKeyValidator.validate(table.indexes(), action.keyOrItem());
                } else {
                    keys.add(KeyValidator.fromKey(table.keySchema(), action.keyOrItem()));
                }
            } catch (ValidationException invalid) {
                throw TransactionCancellation.validationError(actions.size(), index, invalid.getMessage());
            }
        }
        return keys;
    }

    /**
     * Reads every stored item into {@code before} and returns what each action would leave (a ConditionCheck leaves
     * the item as it is), or cancels the transaction. Runs under the tables' locks.
     */
    private static List<Optional<Map<String, AttributeValue>>> evaluate(
            List<TransactWriteAction> actions,
            List<Table> found,
            List<PrimaryKey> keys,
            List<Optional<Map<String, AttributeValue>>> before) {
        List<CancellationReason> reasons = TransactionCancellation.noReasons(actions.size());
        List<Optional<Map<String, AttributeValue>>> after = new ArrayList<>(actions.size());
        boolean cancelled = false;
        for (int index = 0; index < actions.size(); index++) {
            TransactWriteAction action = actions.get(index);
            Optional<Map<String, AttributeValue>> current = found.get(index).get(keys.get(index));
            before.add(current);
            if (!action.condition().holds(current)) {
                reasons.set(index, conditionFailed(action.request(), current));
                cancelled = true;
                after.add(current);
                continue;
            }
            try {
                after.add(next(action, found.get(index), current));
            } catch (ValidationException invalid) {
                reasons.set(
                        index, CancellationReason.of(TransactionCancellation.VALIDATION_ERROR, invalid.getMessage()));
                throw TransactionCancellation.of(reasons);
            }
        }
        if (cancelled) {
            throw TransactionCancellation.of(reasons);
        }
        return after;
    }

    private static CancellationReason conditionFailed(
            TransactWriteItem action, Optional<Map<String, AttributeValue>> current) {
        Map<String, AttributeValue> item =
                action.returnValuesOnConditionCheckFailure() == ReturnValuesOnConditionCheckFailure.ALL_OLD
                        ? current.orElse(Map.of())
                        : Map.of();
        return new CancellationReason(
                CancellationReason.CONDITIONAL_CHECK_FAILED, TransactionCancellation.CONDITION_FAILED_MESSAGE, item);
    }

    private static Optional<Map<String, AttributeValue>> next(
            TransactWriteAction action, Table table, Optional<Map<String, AttributeValue>> current) {
        return switch (action.kind()) {
            case PUT -> Optional.of(action.keyOrItem());
            case DELETE -> Optional.empty();
            case UPDATE -> action.update().orElseThrow().apply(table, action.keyOrItem(), current);
            case CONDITION_CHECK -> current;
        };
    }

    /**
     * Reports every write to the change listener at once (a listener that refuses them leaves everything as it was),
     * then applies them; single-item reads of the written tables wait until all are applied.
     */
    private void apply(
            List<TransactWriteAction> actions,
            List<Table> found,
            List<PrimaryKey> keys,
            List<Optional<Map<String, AttributeValue>>> after) {
        Set<Table> written = new LinkedHashSet<>();
        List<ChangeListener.ItemWrite> writes = new ArrayList<>(actions.size());
        for (int index = 0; index < actions.size(); index++) {
            if (!actions.get(index).isConditionCheck()) {
                written.add(found.get(index));
                writes.add(found.get(index).itemWrite(keys.get(index), after.get(index)));
            }
        }
        if (writes.isEmpty()) {
            return;
        }
        tables.listener().itemsChanging(List.copyOf(writes));
        written.forEach(Table::beginTransactionalWrites);
        try {
            for (int index = 0; index < actions.size(); index++) {
                if (!actions.get(index).isConditionCheck()) {
                    found.get(index).writeReported(keys.get(index), after.get(index));
                }
            }
        } finally {
            written.forEach(Table::endTransactionalWrites);
            tables.listener().changeApplied();
        }
    }

    private static boolean isDelete(TransactWriteAction action) {
        return switch (action.kind()) {
            case DELETE -> true;
            case CONDITION_CHECK, PUT, UPDATE -> false;
        };
    }
}
