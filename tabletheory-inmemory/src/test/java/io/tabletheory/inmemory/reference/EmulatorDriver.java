package io.tabletheory.inmemory.reference;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.ConditionFailedException;
import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.PageResult;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.api.request.ReturnValuesOnConditionCheckFailure;
import io.tabletheory.api.request.ScanRequest;
import io.tabletheory.api.request.UpdateItemRequest;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Sends generated steps to the emulator through its public port, rendering each tree with a fresh {@link Renderer},
 * and turns the answer (or the refusal) into an {@link Outcome}.
 */
final class EmulatorDriver {
    /** A Query or Scan that has not ended after this many pages is reported rather than followed forever. */
    private static final int MAX_PAGES = 10_000;

    private final InMemoryDynamoStore store = InMemoryDynamoStore.create();
    private final Map<String, TableSpec> tables = new HashMap<>();

    void createTable(TableSpec table) {
        tables.put(table.name(), table);
        CreateTableRequest.Builder request =
                CreateTableRequest.builder(table.name()).partitionKey(table.hashName(), table.hashType());
        if (table.rangeName() != null) {
            request.sortKey(table.rangeName(), table.rangeType());
        }
        store.createTable(request.build());
    }

    Outcome apply(Op op, boolean tight) {
        try {
            return run(op, new Renderer(tight));
        } catch (ConditionFailedException e) {
            return new Outcome.Failure(e.getClass().getSimpleName(), e.item());
        } catch (ValidationException e) {
            return new Outcome.Failure(e.getClass().getSimpleName(), Optional.empty());
        }
    }

    private static ReturnValuesOnConditionCheckFailure onFailure(boolean returnOld) {
        return returnOld ? ReturnValuesOnConditionCheckFailure.ALL_OLD : ReturnValuesOnConditionCheckFailure.NONE;
    }

    private Outcome run(Op op, Renderer r) {
        if (op instanceof Op.Put put) {
            PutItemRequest.Builder request = PutItemRequest.builder(put.table(), put.item())
                    .returnValues(put.returnValues())
                    .returnValuesOnConditionCheckFailure(onFailure(put.returnOldOnFailure()));
            if (put.condition() != null) {
                request.conditionExpression(r.condition(put.condition()));
            }
            request.expressionAttributeNames(r.names()).expressionAttributeValues(r.values());
            return new Outcome.Attributes(store.putItem(request.build()).attributes());
        }
        if (op instanceof Op.Get get) {
            GetItemRequest.Builder request = GetItemRequest.builder(get.table(), get.key());
            if (get.projection() != null) {
                request.projectionExpression(r.projection(get.projection())).expressionAttributeNames(r.names());
            }
            return new Outcome.Item(store.getItem(request.build()).item());
        }
        if (op instanceof Op.Delete delete) {
            DeleteItemRequest.Builder request = DeleteItemRequest.builder(delete.table(), delete.key())
                    .returnValues(delete.returnValues())
                    .returnValuesOnConditionCheckFailure(onFailure(delete.returnOldOnFailure()));
            if (delete.condition() != null) {
                request.conditionExpression(r.condition(delete.condition()));
            }
            request.expressionAttributeNames(r.names()).expressionAttributeValues(r.values());
            return new Outcome.Attributes(store.deleteItem(request.build()).attributes());
        }
        if (op instanceof Op.Update update) {
            UpdateItemRequest.Builder request = UpdateItemRequest.builder(update.table(), update.key())
                    .updateExpression(r.update(update.actions()))
                    .returnValues(update.returnValues())
                    .returnValuesOnConditionCheckFailure(onFailure(update.returnOldOnFailure()));
            if (update.condition() != null) {
                request.conditionExpression(r.condition(update.condition()));
            }
            request.expressionAttributeNames(r.names()).expressionAttributeValues(r.values());
            return new Outcome.Attributes(store.updateItem(request.build()).attributes());
        }
        if (op instanceof Op.Query query) {
            QueryRequest.Builder request = QueryRequest.builder(query.table())
                    .keyConditionExpression(r.keyCondition(tables.get(query.table()), query.hashValue(), query.range()))
                    .scanIndexForward(query.forward())
                    .limit(query.limit());
            if (query.filter() != null) {
                request.filterExpression(r.condition(query.filter()));
            }
            QueryRequest first = request.expressionAttributeNames(r.names())
                    .expressionAttributeValues(r.values())
                    .build();
            return follow(start ->
                    store.query(first.toBuilder().exclusiveStartKey(start).build()));
        }
        Op.Scan scan = (Op.Scan) op;
        ScanRequest.Builder request = ScanRequest.builder(scan.table()).limit(scan.limit());
        if (scan.filter() != null) {
            request.filterExpression(r.condition(scan.filter()));
        }
        ScanRequest first = request.expressionAttributeNames(r.names())
                .expressionAttributeValues(r.values())
                .build();
        return follow(
                start -> store.scan(first.toBuilder().exclusiveStartKey(start).build()));
    }

    /** Reads every page, starting without an ExclusiveStartKey and continuing from each LastEvaluatedKey. */
    private static Outcome follow(Function<Map<String, AttributeValue>, PageResult> read) {
        List<Outcome.Page> pages = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            PageResult page = read.apply(start);
            pages.add(new Outcome.Page(page.items(), page.count(), page.scannedCount(), page.lastEvaluatedKey()));
            start = page.hasMore() ? page.lastEvaluatedKey() : null;
        } while (start != null && pages.size() < MAX_PAGES);
        return new Outcome.Pages(pages);
    }

    /**
     * The partitions of {@code table} in the order a plain Scan visits them (each partition key once, at its first
     * item), for the model's Scan.
     */
    List<AttributeValue> partitionOrder(String table) {
        Outcome.Pages all = (Outcome.Pages) run(new Op.Scan(table, null, null), new Renderer(false));
        List<AttributeValue> order = new ArrayList<>();
        String hashName = tables.get(table).hashName();
        for (Outcome.Page page : all.pages()) {
            for (Map<String, AttributeValue> item : page.items()) {
                AttributeValue partition = item.get(hashName);
                if (!order.contains(partition)) {
                    order.add(partition);
                }
            }
        }
        return order;
    }

    /** Every item of {@code table}, read by a paged Scan. */
    List<Map<String, AttributeValue>> contents(String table) {
        Outcome.Pages all = (Outcome.Pages) run(new Op.Scan(table, null, null), new Renderer(false));
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        all.pages().forEach(page -> items.addAll(page.items()));
        return items;
    }
}
