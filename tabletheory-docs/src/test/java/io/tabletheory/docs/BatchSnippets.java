package io.tabletheory.docs;

import io.tabletheory.Model;
import io.tabletheory.TableTheory;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.testkit.contract.models.Account;
import java.util.List;
import java.util.Map;

/** The README's "Batches". */
final class BatchSnippets {
    private BatchSnippets() {}

    /** What the batch snippet returned. */
    record Batches(List<User> stored, List<User> found, Map<String, AttributeValue> item) {}

    static Batches batches(
            TableTheory db,
            Model<User> users,
            List<User> newUsers,
            List<User> keys,
            List<User> oldUsers,
            Order order,
            Account account,
            Order cancelledOrder,
            User user) {
        // tag::batches[]
        List<User> stored = users.batchCreate(newUsers);            // 25 to a request; version 0, timestamps now
        List<User> found = users.batchGet(keys);                     // keys: instances with their key fields set;
                                                                     // the found items in key order, missing left out
        users.batchDelete(oldUsers);                                 // 25 to a request, unconditional
        db.batchWrite(b -> b.put(order).put(account).delete(cancelledOrder));        // across models and tables
        Map<String, AttributeValue> item = users.toItem(user);       // the exact encoding; users.fromItem(item) reads it
        // end::batches[]
        return new Batches(stored, found, item);
    }
}
