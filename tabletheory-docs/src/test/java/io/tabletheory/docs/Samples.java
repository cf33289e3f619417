package io.tabletheory.docs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** Instances the snippets' tests start from: the values a reader would have at hand at that point. */
final class Samples {
    private Samples() {}

    /** An active user profile with no nickname, tags or history yet. */
    static User user(String id, String email) {
        return new User(id, "PROFILE", email, null, Set.of(), "ACTIVE", 0, List.of(), 0, null, null, null);
    }

    /** The same user with another nickname, keeping its version so that an update checks it. */
    static User withNickname(User user, String nickname) {
        return new User(
                user.id(),
                user.sk(),
                user.email(),
                nickname,
                user.tags(),
                user.status(),
                user.logins(),
                user.history(),
                user.version(),
                user.createdAt(),
                user.updatedAt(),
                user.expiresAt());
    }

    /** An order of customer c1. */
    static Order order(String orderId, String placedOn, String status, long total) {
        return new Order("c1", orderId, placedOn, status, BigDecimal.valueOf(total));
    }
}
