package io.tabletheory.engine.internal.transact;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.value.KeyText;
import java.util.List;
import java.util.Map;

/**
 * The item one action or read of a transaction touches, and how errors name it.
 *
 * @param what the action or read ({@code update}, {@code get}, ...)
 * @param modelName the model's name
 * @param tableName the table
 * @param key the primary key
 */
record TransactTarget(String what, String modelName, String tableName, Map<String, AttributeValue> key) {
    /** As errors name it: {@code update of Account {id=a1} in table accounts}. */
    String describe() {
        return what + " of " + modelName + " " + KeyText.of(key) + " in table " + tableName;
    }

    /** The identity DynamoDB allows once per transaction: the table and the key. */
    List<Object> item() {
        return List.of(tableName, key);
    }
}
