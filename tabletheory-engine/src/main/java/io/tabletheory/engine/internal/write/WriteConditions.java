package io.tabletheory.engine.internal.write;

import io.tabletheory.engine.internal.expression.Condition;
import io.tabletheory.engine.internal.expression.RawCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The conditions a caller put on a write ({@code ifNotExists}, {@code withCondition}, a raw condition expression),
 * before the write plan adds its own (such as the held version).
 *
 * @param conditions the generated conditions, ANDed in order
 * @param raw a raw condition expression, ANDed after them
 */
public record WriteConditions(List<Condition> conditions, Optional<RawCondition> raw) {
    public WriteConditions {
        conditions = List.copyOf(conditions);
    }

    /** No conditions at all. */
    public static WriteConditions none() {
        return new WriteConditions(List.of(), Optional.empty());
    }

    /** These conditions and then {@code more}. */
    public WriteConditions and(List<Condition> more) {
        List<Condition> all = new ArrayList<>(conditions);
        all.addAll(more);
        return new WriteConditions(all, raw);
    }

    /** These conditions and then {@code condition}, when present. */
    public WriteConditions and(Optional<Condition> condition) {
        return and(condition.stream().toList());
    }
}
