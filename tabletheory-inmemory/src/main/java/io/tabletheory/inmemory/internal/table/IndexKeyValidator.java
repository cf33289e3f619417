package io.tabletheory.inmemory.internal.table;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.value.AttributeType;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.item.ScalarViews;
import io.tabletheory.inmemory.internal.item.Utf8;
import java.util.List;
import java.util.Map;

/**
 * Checks the secondary-index key attributes of an item about to be stored, with DynamoDB's (AWS) messages: each
 * index key attribute the item has must be of the declared type, not an empty S or B, and within the key size
 * limits (2048 bytes for an index partition key, 1024 for an index sort key). An item without an index key
 * attribute is fine: it is simply not in that index. Indexes are checked in definition order (global, then local),
 * each partition key before its sort key. {@link Table#write} runs this on every item it stores, so every write
 * path (PutItem, UpdateItem, batches, transactions) keeps the indexes valid.
 */
public final class IndexKeyValidator {
    private static final String INVALID = "One or more parameter values were invalid: ";

    private IndexKeyValidator() {}

    /**
     * Validates {@code item} against {@code indexes}.
     *
     * @throws ValidationException for the first invalid index key attribute
     */
    public static void validate(List<IndexDefinition> indexes, Map<String, AttributeValue> item) {
        validate(indexes, item, false);
    }

    /**
     * Validates the item an UpdateItem produced, which words an empty index key value as DynamoDB does for updates
     * ("The update expression attempted to update a secondary index key to a value that is not supported").
     *
     * @throws ValidationException for the first invalid index key attribute
     */
    public static void validateUpdated(List<IndexDefinition> indexes, Map<String, AttributeValue> item) {
        validate(indexes, item, true);
    }

    /**
     * Whether {@code item} may be in {@code index}: each index key attribute it has is of the declared type, not
     * empty and within the size limits. A backfill leaves other items out of the index instead of failing.
     */
    public static boolean accepts(IndexDefinition index, Map<String, AttributeValue> item) {
        try {
            validate(List.of(index), item, false);
            return true;
        } catch (ValidationException unsupported) {
            return false;
        }
    }

    private static void validate(List<IndexDefinition> indexes, Map<String, AttributeValue> item, boolean update) {
        for (IndexDefinition index : indexes) {
            check(index, index.key().partition(), item, KeyValidator.MAX_PARTITION_KEY_BYTES, update);
            index.key().sort().ifPresent(sort -> check(index, sort, item, KeyValidator.MAX_SORT_KEY_BYTES, update));
        }
    }

    private static void check(
            IndexDefinition index,
            KeyAttribute attribute,
            Map<String, AttributeValue> item,
            int maxBytes,
            boolean update) {
        AttributeValue value = item.get(attribute.name());
        if (value == null || index.tableKey().contains(attribute.name())) {
            return;
        }
        if (value.type() != attribute.type().attributeType()) {
            throw new ValidationException(INVALID + "Type mismatch for Index Key " + attribute.name() + " Expected: "
                    + attribute.type() + " Actual: " + value.type() + " IndexName: " + index.name());
        }
        long bytes = byteSize(value);
        if (bytes == 0) {
            String kind = value.type() == AttributeType.B ? "binary" : "string";
            if (update) {
                throw new ValidationException("One or more parameter values are not valid. The update expression"
                        + " attempted to update a secondary index key to a value that is not supported. The"
                        + " AttributeValue for a key attribute cannot contain an empty " + kind + " value.");
            }
            throw new ValidationException("One or more parameter values are not valid. A value specified for a"
                    + " secondary index key is not supported. The AttributeValue for a key attribute cannot contain"
                    + " an empty " + kind + " value. IndexName: " + index.name() + ", IndexKey: "
                    + attribute.name());
        }
        if (bytes > maxBytes) {
            throw new ValidationException(
                    maxBytes == KeyValidator.MAX_PARTITION_KEY_BYTES
                            ? INVALID + "Size of hashkey has exceeded the maximum size limit of" + maxBytes + " bytes"
                            : INVALID + "Aggregated size of all range keys has exceeded the size limit of " + maxBytes
                                    + " bytes");
        }
    }

    private static long byteSize(AttributeValue value) {
        return switch (value.type()) {
            case S -> Utf8.length(ScalarViews.string(value).value());
            case B -> ScalarViews.binary(value).length();
            case N, SS, NS, BS, M, L, NULL, BOOL -> -1;
        };
    }
}
