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
    private ExpressionPrinter() {}

    /** The condition as DynamoDB syntax. */
    public static String print(Condition condition) {
        Printer printer = new Printer();
        condition.accept(printer);
        return printer.out.toString();
    }

    /** The operand as DynamoDB syntax. */
    public static String print(Operand operand) {
        Printer printer = new Printer();
        operand.accept(printer);
        return printer.out.toString();
    }

    /** The path as DynamoDB syntax. */
    public static String print(DocumentPath path) {
        Printer printer = new Printer();
        printer.path(path);
        return printer.out.toString();
    }

    /** Prints one tree into its buffer, visiting conditions, operands and path elements. */
    private static final class Printer
            implements Condition.Visitor<Void>, Operand.Visitor<Void>, PathElement.Visitor<Void> {
        private static final int OR = 1;
        private static final int AND = 2;
        private static final int NOT = 3;
        private static final int PRIMARY = 4;

        private static final Condition.Visitor<Integer> PRECEDENCE = new Condition.Visitor<>() {
            @Override
            public Integer visitCompare(Condition.Compare condition) {
                return PRIMARY;
            }

            @Override
            public Integer visitBetween(Condition.Between condition) {
                return PRIMARY;
            }

            @Override
            public Integer visitIn(Condition.In condition) {
                return PRIMARY;
            }

            @Override
            public Integer visitAnd(Condition.And condition) {
                return AND;
            }

            @Override
            public Integer visitOr(Condition.Or condition) {
                return OR;
            }

            @Override
            public Integer visitNot(Condition.Not condition) {
                return NOT;
            }

            @Override
            public Integer visitAttributeExists(Condition.AttributeExists condition) {
                return PRIMARY;
            }

            @Override
            public Integer visitAttributeNotExists(Condition.AttributeNotExists condition) {
                return PRIMARY;
            }

            @Override
            public Integer visitAttributeType(Condition.AttributeType condition) {
                return PRIMARY;
            }

            @Override
            public Integer visitBeginsWith(Condition.BeginsWith condition) {
                return PRIMARY;
            }

            @Override
            public Integer visitContains(Condition.Contains condition) {
                return PRIMARY;
            }
        };

        private final StringBuilder out = new StringBuilder();
        private boolean firstElement;

        Printer() {}

        private void child(Condition condition, int minimum) {
            if (condition.accept(PRECEDENCE) < minimum) {
                out.append('(');
                condition.accept(this);
                out.append(')');
            } else {
                condition.accept(this);
            }
        }

        @Override
        public Void visitOr(Condition.Or or) {
            child(or.left(), OR);
            out.append(" OR ");
            child(or.right(), AND);
            return null;
        }

        @Override
        public Void visitAnd(Condition.And and) {
            child(and.left(), AND);
            out.append(" AND ");
            child(and.right(), NOT);
            return null;
        }

        @Override
        public Void visitNot(Condition.Not not) {
            out.append("NOT ");
            child(not.condition(), NOT);
            return null;
        }

        @Override
        public Void visitCompare(Condition.Compare compare) {
            compare.left().accept(this);
            out.append(' ').append(compare.comparator().symbol()).append(' ');
            compare.right().accept(this);
            return null;
        }

        @Override
        public Void visitBetween(Condition.Between between) {
            between.value().accept(this);
            out.append(" BETWEEN ");
            between.lower().accept(this);
            out.append(" AND ");
            between.upper().accept(this);
            return null;
        }

        @Override
        public Void visitIn(Condition.In in) {
            in.value().accept(this);
            out.append(" IN (");
            operands(in.candidates());
            out.append(')');
            return null;
        }

        @Override
        public Void visitAttributeExists(Condition.AttributeExists exists) {
            return function("attribute_exists", List.of(exists.path()));
        }

        @Override
        public Void visitAttributeNotExists(Condition.AttributeNotExists notExists) {
            return function("attribute_not_exists", List.of(notExists.path()));
        }

        @Override
        public Void visitAttributeType(Condition.AttributeType type) {
            return function("attribute_type", List.of(type.subject(), type.type()));
        }

        @Override
        public Void visitBeginsWith(Condition.BeginsWith beginsWith) {
            return function("begins_with", List.of(beginsWith.subject(), beginsWith.prefix()));
        }

        @Override
        public Void visitContains(Condition.Contains contains) {
            return function("contains", List.of(contains.subject(), contains.operand()));
        }

        private Void function(String name, List<Operand> arguments) {
            out.append(name).append('(');
            operands(arguments);
            out.append(')');
            return null;
        }

        private void operands(List<Operand> operands) {
            for (int i = 0; i < operands.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                operands.get(i).accept(this);
            }
        }

        @Override
        public Void visitPath(Operand.Path path) {
            path(path.path());
            return null;
        }

        @Override
        public Void visitValue(Operand.Value value) {
            out.append(value.token());
            return null;
        }

        @Override
        public Void visitSize(Operand.Size size) {
            return function("size", List.of(size.argument()));
        }

        private void path(DocumentPath path) {
            firstElement = true;
            for (PathElement element : path.elements()) {
                element.accept(this);
                firstElement = false;
            }
        }

        @Override
        public Void visitName(PathElement.Name name) {
            return nameElement(name.name());
        }

        @Override
        public Void visitPlaceholder(PathElement.Placeholder placeholder) {
            return nameElement(placeholder.token());
        }

        private Void nameElement(String text) {
            if (!firstElement) {
                out.append('.');
            }
            out.append(text);
            return null;
        }

        @Override
        public Void visitIndex(PathElement.Index index) {
            out.append('[').append(index.index()).append(']');
            return null;
        }
    }
}
