package io.tabletheory.inmemory.reference;

import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the generated trees as DynamoDB expression strings for one request, allocating {@code #nN} and {@code :vN}
 * placeholders centrally. With {@code tight} set, conditions get only the parentheses precedence needs (so the
 * emulator's precedence rules are exercised), update clauses come in reverse order (ADD, REMOVE, SET) and a key
 * condition names the sort key first; otherwise every compound operand is parenthesized and the order is the usual.
 */
final class Renderer {
    private final boolean tight;
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, AttributeValue> values = new LinkedHashMap<>();

    Renderer(boolean tight) {
        this.tight = tight;
    }

    /** The ExpressionAttributeNames so far (placeholder to name), or null when none. */
    Map<String, String> names() {
        Map<String, String> byPlaceholder = new LinkedHashMap<>();
        names.forEach((name, placeholder) -> byPlaceholder.put(placeholder, name));
        return byPlaceholder.isEmpty() ? null : byPlaceholder;
    }

    /** The ExpressionAttributeValues so far, or null when none. */
    Map<String, AttributeValue> values() {
        return values.isEmpty() ? null : Map.copyOf(values);
    }

    String name(String name) {
        return names.computeIfAbsent(name, n -> "#n" + names.size());
    }

    String value(AttributeValue value) {
        String placeholder = ":v" + values.size();
        values.put(placeholder, value);
        return placeholder;
    }

    String condition(Condition cond) {
        if (cond instanceof Condition.Exists exists) {
            return "attribute_exists(" + name(exists.name()) + ")";
        }
        if (cond instanceof Condition.NotExists notExists) {
            return "attribute_not_exists(" + name(notExists.name()) + ")";
        }
        if (cond instanceof Condition.Compare compare) {
            return operand(compare.left()) + " " + compare.op() + " " + operand(compare.right());
        }
        if (cond instanceof Condition.Between between) {
            return name(between.name()) + " BETWEEN " + value(between.low()) + " AND " + value(between.high());
        }
        if (cond instanceof Condition.BeginsWith beginsWith) {
            return "begins_with(" + name(beginsWith.name()) + ", " + value(beginsWith.prefix()) + ")";
        }
        if (cond instanceof Condition.And and) {
            return child(and.left(), 2) + " AND " + child(and.right(), 2);
        }
        if (cond instanceof Condition.Or or) {
            return child(or.left(), 1) + " OR " + child(or.right(), 1);
        }
        return "NOT " + child(((Condition.Not) cond).operand(), 3);
    }

    /** Precedence, loosest first: OR 1, AND 2, NOT 3, comparisons and functions 4. */
    private static int precedence(Condition cond) {
        if (cond instanceof Condition.Or) {
            return 1;
        }
        if (cond instanceof Condition.And) {
            return 2;
        }
        if (cond instanceof Condition.Not) {
            return 3;
        }
        return 4;
    }

    private String child(Condition child, int parentPrecedence) {
        boolean needed = precedence(child) < parentPrecedence || (parentPrecedence == 3 && precedence(child) == 3);
        boolean simple = precedence(child) == 4;
        if (needed || (!tight && !simple)) {
            return "(" + condition(child) + ")";
        }
        return condition(child);
    }

    private String operand(Condition.Operand operand) {
        if (operand instanceof Condition.Operand.Path path) {
            return name(path.name());
        }
        return value(((Condition.Operand.Literal) operand).value());
    }

    String update(List<Action> actions) {
        List<String> set = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        List<String> add = new ArrayList<>();
        for (Action action : actions) {
            if (action instanceof Action.SetValue value) {
                set.add(name(value.target()) + " = " + value(value.value()));
            } else if (action instanceof Action.SetCopy copy) {
                set.add(name(copy.target()) + " = " + name(copy.source()));
            } else if (action instanceof Action.SetArithmetic arithmetic) {
                set.add(name(arithmetic.target()) + " = " + name(arithmetic.source())
                        + (arithmetic.plus() ? " + " : " - ") + value(arithmetic.number()));
            } else if (action instanceof Action.Remove r) {
                remove.add(name(r.target()));
            } else {
                Action.Add a = (Action.Add) action;
                add.add(name(a.target()) + " " + value(a.value()));
            }
        }
        List<String> clauses = new ArrayList<>();
        if (!set.isEmpty()) {
            clauses.add("SET " + String.join(", ", set));
        }
        if (!remove.isEmpty()) {
            clauses.add("REMOVE " + String.join(", ", remove));
        }
        if (!add.isEmpty()) {
            clauses.add("ADD " + String.join(", ", add));
        }
        if (tight) {
            Collections.reverse(clauses);
        }
        return String.join(" ", clauses);
    }

    String keyCondition(TableSpec table, AttributeValue hash, KeyCondition range) {
        String expression = name(table.hashName()) + " = " + value(hash);
        if (range == null) {
            return expression;
        }
        String sortKey = name(table.rangeName());
        String condition =
                switch (range.op()) {
                    case "BETWEEN" -> sortKey + " BETWEEN " + value(range.value()) + " AND " + value(range.high());
                    case "begins_with" -> "begins_with(" + sortKey + ", " + value(range.value()) + ")";
                    default -> sortKey + " " + range.op() + " " + value(range.value());
                };
        return tight ? condition + " AND " + expression : expression + " AND " + condition;
    }

    String projection(List<String> attributes) {
        List<String> rendered = new ArrayList<>();
        for (String attribute : attributes) {
            rendered.add(name(attribute));
        }
        return String.join(", ", rendered);
    }
}
