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
        action.accept(new Printer(out));
    }

    private static void value(UpdateValue value, StringBuilder out) {
        value.accept(new Printer(out));
    }

    /** Appends what follows an action's path, and SET values, to {@code out}. */
    private record Printer(StringBuilder out) implements UpdateAction.Visitor<Void>, UpdateValue.Visitor<Void> {
        @Override
        public Void visitSet(UpdateAction.Set set) {
            out.append(" = ");
            return set.value().accept(this);
        }

        @Override
        public Void visitRemove(UpdateAction.Remove remove) {
            return null;
        }

        @Override
        public Void visitAdd(UpdateAction.Add add) {
            out.append(' ').append(add.value());
            return null;
        }

        @Override
        public Void visitDelete(UpdateAction.Delete delete) {
            out.append(' ').append(delete.value());
            return null;
        }

        @Override
        public Void visitPath(UpdateValue.Path path) {
            out.append(ExpressionPrinter.print(path.path()));
            return null;
        }

        @Override
        public Void visitValue(UpdateValue.Value literal) {
            out.append(literal.token());
            return null;
        }

        @Override
        public Void visitIfNotExists(UpdateValue.IfNotExists ifNotExists) {
            return function("if_not_exists", ifNotExists.path(), ifNotExists.fallback());
        }

        @Override
        public Void visitListAppend(UpdateValue.ListAppend listAppend) {
            return function("list_append", listAppend.first(), listAppend.second());
        }

        @Override
        public Void visitPlus(UpdateValue.Plus plus) {
            plus.left().accept(this);
            out.append(" + ");
            return plus.right().accept(this);
        }

        @Override
        public Void visitMinus(UpdateValue.Minus minus) {
            minus.left().accept(this);
            out.append(" - ");
            return minus.right().accept(this);
        }

        private Void function(String name, UpdateValue first, UpdateValue second) {
            out.append(name).append('(');
            first.accept(this);
            out.append(", ");
            second.accept(this);
            out.append(')');
            return null;
        }
    }
}
