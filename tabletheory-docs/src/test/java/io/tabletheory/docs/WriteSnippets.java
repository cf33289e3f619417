package io.tabletheory.docs;

import static io.tabletheory.docs.Samples.withNickname;

import io.tabletheory.Model;
import io.tabletheory.TableTheory;
import io.tabletheory.api.request.ConditionFailedException;
import io.tabletheory.api.request.ReturnValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The README's writes: "Conditional create", "Updates and optimistic locking" and "Atomic updates". */
final class WriteSnippets {
    private WriteSnippets() {}

    /** What the conditional-create snippet leaves behind: the stored user and the refusals it met. */
    record ConditionalCreate(User stored, List<ConditionFailedException> refused, User replaced) {}

    static ConditionalCreate conditionalCreate(TableTheory db, User user) {
        List<ConditionFailedException> refused = new ArrayList<>();
        // tag::conditional-create[]
        Model<User> users = db.model(User.class);
        User stored = users.ifNotExists().create(user);   // version 0, createdAt = updatedAt = now
        try {
            users.ifNotExists().create(user);
        } catch (ConditionFailedException keyExists) {    // the key exists: nothing was written
            // end::conditional-create[]
            refused.add(keyExists);
            // tag::conditional-create[]
        }
        User replaced = users.create(user);               // no condition: replaces the stored item
        // end::conditional-create[]
        return new ConditionalCreate(stored, refused, replaced);
    }

    /** What the update snippet leaves behind. */
    record Updates(User updated, User saved) {}

    static Updates updates(Model<User> users, User user, User staleCopy) {
        // tag::updates[]
        User updated = users.update(user, "nickname");   // SET nickname, updatedAt; version + 1, checked against user.version()
        try {
            users.update(staleCopy, "nickname");
        } catch (ConditionFailedException conflict) {
            User current = users.storedItem(conflict).orElseThrow();   // the stored item, from the same response
            users.update(withNickname(current, "ada"), "nickname");    // retry on a copy of the fresh item
        }
        User saved = users.createOrUpdate(user);   // upsert: keeps createdAt, version 0 on create and +1 after
        // end::updates[]
        return new Updates(updated, saved);
    }

    static Optional<User> atomicUpdates(Model<User> users) {
        // tag::atomic-updates[]
        Model<User> u1 = users.where("id", "=", "u1").where("sk", "=", "PROFILE");
        u1.updateBuilder().increment("logins").execute();                       // a counter, no read, no lost update
        u1.updateBuilder().add("tags", Set.of("beta", "alpha")).execute();      // set union
        Optional<User> returned = u1.updateBuilder()
                .delete("tags", Set.of("alpha"))                                 // set difference (one set, one action)
                .appendToList("history", List.of("signed-in"))
                .setIfNotExists("nickname", "new user")
                .condition("status", "=", "ACTIVE")
                .returnValues(ReturnValue.UPDATED_NEW)
                .execute();                                                      // what DynamoDB returned, as a User
        // end::atomic-updates[]
        return returned;
    }
}
