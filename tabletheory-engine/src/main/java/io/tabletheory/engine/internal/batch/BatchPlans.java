package io.tabletheory.engine.internal.batch;

import io.tabletheory.api.request.BatchGetItemRequest;
import io.tabletheory.api.request.BatchWriteItemRequest;
import io.tabletheory.api.request.KeysAndAttributes;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import io.tabletheory.api.request.WriteRequest;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.call.ReadSettings;
import io.tabletheory.engine.internal.expression.ExpressionBuilder;
import io.tabletheory.engine.internal.mapping.FieldMapping;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import io.tabletheory.engine.internal.value.KeyText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pure step of every batch: duplicate keys refused up front (DynamoDB refuses them within one request, and
 * across requests they would make "which one won" depend on retries), entries cut into requests of DynamoDB's
 * sizes in the order given, and each request built. Nothing here touches a store; tests assert on the records.
 */
public final class BatchPlans {
    /** DynamoDB's limit of keys in one BatchGetItem. */
    public static final int GET_CHUNK = 100;

    /** DynamoDB's limit of writes in one BatchWriteItem. */
    public static final int WRITE_CHUNK = 25;

    private BatchPlans() {}

    /** {@code entries} cut into consecutive lists of at most {@code size}, in order. */
    public static <E> List<List<E>> chunks(List<E> entries, int size) {
        List<List<E>> chunks = new ArrayList<>();
        for (int start = 0; start < entries.size(); start += size) {
            chunks.add(List.copyOf(entries.subList(start, Math.min(entries.size(), start + size))));
        }
        return List.copyOf(chunks);
    }

    /**
     * The keys of a batch get, checked for duplicates.
     *
     * @throws IllegalArgumentException naming the first key given twice and its positions
     */
    public static List<BatchKey> distinctKeys(String operation, ModelSchema<?> schema, List<BatchKey> keys) {
        Map<Map<String, AttributeValue>, Integer> seen = new HashMap<>();
        for (int position = 0; position < keys.size(); position++) {
            Integer earlier = seen.putIfAbsent(keys.get(position).key(), position);
            if (earlier != null) {
                throw duplicate(
                        operation, schema.tableName(), keys.get(position).key(), earlier, position);
            }
        }
        return List.copyOf(keys);
    }

    /**
     * The writes of a batch, checked for two writes of one key in one table.
     *
     * @throws IllegalArgumentException naming the first key written twice, its table and positions
     */
    public static List<BatchWriteEntry> distinctWrites(String operation, List<BatchWriteEntry> entries) {
        Map<List<Object>, Integer> seen = new HashMap<>();
        for (int position = 0; position < entries.size(); position++) {
            BatchWriteEntry entry = entries.get(position);
            Integer earlier = seen.putIfAbsent(List.of(entry.tableName(), entry.key()), position);
            if (earlier != null) {
                throw duplicate(operation, entry.tableName(), entry.key(), earlier, position);
            }
        }
        return List.copyOf(entries);
    }

    /**
     * The BatchGetItem request of one chunk of keys of one model: consistent read and projection as the model call
     * set them, the key attributes always projected so that each item found can be matched with its key.
     */
    public static BatchGetItemRequest getRequest(ModelSchema<?> schema, ReadSettings settings, List<BatchKey> keys) {
        Optional<String> projection = Optional.empty();
        Map<String, String> names = Map.of();
        if (!settings.projection().isEmpty()) {
            Set<String> attributes = new LinkedHashSet<>();
            settings.projection().forEach(field -> attributes.add(field.attributeName()));
            schema.keyFields().stream().map(FieldMapping::attributeName).forEach(attributes::add);
            ExpressionBuilder expressions = new ExpressionBuilder();
            projection = Optional.of(expressions.projection(List.copyOf(attributes)));
            names = expressions.names();
        }
        KeysAndAttributes read = new KeysAndAttributes(
                keys.stream().map(BatchKey::key).toList(), settings.consistentRead(), projection, names);
        return new BatchGetItemRequest(Map.of(schema.tableName(), read), ReturnConsumedCapacity.NONE);
    }

    /** The BatchWriteItem request of one chunk of writes, grouped by table in the order tables first appear. */
    public static BatchWriteItemRequest writeRequest(List<BatchWriteEntry> entries) {
        Map<String, List<WriteRequest>> byTable = new LinkedHashMap<>();
        for (BatchWriteEntry entry : entries) {
            byTable.computeIfAbsent(entry.tableName(), table -> new ArrayList<>())
                    .add(entry.request());
        }
        return new BatchWriteItemRequest(byTable, ReturnConsumedCapacity.NONE);
    }

    private static IllegalArgumentException duplicate(
            String operation, String tableName, Map<String, AttributeValue> key, int earlier, int later) {
        return new IllegalArgumentException(operation + ": the key " + KeyText.of(key) + " of table " + tableName
                + " is given twice (at positions " + earlier + " and " + later + "); a batch takes each key once,"
                + " so remove the duplicate");
    }
}
