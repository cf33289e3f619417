package io.tabletheory.inmemory.internal.table;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.item.ScalarViews;
import io.tabletheory.inmemory.internal.item.Utf8;
import java.util.Map;
import java.util.Optional;

/**
 * Checks item keys against a table's key schema with DynamoDB's (AWS) messages and extracts the {@link PrimaryKey}:
 * for a whole item (PutItem: missing key attribute, wrong type; a BatchWriteItem put words both as a schema mismatch)
 * and for a key map (GetItem, DeleteItem, BatchGetItem, a BatchWriteItem delete: the key must hold exactly the key
 * attributes with the right types). All then reject empty S/B key values and keys over the size limits (partition
 * key 2048 bytes, sort key 1024 bytes; N keys have no byte limit).
 */
public final class KeyValidator {
    /** The largest partition key value, in bytes. */
    public static final int MAX_PARTITION_KEY_BYTES = 2048;

    /** The largest sort key value, in bytes. */
    public static final int MAX_SORT_KEY_BYTES = 1024;

    private static final String INVALID = "One or more parameter values were invalid: ";
    private static final String SCHEMA_MISMATCH = "The provided key element does not match the schema";

    private KeyValidator() {}

    /**
     * The key of an item about to be written whole.
     *
     * @throws ValidationException when a key attribute is missing, mistyped, empty or too long
     */
    public static PrimaryKey fromItem(KeySchema schema, Map<String, AttributeValue> item) {
        for (KeyAttribute attribute : schema.attributes()) {
            AttributeValue value = item.get(attribute.name());
            if (value == null) {
                throw new ValidationException(INVALID + "Missing the key " + attribute.name() + " in the item");
            }
            if (value.type() != attribute.type().attributeType()) {
                throw new ValidationException(INVALID + "Type mismatch for key " + attribute.name() + " expected: "
                        + attribute.type() + " actual: " + value.type());
            }
        }
        return checked(schema, item);
    }

    /**
     * The key named by a GetItem or DeleteItem key map.
     *
     * @throws ValidationException when the map does not hold exactly the key attributes with their types, or a value
     *     is empty or too long
     */
    public static PrimaryKey fromKey(KeySchema schema, Map<String, AttributeValue> key) {
        if (key.size() != schema.attributes().size()) {
            throw new ValidationException(SCHEMA_MISMATCH);
        }
        return matching(schema, key);
    }

    /**
     * The key of an item a BatchWriteItem puts. DynamoDB words a missing or mistyped key attribute here as it does
     * for a key map ("The provided key element does not match the schema"), not as PutItem does.
     *
     * @throws ValidationException when a key attribute is missing, mistyped, empty or too long
     */
    public static PrimaryKey fromBatchItem(KeySchema schema, Map<String, AttributeValue> item) {
        return matching(schema, item);
    }

    /**
     * Rejects an empty S or B value of any key attribute {@code item} holds, without checking anything else: a
     * transaction refuses such a key for the whole request, before it checks each action's key in full.
     *
     * @throws ValidationException with DynamoDB's message
     */
    public static void rejectEmptyValues(KeySchema schema, Map<String, AttributeValue> item) {
        for (KeyAttribute attribute : schema.attributes()) {
            AttributeValue value = item.get(attribute.name());
            if (value != null) {
                checkNotEmpty(attribute.name(), value);
            }
        }
    }

    private static PrimaryKey matching(KeySchema schema, Map<String, AttributeValue> item) {
        for (KeyAttribute attribute : schema.attributes()) {
            AttributeValue value = item.get(attribute.name());
            if (value == null || value.type() != attribute.type().attributeType()) {
                throw new ValidationException(SCHEMA_MISMATCH);
            }
        }
        return checked(schema, item);
    }

    private static PrimaryKey checked(KeySchema schema, Map<String, AttributeValue> item) {
        for (KeyAttribute attribute : schema.attributes()) {
            checkNotEmpty(attribute.name(), item.get(attribute.name()));
        }
        AttributeValue partition = item.get(schema.partition().name());
        if (byteSize(partition) > MAX_PARTITION_KEY_BYTES) {
            throw new ValidationException(INVALID + "Size of hashkey has exceeded the maximum size limit of"
                    + MAX_PARTITION_KEY_BYTES + " bytes");
        }
        Optional<AttributeValue> sort = schema.sort().map(attribute -> item.get(attribute.name()));
        if (sort.isPresent() && byteSize(sort.get()) > MAX_SORT_KEY_BYTES) {
            throw new ValidationException(INVALID
                    + "Aggregated size of all range keys has exceeded the size limit of " + MAX_SORT_KEY_BYTES
                    + " bytes");
        }
        return new PrimaryKey(partition, sort);
    }

    private static void checkNotEmpty(String name, AttributeValue value) {
        String kind =
                switch (value.type()) {
                    case S -> ScalarViews.string(value).value().isEmpty() ? "string" : null;
                    case B -> ScalarViews.binary(value).length() == 0 ? "binary" : null;
                    case N, SS, NS, BS, M, L, NULL, BOOL -> null;
                };
        if (kind != null) {
            throw new ValidationException("One or more parameter values are not valid. The AttributeValue for a key"
                    + " attribute cannot contain an empty " + kind + " value. Key: " + name);
        }
    }

    private static long byteSize(AttributeValue value) {
        return switch (value.type()) {
            case S -> Utf8.length(ScalarViews.string(value).value());
            case B -> ScalarViews.binary(value).length();
            case N, SS, NS, BS, M, L, NULL, BOOL -> 0;
        };
    }
}
