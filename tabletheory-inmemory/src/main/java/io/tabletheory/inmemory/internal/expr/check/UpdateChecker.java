package io.tabletheory.inmemory.internal.expr.check;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.value.AttributeType;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.expr.eval.Projector;
import io.tabletheory.inmemory.internal.expr.eval.ResolvedPath;
import io.tabletheory.inmemory.internal.expr.syntax.ExpressionKind;
import io.tabletheory.inmemory.internal.expr.syntax.ParsedUpdate;
import io.tabletheory.inmemory.internal.expr.syntax.UpdateAction;
import io.tabletheory.inmemory.internal.expr.syntax.UpdateValue;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of a parsed update that depend on the request (its names and values), run before the table is read,
 * in the order DynamoDB (Local) reports them: {@code #name}s defined, action by action from the last; then no two
 * target paths overlapping or conflicting; then, action by action from the last, its {@code :value}s defined, at most
 * 300 {@code +}/{@code -} operators in all, its operand counts, {@code if_not_exists} on a document path, and the
 * types of literal operands ({@code +}/{@code -} need N, {@code list_append} L, ADD a number or set, DELETE a set).
 * Problems with values read from the item are found later, by {@code UpdateApplier}.
 */
public final class UpdateChecker {
    private static final int MAX_OPERATORS = 300;
    private static final Set<AttributeType> ADDABLE =
            EnumSet.of(AttributeType.N, AttributeType.SS, AttributeType.NS, AttributeType.BS);
    private static final Set<AttributeType> SETS = EnumSet.of(AttributeType.SS, AttributeType.NS, AttributeType.BS);
    private static final ExpressionKind KIND = ExpressionKind.UPDATE;

    private final Map<String, AttributeValue> values;
    private int operators;

    private UpdateChecker(Map<String, AttributeValue> values) {
        this.values = values;
    }

    /**
     * Checks {@code parsed} against the request's names and values and returns each action's target path.
     *
     * @throws ValidationException with DynamoDB's message for the first problem
     */
    public static List<ResolvedPath> check(
            ParsedUpdate parsed, Map<String, String> names, Map<String, AttributeValue> values) {
        List<UpdateAction> actions = parsed.actions();
        for (int i = actions.size() - 1; i >= 0; i--) {
            PlaceholderRules.checkDefined(only(parsed.placeholders().get(i), "#"), KIND, names, values);
        }
        List<ResolvedPath> targets = new ArrayList<>();
        actions.forEach(action -> targets.add(ResolvedPath.of(action.path(), names)));
        for (int first = targets.size() - 2; first >= 0; first--) {
            for (int second = first + 1; second < targets.size(); second++) {
                Projector.check(List.of(targets.get(first), targets.get(second)), KIND);
            }
        }
        UpdateChecker checker = new UpdateChecker(values);
        for (int i = actions.size() - 1; i >= 0; i--) {
            PlaceholderRules.checkDefined(only(parsed.placeholders().get(i), ":"), KIND, names, values);
            checker.action(actions.get(i), parsed.deferredErrors().get(i).orElse(null));
        }
        return List.copyOf(targets);
    }

    private static List<String> only(List<String> placeholders, String prefix) {
        List<String> selected = new ArrayList<>();
        placeholders.stream().filter(token -> token.startsWith(prefix)).forEach(selected::add);
        return selected;
    }

    private void action(UpdateAction action, String deferredError) {
        if (action instanceof UpdateAction.Set set) {
            operators += operatorCount(set.value());
            if (operators > MAX_OPERATORS) {
                throw KIND.invalid(
                        "The expression contains too many operators; operator count: " + (MAX_OPERATORS + 1));
            }
        }
        if (deferredError != null) {
            throw KIND.invalid(deferredError);
        }
        if (action instanceof UpdateAction.Set set) {
            requirePaths(set.value());
            types(set.value());
        } else if (action instanceof UpdateAction.Add add) {
            AttributeType type = values.get(add.value()).type();
            if (!ADDABLE.contains(type)) {
                throw clauseOperand("ADD", type);
            }
        } else if (action instanceof UpdateAction.Delete delete) {
            AttributeType type = values.get(delete.value()).type();
            if (!SETS.contains(type)) {
                throw clauseOperand("DELETE", type);
            }
        }
    }

    private static int operatorCount(UpdateValue value) {
        return value instanceof UpdateValue.Plus || value instanceof UpdateValue.Minus ? 1 : 0;
    }

    private void requirePaths(UpdateValue value) {
        if (value instanceof UpdateValue.IfNotExists ifNotExists) {
            if (!(ifNotExists.path() instanceof UpdateValue.Path)) {
                throw KIND.invalid(
                        "Operator or function requires a document path; operator or function: if_not_exists");
            }
            requirePaths(ifNotExists.fallback());
        } else if (value instanceof UpdateValue.ListAppend listAppend) {
            requirePaths(listAppend.first());
            requirePaths(listAppend.second());
        } else if (value instanceof UpdateValue.Plus plus) {
            requirePaths(plus.left());
            requirePaths(plus.right());
        } else if (value instanceof UpdateValue.Minus minus) {
            requirePaths(minus.left());
            requirePaths(minus.right());
        }
    }

    private void types(UpdateValue value) {
        if (value instanceof UpdateValue.Plus plus) {
            literal("+", AttributeType.N, plus.left());
            literal("+", AttributeType.N, plus.right());
        } else if (value instanceof UpdateValue.Minus minus) {
            literal("-", AttributeType.N, minus.left());
            literal("-", AttributeType.N, minus.right());
        } else if (value instanceof UpdateValue.ListAppend listAppend) {
            literal("list_append", AttributeType.L, listAppend.first());
            literal("list_append", AttributeType.L, listAppend.second());
        }
    }

    /** Rejects a literal operand of {@code operator} whose type is not {@code expected}. */
    private void literal(String operator, AttributeType expected, UpdateValue operand) {
        if (operand instanceof UpdateValue.Value literal) {
            AttributeType type = values.get(literal.token()).type();
            if (type != expected) {
                throw KIND.invalid("Incorrect operand type for operator or function; operator or function: " + operator
                        + ", operand type: " + type);
            }
        }
    }

    private static ValidationException clauseOperand(String clause, AttributeType type) {
        return KIND.invalid("Incorrect operand type for operator or function; operator: " + clause + ", operand type: "
                + typeName(type));
    }

    /** The type names DynamoDB uses in ADD and DELETE operand errors. */
    private static String typeName(AttributeType type) {
        switch (type) {
            case S:
                return "STRING";
            case N:
                return "NUMBER";
            case B:
                return "BINARY";
            case BOOL:
                return "BOOLEAN";
            case L:
                return "LIST";
            case M:
                return "MAP";
            default:
                return type.name();
        }
    }
}
