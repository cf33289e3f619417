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
        Update.Visitor<Void> sorter = new Update.Visitor<>() {
            @Override
            public Void visitSet(Update.Set action) {
                set.add(path(action.path(), builder) + " = " + builder.value(action.value()));
                return null;
            }

            @Override
            public Void visitSetIfNotExists(Update.SetIfNotExists action) {
                String path = path(action.path(), builder);
                set.add(path + " = if_not_exists(" + path + ", " + builder.value(action.value()) + ")");
                return null;
            }

            @Override
            public Void visitIncrement(Update.Increment action) {
                String path = path(action.path(), builder);
                String base = action.start().isPresent()
                        ? "if_not_exists(" + path + ", "
                                + builder.value(action.start().get()) + ")"
                        : path;
                set.add(path + " = " + base + " + " + builder.value(action.amount()));
                return null;
            }

            @Override
            public Void visitAppendToList(Update.AppendToList action) {
                String path = path(action.path(), builder);
                String values = builder.value(action.values());
                set.add(path + " = list_append(" + (action.prepend() ? values + ", " + path : path + ", " + values)
                        + ")");
                return null;
            }

            @Override
            public Void visitRemove(Update.Remove action) {
                remove.add(path(action.path(), builder));
                return null;
            }

            @Override
            public Void visitAdd(Update.Add action) {
                add.add(path(action.path(), builder) + " " + builder.value(action.value()));
                return null;
            }

            @Override
            public Void visitDelete(Update.Delete action) {
                delete.add(path(action.path(), builder) + " " + builder.value(action.value()));
                return null;
            }
        };
        for (Update.Action action : update.actions()) {
            action.accept(sorter);
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
