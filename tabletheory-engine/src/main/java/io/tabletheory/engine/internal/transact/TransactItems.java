package io.tabletheory.engine.internal.transact;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks DynamoDB makes on a transaction's shape, made before sending with errors that name the actions:
 * 1 to 100 actions (or reads), and one at most per item.
 */
final class TransactItems {
    /** DynamoDB's most actions or reads in one transaction. */
    static final int MAX_ITEMS = 100;

    private TransactItems() {}

    /**
     * @param operation {@code transactWrite} or {@code transactGet}
     * @param unit {@code action} or {@code read}, for the messages
     * @throws IllegalArgumentException when there are none or more than 100, or two name one item
     */
    static void requireValid(String operation, String unit, List<TransactTarget> targets) {
        if (targets.isEmpty()) {
            throw new IllegalArgumentException(operation + " needs at least one " + unit + "; the callback added none");
        }
        if (targets.size() > MAX_ITEMS) {
            throw new IllegalArgumentException(operation + " holds at most " + MAX_ITEMS + " " + unit + "s (DynamoDB's"
                    + " limit); this one has " + targets.size() + ": split it"
                    + ("action".equals(unit) ? ", or use batchWrite where atomicity is not needed" : ""));
        }
        Map<List<Object>, Integer> seen = new HashMap<>();
        for (int index = 0; index < targets.size(); index++) {
            TransactTarget target = targets.get(index);
            Integer earlier = seen.putIfAbsent(target.item(), index);
            if (earlier != null) {
                throw new IllegalArgumentException(operation + ": " + unit + "s " + earlier + " ("
                        + targets.get(earlier).describe() + ") and " + index + " (" + target.describe()
                        + ") name the same item; DynamoDB allows one " + unit + " per item in a transaction");
            }
        }
    }
}
