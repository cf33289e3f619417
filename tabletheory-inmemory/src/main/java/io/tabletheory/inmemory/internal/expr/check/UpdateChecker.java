package io.tabletheory.inmemory.internal.expr.check;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.value.AttributeType;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.expr.eval.Projector;
import io.tabletheory.inmemory.internal.expr.eval.ResolvedPath;
import io.tabletheory.inmemory.internal.expr.syntax.ExpressionKind;
import io.tabletheory.inmemory.internal.expr.syntax.LeafViews;
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

    /** The operators an action adds to the expression's count: one for a SET value that is a sum or difference. */
    private static final UpdateAction.Visitor<Integer> OPERATOR_COUNT = new UpdateAction.Visitor<>() {
        @Override
        public Integer visitSet(UpdateAction.Set set) {
            return switch (set.value().kind()) {
                case PLUS, MINUS -> 1;
                case PATH, VALUE, IF_NOT_EXISTS, LIST_APPEND -> 0;
            };
        }

        @Override
        public Integer visitRemove(UpdateAction.Remove remove) {
            return 0;
        }

        @Override
        public Integer visitAdd(UpdateAction.Add add) {
            return 0;
        }

        @Override
        public Integer visitDelete(UpdateAction.Delete delete) {
            return 0;
        }
    };

    /** Rejects an {@code if_not_exists} whose first operand is not a document path, anywhere in a value. */
    private static final UpdateValue.Visitor<Void> REQUIRE_PATHS = new UpdateValue.Visitor<>() {
        @Override
        public Void visitPath(UpdateValue.Path path) {
            return null;
        }

        @Override
        public Void visitValue(UpdateValue.Value value) {
            return null;
        }

        @Override
        public Void visitIfNotExists(UpdateValue.IfNotExists ifNotExists) {
            boolean path =
                    switch (ifNotExists.path().kind()) {
                        case PATH -> true;
                        case VALUE, IF_NOT_EXISTS, LIST_APPEND, PLUS, MINUS -> false;
                    };
            if (!path) {
                throw KIND.invalid(
                        "Operator or function requires a document path; operator or function: if_not_exists");
            }
            return ifNotExists.fallback().accept(this);
        }

        @Override
        public Void visitListAppend(UpdateValue.ListAppend listAppend) {
            listAppend.first().accept(this);
            return listAppend.second().accept(this);
        }

        @Override
        public Void visitPlus(UpdateValue.Plus plus) {
            plus.left().accept(this);
            return plus.right().accept(this);
        }

        @Override
        public Void visitMinus(UpdateValue.Minus minus) {
            minus.left().accept(this);
            return minus.right().accept(this);
        }
    };

    private final Map<String, AttributeValue> values;
    private final ActionChecks actionChecks = new ActionChecks();
    private final OperandTypes operandTypes = new OperandTypes();
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
        operators += action.accept(OPERATOR_COUNT);
        if (operators > MAX_OPERATORS) {
            throw KIND.invalid("The expression contains too many operators; operator count: " + (MAX_OPERATORS + 1));
        }
        if (deferredError != null) {
            throw KIND.invalid(deferredError);
        }
        action.accept(actionChecks);
    }

    /** The type checks of one action against the request's values. */
    private final class ActionChecks implements UpdateAction.Visitor<Void> {
        @Override
        public Void visitSet(UpdateAction.Set set) {
            set.value().accept(REQUIRE_PATHS);
            set.value().accept(operandTypes);
            return null;
        }

        @Override
        public Void visitRemove(UpdateAction.Remove remove) {
            return null;
        }

        @Override
        public Void visitAdd(UpdateAction.Add add) {
            AttributeType type = values.get(add.value()).type();
            if (!ADDABLE.contains(type)) {
                throw clauseOperand("ADD", type);
            }
            return null;
        }

        @Override
        public Void visitDelete(UpdateAction.Delete delete) {
            AttributeType type = values.get(delete.value()).type();
            if (!SETS.contains(type)) {
                throw clauseOperand("DELETE", type);
            }
            return null;
        }
    }

    /** The types of the literal operands of {@code +}, {@code -} and {@code list_append} at the top of a value. */
    private final class OperandTypes implements UpdateValue.Visitor<Void> {
        @Override
        public Void visitPath(UpdateValue.Path path) {
            return null;
        }

        @Override
        public Void visitValue(UpdateValue.Value value) {
            return null;
        }

        @Override
        public Void visitIfNotExists(UpdateValue.IfNotExists ifNotExists) {
            return null;
        }

        @Override
        public Void visitListAppend(UpdateValue.ListAppend listAppend) {
            literal("list_append", AttributeType.L, listAppend.first());
            literal("list_append", AttributeType.L, listAppend.second());
            return null;
        }

        @Override
        public Void visitPlus(UpdateValue.Plus plus) {
            literal("+", AttributeType.N, plus.left());
            literal("+", AttributeType.N, plus.right());
            return null;
        }

        @Override
        public Void visitMinus(UpdateValue.Minus minus) {
            literal("-", AttributeType.N, minus.left());
            literal("-", AttributeType.N, minus.right());
            return null;
        }
    }

    /** Rejects a literal operand of {@code operator} whose type is not {@code expected}. */
    private void literal(String operator, AttributeType expected, UpdateValue operand) {
        String token = LeafViews.valueToken(operand);
        if (token != null) {
            AttributeType type = values.get(token).type();
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
        return switch (type) {
            case S -> "STRING";
            case N -> "NUMBER";
            case B -> "BINARY";
            case BOOL -> "BOOLEAN";
            case L -> "LIST";
            case M -> "MAP";
            case SS, NS, BS, NULL -> type.name();
        };
    }
}
