package io.tabletheory.inmemory.internal.expr.print;

import io.tabletheory.inmemory.internal.expr.syntax.Condition;
import io.tabletheory.inmemory.internal.expr.syntax.DocumentPath;
import io.tabletheory.inmemory.internal.expr.syntax.Operand;
import io.tabletheory.inmemory.internal.expr.syntax.PathElement;
import java.util.List;

/**
 * Renders condition trees, operands and paths back to DynamoDB syntax, adding parentheses only where precedence
 * needs them, so that parsing the printed text gives back the same tree. Used by tests (round trips) and
 * diagnostics.
 */
public final class ExpressionPrinter {
    private static final int OR = 1;
    private static final int AND = 2;
    private static final int NOT = 3;
    private static final int PRIMARY = 4;

    private ExpressionPrinter() {}

    /** The condition as DynamoDB syntax. */
    public static String print(Condition condition) {
        StringBuilder out = new StringBuilder();
        condition(condition, out);
        return out.toString();
    }

    /** The operand as DynamoDB syntax. */
    public static String print(Operand operand) {
        StringBuilder out = new StringBuilder();
        operand(operand, out);
        return out.toString();
    }

    /** The path as DynamoDB syntax. */
    public static String print(DocumentPath path) {
        StringBuilder out = new StringBuilder();
        path(path, out);
        return out.toString();
    }

    private static void child(Condition condition, int minimum, StringBuilder out) {
        if (precedence(condition) < minimum) {
            out.append('(');
            condition(condition, out);
            out.append(')');
        } else {
            condition(condition, out);
        }
    }

    private static int precedence(Condition condition) {
        if (condition instanceof Condition.Or) {
            return OR;
        }
        if (condition instanceof Condition.And) {
            return AND;
        }
        if (condition instanceof Condition.Not) {
            return NOT;
        }
        return PRIMARY;
    }

    private static void condition(Condition condition, StringBuilder out) {
        if (condition instanceof Condition.Or or) {
            child(or.left(), OR, out);
            out.append(" OR ");
            child(or.right(), AND, out);
        } else if (condition instanceof Condition.And and) {
            child(and.left(), AND, out);
            out.append(" AND ");
            child(and.right(), NOT, out);
        } else if (condition instanceof Condition.Not not) {
            out.append("NOT ");
            child(not.condition(), NOT, out);
        } else if (condition instanceof Condition.Compare compare) {
            operand(compare.left(), out);
            out.append(' ').append(compare.comparator().symbol()).append(' ');
            operand(compare.right(), out);
        } else if (condition instanceof Condition.Between between) {
            operand(between.value(), out);
            out.append(" BETWEEN ");
            operand(between.lower(), out);
            out.append(" AND ");
            operand(between.upper(), out);
        } else if (condition instanceof Condition.In in) {
            operand(in.value(), out);
            out.append(" IN (");
            operands(in.candidates(), out);
            out.append(')');
        } else if (condition instanceof Condition.AttributeExists exists) {
            function("attribute_exists", List.of(exists.path()), out);
        } else if (condition instanceof Condition.AttributeNotExists notExists) {
            function("attribute_not_exists", List.of(notExists.path()), out);
        } else if (condition instanceof Condition.AttributeType type) {
            function("attribute_type", List.of(type.subject(), type.type()), out);
        } else if (condition instanceof Condition.BeginsWith beginsWith) {
            function("begins_with", List.of(beginsWith.subject(), beginsWith.prefix()), out);
        } else {
            Condition.Contains contains = (Condition.Contains) condition;
            function("contains", List.of(contains.subject(), contains.operand()), out);
        }
    }

    private static void function(String name, List<Operand> arguments, StringBuilder out) {
        out.append(name).append('(');
        operands(arguments, out);
        out.append(')');
    }

    private static void operands(List<Operand> operands, StringBuilder out) {
        for (int i = 0; i < operands.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            operand(operands.get(i), out);
        }
    }

    private static void operand(Operand operand, StringBuilder out) {
        if (operand instanceof Operand.Path path) {
            path(path.path(), out);
        } else if (operand instanceof Operand.Value value) {
            out.append(value.token());
        } else {
            function("size", List.of(((Operand.Size) operand).argument()), out);
        }
    }

    private static void path(DocumentPath path, StringBuilder out) {
        for (int i = 0; i < path.elements().size(); i++) {
            PathElement element = path.elements().get(i);
            if (element instanceof PathElement.Index index) {
                out.append('[').append(index.index()).append(']');
                continue;
            }
            if (i > 0) {
                out.append('.');
            }
            out.append(
                    element instanceof PathElement.Name name
                            ? name.name()
                            : ((PathElement.Placeholder) element).token());
        }
    }
}
