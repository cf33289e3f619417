package io.tabletheory.api.request;

import io.tabletheory.api.internal.Immutables;
import io.tabletheory.api.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One page of a Query or Scan.
 *
 * @param items the items that passed the filter, in read order; empty with {@code Select COUNT}
 * @param count how many items passed the filter
 * @param scannedCount how many items were read before the filter
 * @param lastEvaluatedKey where the next page starts (pass it as {@code exclusiveStartKey}); empty when this is the
 *     last page
 * @param consumedCapacity the capacity consumed, when the request asked for it
 */
public record PageResult(
        List<Map<String, AttributeValue>> items,
        int count,
        int scannedCount,
        Map<String, AttributeValue> lastEvaluatedKey,
        Optional<ConsumedCapacity> consumedCapacity) {

    public PageResult {
        items = items == null
                ? List.of()
                : items.stream()
                        .map(item -> Immutables.orderedMap(item, "item"))
                        .toList();
        lastEvaluatedKey = Immutables.orderedMap(lastEvaluatedKey, "lastEvaluatedKey");
        consumedCapacity = RequestDefaults.absentIfNull(consumedCapacity);
    }

    /** Whether another page may follow. */
    public boolean hasMore() {
        return !lastEvaluatedKey.isEmpty();
    }
}
