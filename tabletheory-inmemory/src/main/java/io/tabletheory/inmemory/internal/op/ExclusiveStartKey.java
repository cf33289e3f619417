package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.expr.eval.KeyCondition;
import io.tabletheory.inmemory.internal.item.ValueOrder;
import io.tabletheory.inmemory.internal.table.KeyAttribute;
import io.tabletheory.inmemory.internal.table.PartitionHash;
import io.tabletheory.inmemory.internal.table.ReadTarget;
import io.tabletheory.inmemory.internal.table.StorageKey;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;

/**
 * The ExclusiveStartKey of a Query or Scan, validated against what is read, with DynamoDB's (AWS) messages: it must
 * hold exactly the table's key attributes (plus the index's, for an index read) with their declared types; for a
 * Query it must lie in the queried partition and satisfy the sort-key condition, and a Query of a table without a
 * sort key cannot be resumed at all (a hash-only index can: its items are not unique by the index key); for a parallel Scan it must lie in the requested segment. It need
 * not name an existing item. The read resumes just after its storage position.
 */
final class ExclusiveStartKey {
    private static final String INVALID = "The provided starting key is invalid: ";

    private ExclusiveStartKey() {}

    /**
     * Whether a Query of {@code target} can be resumed. Only a table's hash-only key is unique, so its Query reads at
     * most one item and can be neither restarted nor handed a LastEvaluatedKey. Items are not unique by an index's
     * key: a Query of a hash-only global index returns many and resumes after the index key plus the table's key,
     * like any other index Query.
     */
    static boolean queryResumable(ReadTarget target) {
        return target.key().sort().isPresent() || target.index().isPresent();
    }

    /**
     * The position to resume after, for a Query; empty when the request has no ExclusiveStartKey.
     *
     * @throws ValidationException when the key is malformed or outside the query
     */
    static Optional<StorageKey> forQuery(
            Map<String, AttributeValue> startKey, ReadTarget target, KeyCondition condition) {
        if (startKey.isEmpty()) {
            return Optional.empty();
        }
        checkShape(startKey, target);
        if (!queryResumable(target)) {
            throw new ValidationException(INVALID + "The query can return at most one row and cannot be restarted");
        }
        AttributeValue partition = startKey.get(target.key().partition().name());
        if (ValueOrder.compare(partition, condition.partition()) != 0) {
            throw new ValidationException(
                    "The provided starting key is outside query boundaries based on provided conditions");
        }
        Optional<KeyAttribute> sortKey = target.key().sort();
        if (sortKey.isPresent()
                && condition.sort().isPresent()
                && !condition.sort().get().matches(startKey.get(sortKey.get().name()))) {
            throw new ValidationException("The provided starting key does not match the range key predicate");
        }
        return Optional.of(target.position(startKey));
    }

    /**
     * The position to resume after, for a Scan of {@code segment} of {@code totalSegments} (both empty for a whole
     * scan); empty when the request has no ExclusiveStartKey.
     *
     * @throws ValidationException when the key is malformed or outside the segment
     */
    static Optional<StorageKey> forScan(
            Map<String, AttributeValue> startKey, ReadTarget target, Optional<ScanSegment> segment) {
        if (startKey.isEmpty()) {
            return Optional.empty();
        }
        checkShape(startKey, target);
        StorageKey position = target.position(startKey);
        if (segment.isPresent()
                && PartitionHash.segment(position.hash(), segment.get().total())
                        != segment.get().segment()) {
            throw new ValidationException(INVALID + "Invalid ExclusiveStartKey. Please use ExclusiveStartKey with"
                    + " correct Segment. TotalSegments: " + segment.get().total() + " Segment: "
                    + segment.get().segment());
        }
        return Optional.of(position);
    }

    /**
     * Checks that a start key (if any) holds exactly the key attributes of {@code target} with their types.
     *
     * @throws ValidationException when it does not
     */
    static void checkShape(Map<String, AttributeValue> startKey, ReadTarget target) {
        if (startKey.isEmpty()) {
            return;
        }
        if (!startKey.keySet().equals(new HashSet<>(target.startKeyAttributes()))) {
            throw mismatch();
        }
        for (KeyAttribute attribute : target.positionAttributes()) {
            if (startKey.get(attribute.name()).type() != attribute.type().attributeType()) {
                throw mismatch();
            }
        }
    }

    private static ValidationException mismatch() {
        return new ValidationException(INVALID + "The provided key element does not match the schema");
    }
}
