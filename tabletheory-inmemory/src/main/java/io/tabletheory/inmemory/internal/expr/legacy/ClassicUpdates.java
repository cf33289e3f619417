package io.tabletheory.inmemory.internal.expr.legacy;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.AttributeAction;
import io.tabletheory.api.request.AttributeValueUpdate;
import io.tabletheory.api.value.AttributeType;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.expr.syntax.DocumentPath;
import io.tabletheory.inmemory.internal.expr.syntax.ParsedUpdate;
import io.tabletheory.inmemory.internal.expr.syntax.UpdateAction;
import io.tabletheory.inmemory.internal.expr.syntax.UpdateValue;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An UpdateItem's classic {@code AttributeUpdates} translated into the actions an UpdateExpression would produce:
 * {@code PUT} into {@code SET a = :v}; {@code DELETE} without a value into {@code REMOVE a}, with a set into {@code
 * DELETE a :v}; {@code ADD} of a number or set into {@code ADD a :v}, and of a list (which only the classic form
 * allows) into {@code SET a = list_append(if_not_exists(a, :empty), :v)}. The actions are grouped by clause, as a
 * parsed expression's are. Each entry is checked first, with DynamoDB's messages: a value is required except for
 * DELETE, DELETE takes only sets, ADD only numbers, sets and lists.
 */
public final class ClassicUpdates {
    private static final String INVALID = "One or more parameter values were invalid: ";
    private static final Set<AttributeType> SETS = Set.of(AttributeType.SS, AttributeType.NS, AttributeType.BS);

    private ClassicUpdates() {}

    /**
     * The update.
     *
     * @throws ValidationException with DynamoDB's message
     */
    public static ParsedUpdate translate(Map<String, AttributeValueUpdate> updates, ClassicPlaceholders tokens) {
        Map<UpdateAction.Clause, List<UpdateAction>> byClause = new EnumMap<>(UpdateAction.Clause.class);
        Map<UpdateAction.Clause, List<List<String>>> placeholdersByClause = new EnumMap<>(UpdateAction.Clause.class);
        updates.forEach((attribute, update) -> {
            check(update);
            String name = tokens.name(attribute);
            DocumentPath path = ClassicPlaceholders.path(name);
            List<String> placeholders = new ArrayList<>(List.of(name));
            UpdateAction action = action(path, update, tokens, placeholders);
            byClause.computeIfAbsent(action.clause(), clause -> new ArrayList<>())
                    .add(action);
            placeholdersByClause
                    .computeIfAbsent(action.clause(), clause -> new ArrayList<>())
                    .add(placeholders);
        });
        List<UpdateAction> actions = new ArrayList<>();
        List<List<String>> placeholders = new ArrayList<>();
        List<Optional<String>> deferred = new ArrayList<>();
        byClause.forEach((clause, clauseActions) -> {
            actions.addAll(clauseActions);
            placeholders.addAll(placeholdersByClause.get(clause));
            clauseActions.forEach(action -> deferred.add(Optional.empty()));
        });
        return new ParsedUpdate(actions, placeholders, deferred);
    }

    private static void check(AttributeValueUpdate update) {
        if (update.value().isEmpty()) {
            if (update.action() != AttributeAction.DELETE) {
                throw new ValidationException(
                        INVALID + "Only DELETE action is allowed when no attribute value is specified");
            }
            return;
        }
        AttributeType type = update.value().get().type();
        switch (update.action()) {
            case PUT -> {}
            case DELETE -> {
                if (!SETS.contains(type)) {
                    throw new ValidationException(
                            INVALID + "DELETE action with value is not supported for the type " + type.name());
                }
            }
            case ADD -> {
                if (!SETS.contains(type) && type != AttributeType.N && type != AttributeType.L) {
                    throw new ValidationException(INVALID + "ADD action is not supported for the type " + type.name());
                }
            }
        }
    }

    private static UpdateAction action(
            DocumentPath path, AttributeValueUpdate update, ClassicPlaceholders tokens, List<String> placeholders) {
        if (update.value().isEmpty()) {
            return new UpdateAction.Remove(path);
        }
        AttributeValue value = update.value().get();
        String token = tokens.value(value);
        placeholders.add(token);
        return switch (update.action()) {
            case PUT -> new UpdateAction.Set(path, new UpdateValue.Value(token));
            case DELETE -> new UpdateAction.Delete(path, token);
            case ADD -> {
                if (value.type() != AttributeType.L) {
                    yield new UpdateAction.Add(path, token);
                }
                String empty = tokens.value(new AttributeValue.ListValue(List.of()));
                placeholders.add(empty);
                yield new UpdateAction.Set(
                        path,
                        new UpdateValue.ListAppend(
                                new UpdateValue.IfNotExists(new UpdateValue.Path(path), new UpdateValue.Value(empty)),
                                new UpdateValue.Value(token)));
            }
        };
    }
}
