package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.table.KeyAttribute;
import io.tabletheory.inmemory.internal.table.KeySchema;
import io.tabletheory.inmemory.internal.table.KeyValidator;
import io.tabletheory.inmemory.internal.table.PrimaryKey;
import io.tabletheory.inmemory.internal.table.Table;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checks of a transaction's items that need the tables' key schemas but still fail the whole request with a
 * ValidationException (research §1.14), shared by TransactWriteItems and TransactGetItems, in this order: an empty
 * S or B key value in any action, then two actions on one item ("Transaction request cannot include multiple
 * operations on one item", a ConditionCheck or a Get included). Items are the same when their tables are and their
 * key values are equal in DynamoDB's order (so {@code 1} and {@code 1.0} are one item); a key that does not fit its
 * schema is left to the per-action checks, which cancel the transaction instead.
 */
final class TransactionItems {
    private static final Comparator<Identity> ORDER =
            Comparator.comparing(Identity::table).thenComparing(Identity::key, PrimaryKey.ORDER);

    private TransactionItems() {}

    /** One item: its table's name and its key. */
    private record Identity(String table, PrimaryKey key) {}

    /**
     * Checks the keys (or whole items, for a Put) of every action against the table at the same position.
     *
     * @throws ValidationException with DynamoDB's message
     */
    static void checkRequest(List<Table> tables, List<Map<String, AttributeValue>> keysOrItems) {
        for (int index = 0; index < tables.size(); index++) {
            KeyValidator.rejectEmptyValues(tables.get(index).keySchema(), keysOrItems.get(index));
        }
        Set<Identity> seen = new TreeSet<>(ORDER);
        for (int index = 0; index < tables.size(); index++) {
            Table table = tables.get(index);
            Optional<PrimaryKey> key = keyOf(table.keySchema(), keysOrItems.get(index));
            if (key.isPresent() && !seen.add(new Identity(table.name(), key.get()))) {
                throw new ValidationException("Transaction request cannot include multiple operations on one item");
            }
        }
    }

    private static Optional<PrimaryKey> keyOf(KeySchema schema, Map<String, AttributeValue> item) {
        for (KeyAttribute attribute : schema.attributes()) {
            AttributeValue value = item.get(attribute.name());
            if (value == null || value.type() != attribute.type().attributeType()) {
                return Optional.empty();
            }
        }
        return Optional.of(new PrimaryKey(
                item.get(schema.partition().name()), schema.sort().map(attribute -> item.get(attribute.name()))));
    }
}
