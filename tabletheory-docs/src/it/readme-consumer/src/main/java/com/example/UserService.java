package com.example;

import io.tabletheory.Model;
import io.tabletheory.TableTheory;
import java.util.List;
import java.util.Set;

/** The service the README's test exercises ("Tests with the in-memory store"): it signs users up. */
public final class UserService {
    private final Model<User> users;

    public UserService(TableTheory db) {
        this.users = db.model(User.class);
    }

    /** Stores a new, active user profile; fails with a ConditionFailedException when the id is taken. */
    public User signUp(String id, String email) {
        return users.ifNotExists()
                .create(new User(id, "PROFILE", email, null, Set.of(), "ACTIVE", 0, List.of(), 0, null, null, null));
    }
}
