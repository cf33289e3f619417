package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.BatchWriteItemRequest;
import io.tabletheory.api.request.BatchWriteItemResult;
import io.tabletheory.api.request.ConsumedCapacity;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import io.tabletheory.api.request.WriteRequest;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.capacity.WriteUnits;
import io.tabletheory.inmemory.internal.table.IndexKeyValidator;
import io.tabletheory.inmemory.internal.table.KeyValidator;
import io.tabletheory.inmemory.internal.table.PrimaryKey;
import io.tabletheory.inmemory.internal.table.Table;
import io.tabletheory.inmemory.internal.table.TableCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * BatchWriteItem: the static validation ({@link BatchWriteRequestValidator}), then every table's lookup, then every
 * write against its table, in request order (tables, then writes): the put's or delete's key (a put's missing or
 * mistyped key attribute is a schema mismatch, as DynamoDB words it for batches), a put's secondary-index keys, and
 * a key already written earlier in the same table ("Provided list of item keys contains duplicates", a put and a
 * delete of one key included; the same key in two tables is fine). Only when every write is valid are they applied:
 * one failing check writes nothing.
 *
 * <p>Each write is then applied on its own, atomically for its item under its table's write lock, as PutItem and
 * DeleteItem apply theirs; the batch is not a transaction, so a concurrent reader may see some of its writes before
 * others. Nothing is ever left unprocessed. Capacity is reported per table, summing what each write would have cost
 * alone ({@link WriteUnits}).
 *
 * <p>The order of the checks after the lookups (each write's key and index keys, then its duplicate check, before
 * the next write) is DynamoDB Local's: the research gives no AWS evidence for a request holding several such errors.
 */
public final class BatchWriteItemOperation {
    private final TableCatalog tables;

    /** BatchWriteItem over these tables. */
    public BatchWriteItemOperation(TableCatalog tables) {
        this.tables = tables;
    }

    /** One validated write: the item to store under the key, or empty to delete it. */
    private record Write(Table table, PrimaryKey key, Optional<Map<String, AttributeValue>> item) {}

    /** Runs a BatchWriteItem request. */
    public BatchWriteItemResult run(BatchWriteItemRequest request) {
        BatchWriteRequestValidator.validate(request);
        Map<String, Table> found = new LinkedHashMap<>();
        request.requestItems().keySet().forEach(name -> found.put(name, tables.itemTable(name)));
        List<Write> writes = new ArrayList<>();
        request.requestItems().forEach((name, tableWrites) -> {
            Table table = found.get(name);
            Set<PrimaryKey> written = new TreeSet<>(PrimaryKey.ORDER);
            for (WriteRequest write : tableWrites) {
                Write checked = check(table, write);
                if (!written.add(checked.key())) {
                    throw new ValidationException("Provided list of item keys contains duplicates");
                }
                writes.add(checked);
            }
        });

        ReturnConsumedCapacity mode = request.returnConsumedCapacity();
        Map<String, WriteUnits> units = new LinkedHashMap<>();
        for (Write write : writes) {
            Optional<Map<String, AttributeValue>> before = write.table().write(write.key(), current -> write.item());
            if (mode != ReturnConsumedCapacity.NONE) {
                units.merge(write.table().name(), WriteUnits.of(write.table(), before, write.item()), WriteUnits::plus);
            }
        }
        List<ConsumedCapacity> capacity = new ArrayList<>();
        units.forEach((name, spent) -> spent.report(mode, name).ifPresent(capacity::add));
        List<Map.Entry<Table, PrimaryKey>> written = new ArrayList<>(writes.size());
        writes.forEach(write -> written.add(Map.entry(write.table(), write.key())));
        return new BatchWriteItemResult(
                Map.of(), capacity, ItemCollections.of(request.returnItemCollectionMetrics(), written));
    }

    private static Write check(Table table, WriteRequest write) {
        return write.accept(new WriteRequest.Visitor<>() {
            @Override
            public Write visitPut(WriteRequest.Put put) {
                Map<String, AttributeValue> item = put.item();
                PrimaryKey key = KeyValidator.fromBatchItem(table.keySchema(), item);
                IndexKeyValidator.validate(table.indexes(), item);
                return new Write(table, key, Optional.of(item));
            }

            @Override
            public Write visitDelete(WriteRequest.Delete delete) {
                return new Write(table, KeyValidator.fromKey(table.keySchema(), delete.key()), Optional.empty());
            }
        });
    }
}
