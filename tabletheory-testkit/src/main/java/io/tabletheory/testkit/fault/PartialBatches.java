package io.tabletheory.testkit.fault;

import io.tabletheory.api.request.BatchGetItemRequest;
import io.tabletheory.api.request.BatchWriteItemRequest;
import io.tabletheory.api.request.KeysAndAttributes;
import io.tabletheory.api.request.WriteRequest;
import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a batch request into the part a {@link FaultInjectingStore} forwards and the part it hands back as
 * unprocessed: the first entries (across tables, in request order) are forwarded, at least one of a non-empty
 * request so that a retrying caller always progresses.
 */
final class PartialBatches {
    private PartialBatches() {}

    /** How many of {@code size} entries are forwarded when {@code percentUnprocessed} percent are held back. */
    static int forwarded(int size, int percentUnprocessed) {
        int held = (int) Math.floor(size * percentUnprocessed / 100.0);
        return size == 0 ? 0 : Math.max(1, size - held);
    }

    /** The request split in two: index 0 forwarded, index 1 held back (possibly empty maps). */
    static List<Map<String, KeysAndAttributes>> split(BatchGetItemRequest request, int percentUnprocessed) {
        int total = request.requestItems().values().stream()
                .mapToInt(read -> read.keys().size())
                .sum();
        int budget = forwarded(total, percentUnprocessed);
        Map<String, KeysAndAttributes> forward = new LinkedHashMap<>();
        Map<String, KeysAndAttributes> held = new LinkedHashMap<>();
        for (Map.Entry<String, KeysAndAttributes> table : request.requestItems().entrySet()) {
            List<Map<String, AttributeValue>> keys = table.getValue().keys();
            int taken = Math.min(budget, keys.size());
            budget -= taken;
            if (taken > 0) {
                forward.put(table.getKey(), withKeys(table.getValue(), keys.subList(0, taken)));
            }
            if (taken < keys.size()) {
                held.put(table.getKey(), withKeys(table.getValue(), keys.subList(taken, keys.size())));
            }
        }
        return List.of(forward, held);
    }

    /** The request split in two: index 0 forwarded, index 1 held back (possibly empty maps). */
    static List<Map<String, List<WriteRequest>>> split(BatchWriteItemRequest request, int percentUnprocessed) {
        int total =
                request.requestItems().values().stream().mapToInt(List::size).sum();
        int budget = forwarded(total, percentUnprocessed);
        Map<String, List<WriteRequest>> forward = new LinkedHashMap<>();
        Map<String, List<WriteRequest>> held = new LinkedHashMap<>();
        for (Map.Entry<String, List<WriteRequest>> table :
                request.requestItems().entrySet()) {
            List<WriteRequest> writes = table.getValue();
            int taken = Math.min(budget, writes.size());
            budget -= taken;
            if (taken > 0) {
                forward.put(table.getKey(), new ArrayList<>(writes.subList(0, taken)));
            }
            if (taken < writes.size()) {
                held.put(table.getKey(), new ArrayList<>(writes.subList(taken, writes.size())));
            }
        }
        return List.of(forward, held);
    }

    private static KeysAndAttributes withKeys(KeysAndAttributes read, List<Map<String, AttributeValue>> keys) {
        return new KeysAndAttributes(
                keys, read.consistentRead(), read.projectionExpression(), read.expressionAttributeNames());
    }
}
