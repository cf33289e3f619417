package io.tabletheory.engine.internal.condition;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The operators users write in {@code where}, {@code filter} and {@code withCondition}, with the spellings the other
 * TableTheory SDKs accept (case-insensitive): {@code = != < <= > >= between in begins_with contains exists
 * not_exists}, and the aliases {@code == <> EQ NE LT LE GT GE ATTRIBUTE_EXISTS ATTRIBUTE_NOT_EXISTS}.
 */
public enum Operator {
    EQUAL(true, "=", "==", "eq"),
    NOT_EQUAL(false, "!=", "<>", "ne"),
    LESS_THAN(true, "<", "lt"),
    LESS_THAN_OR_EQUAL(true, "<=", "le"),
    GREATER_THAN(true, ">", "gt"),
    GREATER_THAN_OR_EQUAL(true, ">=", "ge"),
    BETWEEN(true, "between"),
    IN(false, "in"),
    BEGINS_WITH(true, "begins_with"),
    CONTAINS(false, "contains"),
    EXISTS(false, "exists", "attribute_exists"),
    NOT_EXISTS(false, "not_exists", "attribute_not_exists");

    private final boolean sortKeyCondition;
    private final List<String> spellings;

    Operator(boolean sortKeyCondition, String... spellings) {
        this.sortKeyCondition = sortKeyCondition;
        this.spellings = List.of(spellings);
    }

    /** Whether DynamoDB accepts this operator on a sort key in a KeyConditionExpression. */
    public boolean isSortKeyCondition() {
        return sortKeyCondition;
    }

    /** The operator as users usually write it: {@code =}, {@code begins_with}, ... */
    public String text() {
        return spellings.get(0);
    }

    /** Whether the operator takes no value. */
    public boolean takesNoValue() {
        return this == EXISTS || this == NOT_EXISTS;
    }

    /**
     * The operator a user wrote.
     *
     * @throws IllegalArgumentException for an unknown operator, listing the known ones
     */
    public static Operator parse(String text) {
        Operator exact = Spellings.BY_SPELLING.get(text);
        if (exact != null) {
            return exact;
        }
        Operator found = null;
        if (text != null) {
            found = Spellings.BY_SPELLING.get(text.trim().toLowerCase(Locale.ROOT));
        }
        if (found == null) {
            throw new IllegalArgumentException("unknown operator '" + text + "'; use one of =,"
                    + " !=, <, <=, >, >=, between, in, begins_with, contains, exists, not_exists");
        }
        return found;
    }

    /** Each spelling's operator, built once: a lookup per call rather than a search of every spelling. */
    private static final class Spellings {
        static final Map<String, Operator> BY_SPELLING = bySpelling();

        private static Map<String, Operator> bySpelling() {
            Map<String, Operator> operators = new HashMap<>();
            for (Operator operator : values()) {
                operator.spellings.forEach(spelling -> operators.put(spelling, operator));
            }
            return operators;
        }
    }
}
