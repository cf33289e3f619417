package io.tabletheory;

import java.util.function.UnaryOperator;

/**
 * A group of filter conditions, built inside {@link Model#filterGroup} or {@link Model#orFilterGroup} and rendered
 * in parentheses. Terms combine with DynamoDB's precedence (AND before OR), so {@code filter(a).orFilter(b)
 * .filter(c)} means {@code a OR (b AND c)}; use groups to say otherwise. Immutable: each call returns a new group.
 *
 * <pre>{@code
 * users.where("tenant", "=", "t1")
 *      .filterGroup(g -> g.filter("role", "=", "admin").orFilter("role", "=", "owner"))
 *      .filter("active", "=", true)
 *      .all();
 * }</pre>
 */
public interface Filters {
    /** ANDs a condition (same operators as {@link Model#where}). */
    Filters filter(String field, String operator, Object value);

    /** ORs a condition. */
    Filters orFilter(String field, String operator, Object value);

    /** ANDs a parenthesized group. */
    Filters filterGroup(UnaryOperator<Filters> group);

    /** ORs a parenthesized group. */
    Filters orFilterGroup(UnaryOperator<Filters> group);
}
