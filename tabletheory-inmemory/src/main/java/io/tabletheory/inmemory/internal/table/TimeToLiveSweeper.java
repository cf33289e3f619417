package io.tabletheory.inmemory.internal.table;

import io.tabletheory.api.error.TransactionConflictException;
import io.tabletheory.api.table.TimeToLiveStatus;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.item.ScalarViews;
import io.tabletheory.inmemory.internal.item.StoredItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deletes a table's expired items, as DynamoDB's background TTL process does: an item expires when its TTL
 * attribute is a number of epoch seconds at or before now, and not more than five years before it (older values are
 * taken as mistakes and never expire); any other type never expires. Each deletion goes through {@link Table#write},
 * so indexes follow, and re-checks the item under the write lock, so an item rewritten meanwhile survives.
 */
public final class TimeToLiveSweeper {
    private static final long FIVE_YEARS_SECONDS = 5L * 365 * 24 * 60 * 60;

    private TimeToLiveSweeper() {}

    /** Deletes the expired items of {@code table} at {@code now}; returns how many it deleted. */
    public static long sweep(Table table, Instant now) {
        if (table.timeToLive().status() != TimeToLiveStatus.ENABLED
                || table.timeToLive().attributeName().isEmpty()) {
            return 0;
        }
        String attribute = table.timeToLive().attributeName().get();
        List<Map<String, AttributeValue>> candidates = new ArrayList<>();
        Iterator<StoredItem> walk = table.read().entries().ascending(StorageKey.FIRST, StorageKey.LAST);
        while (walk.hasNext()) {
            StoredItem stored = walk.next();
            if (expired(stored.item(), attribute, now)) {
                candidates.add(stored.item());
            }
        }
        long deleted = 0;
        for (Map<String, AttributeValue> candidate : candidates) {
            PrimaryKey key = KeyValidator.fromItem(table.keySchema(), candidate);
            boolean[] removed = {false};
            try {
                table.write(key, current -> {
                    if (current.isPresent() && expired(current.get(), attribute, now)) {
                        removed[0] = true;
                        return Optional.empty();
                    }
                    return current;
                });
            } catch (TransactionConflictException inTransaction) {
                // A transaction in progress holds the item: the next sweep deletes it if it is still expired.
            }
            if (removed[0]) {
                deleted++;
            }
        }
        return deleted;
    }

    static boolean expired(Map<String, AttributeValue> item, String attribute, Instant now) {
        AttributeValue value = item.get(attribute);
        AttributeValue.NumberValue number = value == null ? null : ScalarViews.number(value);
        if (number == null) {
            return false;
        }
        BigDecimal expiry = number.bigDecimalValue();
        BigDecimal nowSeconds = BigDecimal.valueOf(now.getEpochSecond());
        return expiry.compareTo(nowSeconds) <= 0
                && expiry.compareTo(nowSeconds.subtract(BigDecimal.valueOf(FIVE_YEARS_SECONDS))) >= 0;
    }
}
