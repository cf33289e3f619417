package io.tabletheory.engine.internal.expression;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders an {@link Update} into DynamoDB's UpdateExpression syntax through an {@link ExpressionBuilder}: one
 * section per clause, always in the order SET, REMOVE, ADD, DELETE, each listing its actions in the order they were
 * added. Deterministic, so the same update always renders the same text.
 */
final class UpdateRenderer {
    private UpdateRenderer() {}

    static String render(Update update, ExpressionBuilder builder) {
        List<String> set = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        List<String> add = new ArrayList<>();
        List<String> delete = new ArrayList<>();
        for (Update.Action action : update.actions()) {
            if (action instanceof Update.Set s) {
                set.add(path(s.path(), builder) + " = " + builder.value(s.value()));
            } else if (action instanceof Update.SetIfNotExists s) {
                String path = path(s.path(), builder);
                set.add(path + " = if_not_exists(" + path + ", " + builder.value(s.value()) + ")");
            } else if (action instanceof Update.Increment increment) {
                String path = path(increment.path(), builder);
                String base = increment.start().isPresent()
                        ? "if_not_exists(" + path + ", "
                                + builder.value(increment.start().get()) + ")"
                        : path;
                set.add(path + " = " + base + " + " + builder.value(increment.amount()));
            } else if (action instanceof Update.AppendToList append) {
                String path = path(append.path(), builder);
                String values = builder.value(append.values());
                set.add(path + " = list_append(" + (append.prepend() ? values + ", " + path : path + ", " + values)
                        + ")");
            } else if (action instanceof Update.Remove r) {
                remove.add(path(r.path(), builder));
            } else if (action instanceof Update.Add a) {
                add.add(path(a.path(), builder) + " " + builder.value(a.value()));
            } else if (action instanceof Update.Delete d) {
                delete.add(path(d.path(), builder) + " " + builder.value(d.value()));
            } else {
                throw new IllegalStateException("unknown update action " + action);
            }
        }
        StringBuilder out = new StringBuilder();
        section("SET", set, out);
        section("REMOVE", remove, out);
        section("ADD", add, out);
        section("DELETE", delete, out);
        return out.toString();
    }

    private static String path(Update.Path path, ExpressionBuilder builder) {
        String name = builder.name(path.attribute());
        return path.index().isPresent() ? name + "[" + path.index().getAsInt() + "]" : name;
    }

    private static void section(String keyword, List<String> actions, StringBuilder out) {
        if (actions.isEmpty()) {
            return;
        }
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(keyword).append(' ').append(String.join(", ", actions));
    }
}
