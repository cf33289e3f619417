package io.tabletheory;

import io.tabletheory.api.request.ConsumedCapacity;
import java.util.List;
import java.util.Optional;

/**
 * One page of a query or scan.
 *
 * <p>DynamoDB's {@code Limit} counts items read before the filter, so a page of a filtered read may hold fewer
 * items than the limit, even none, and still have more after it: keep going while {@link #hasMore()}.
 *
 * @param items the items of this page that passed the filter, in read order
 * @param hasMore whether another page may follow
 * @param nextCursor the cursor of the next page (pass it to {@link Model#cursor}); empty on the last page. The
 *     cursor format is shared with the Go, TypeScript and Python TableTheory SDKs.
 * @param count how many items passed the filter
 * @param scannedCount how many items were read before the filter
 * @param consumedCapacity the capacity this page consumed, when the backend reports it
 * @param <T> the model class
 */
public record Page<T>(
        List<T> items,
        boolean hasMore,
        Optional<String> nextCursor,
        int count,
        int scannedCount,
        Optional<ConsumedCapacity> consumedCapacity) {
    public Page {
        items = List.copyOf(items);
    }
}
