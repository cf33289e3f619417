package io.tabletheory.inmemory.internal.expr.print;

import io.tabletheory.inmemory.internal.expr.syntax.UpdateAction;
import io.tabletheory.inmemory.internal.expr.syntax.UpdateValue;
import java.util.List;

/**
 * Renders a parsed update ({@link UpdateAction}s) back to DynamoDB syntax: each run of actions of one clause under
 * its keyword, actions separated by commas, values without parentheses (the parser's grammar needs none), so that
 * parsing the printed text gives back the same actions. Used by tests (round trips) and diagnostics.
 */
public final class UpdatePrinter {
    private UpdatePrinter() {}

    /** The actions as an update expression. */
    public static String print(List<UpdateAction> actions) {
        StringBuilder out = new StringBuilder();
        UpdateAction.Clause current = null;
        for (UpdateAction action : actions) {
            if (action.clause() != current) {
                if (current != null) {
                    out.append(' ');
                }
                current = action.clause();
                out.append(current.name()).append(' ');
            } else {
                out.append(", ");
            }
            action(action, out);
        }
        return out.toString();
    }

    /** One SET value as DynamoDB syntax. */
    public static String print(UpdateValue value) {
        StringBuilder out = new StringBuilder();
        value(value, out);
        return out.toString();
    }

    private static void action(UpdateAction action, StringBuilder out) {
        out.append(ExpressionPrinter.print(action.path()));
        if (action instanceof UpdateAction.Set set) {
            out.append(" = ");
            value(set.value(), out);
        } else if (action instanceof UpdateAction.Add add) {
            out.append(' ').append(add.value());
        } else if (action instanceof UpdateAction.Delete delete) {
            out.append(' ').append(delete.value());
        }
    }

    private static void value(UpdateValue value, StringBuilder out) {
        if (value instanceof UpdateValue.Path path) {
            out.append(ExpressionPrinter.print(path.path()));
        } else if (value instanceof UpdateValue.Value literal) {
            out.append(literal.token());
        } else if (value instanceof UpdateValue.IfNotExists ifNotExists) {
            function("if_not_exists", ifNotExists.path(), ifNotExists.fallback(), out);
        } else if (value instanceof UpdateValue.ListAppend listAppend) {
            function("list_append", listAppend.first(), listAppend.second(), out);
        } else if (value instanceof UpdateValue.Plus plus) {
            value(plus.left(), out);
            out.append(" + ");
            value(plus.right(), out);
        } else {
            UpdateValue.Minus minus = (UpdateValue.Minus) value;
            value(minus.left(), out);
            out.append(" - ");
            value(minus.right(), out);
        }
    }

    private static void function(String name, UpdateValue first, UpdateValue second, StringBuilder out) {
        out.append(name).append('(');
        value(first, out);
        out.append(", ");
        value(second, out);
        out.append(')');
    }
}
