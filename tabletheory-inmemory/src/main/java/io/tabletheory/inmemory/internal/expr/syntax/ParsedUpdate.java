package io.tabletheory.inmemory.internal.expr.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An update expression that passed every parse-time check, as cached by {@code ExpressionCache}: its actions in text
 * order and, for each action, the placeholders it uses (in text order) and its first wrong operand count. DynamoDB
 * checks the request-dependent rules action by action, so {@code UpdateChecker} needs them per action.
 *
 * @param actions the actions, in text order
 * @param placeholders for each action, its {@code #name}/{@code :value} tokens in text order, repeats included
 * @param deferredErrors for each action, the detail of its first wrong operand count, if any
 */
public record ParsedUpdate(
        List<UpdateAction> actions, List<List<String>> placeholders, List<Optional<String>> deferredErrors) {
    public ParsedUpdate {
        actions = List.copyOf(actions);
        List<List<String>> copies = new ArrayList<>();
        placeholders.forEach(list -> copies.add(List.copyOf(list)));
        placeholders = List.copyOf(copies);
        deferredErrors = List.copyOf(deferredErrors);
        if (placeholders.size() != actions.size() || deferredErrors.size() != actions.size()) {
            throw new IllegalArgumentException("one placeholder list and one deferred error per action");
        }
        deferredErrors.forEach(error -> Objects.requireNonNull(error, "deferredError"));
    }

    /** Every placeholder of the expression, in text order. */
    public List<String> allPlaceholders() {
        List<String> all = new ArrayList<>();
        placeholders.forEach(all::addAll);
        return List.copyOf(all);
    }

    /** Whether some action SETs or ADDs, which is what makes an update create a missing item. */
    public boolean createsItem() {
        for (UpdateAction action : actions) {
            boolean creates =
                    switch (action.clause()) {
                        case SET, ADD -> true;
                        case REMOVE, DELETE -> false;
                    };
            if (creates) {
                return true;
            }
        }
        return false;
    }
}
