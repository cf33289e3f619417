package io.tabletheory.inmemory.internal.expr.check;

import io.tabletheory.api.value.AttributeType;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.expr.eval.ResolvedPath;
import io.tabletheory.inmemory.internal.expr.syntax.Condition;
import io.tabletheory.inmemory.internal.expr.syntax.DocumentPath;
import io.tabletheory.inmemory.internal.expr.syntax.ExpressionKind;
import io.tabletheory.inmemory.internal.expr.syntax.LeafViews;
import io.tabletheory.inmemory.internal.expr.syntax.Operand;
import io.tabletheory.inmemory.internal.expr.syntax.ParsedCondition;
import io.tabletheory.inmemory.internal.item.ScalarViews;
import io.tabletheory.inmemory.internal.item.ValueOrder;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks of a parsed condition that depend on the request (its names and values), run after the placeholders
 * are known to be defined and before the table is read: the deferred operand-count error, then node by node
 * (operands first): {@code size} of a value without a size, ordering operators and BETWEEN on unordered values,
 * BETWEEN bounds of different types or in the wrong order, {@code attribute_type} names, {@code begins_with} on
 * values that are not S or B, functions that need a document path, and a first operand repeated among the others.
 * Problems with values read from the item are not errors: the condition is just false.
 */
public final class ConditionChecker {
    private ConditionChecker() {}

    /**
     * Checks {@code parsed} against the request's names and values.
     *
     * @throws io.tabletheory.api.error.ValidationException with DynamoDB's message for the first problem
     */
    public static void check(
            ParsedCondition parsed,
            ExpressionKind kind,
            Map<String, String> names,
            Map<String, AttributeValue> values) {
        parsed.deferredError().ifPresent(error -> {
            throw kind.invalid(error);
        });
        new Checks(kind, names, values).condition(parsed.condition());
    }

    /** One check of a condition against one request, visiting its nodes. */
    private static final class Checks implements Condition.Visitor<Void> {
        private static final String TYPE_NAMES = "{B,NULL,SS,BOOL,L,BS,N,NS,S,M}";

        private final ExpressionKind kind;
        private final Map<String, String> names;
        private final Map<String, AttributeValue> values;
        private final OperandChecks operandChecks = new OperandChecks();

        Checks(ExpressionKind kind, Map<String, String> names, Map<String, AttributeValue> values) {
            this.kind = kind;
            this.names = names;
            this.values = values;
        }

        private void condition(Condition condition) {
            condition.accept(this);
        }

        @Override
        public Void visitCompare(Condition.Compare compare) {
            operand(compare.left());
            operand(compare.right());
            if (compare.comparator().isOrdering()) {
                ordered(compare.comparator().symbol(), compare.left());
                ordered(compare.comparator().symbol(), compare.right());
            }
            distinct(compare.comparator().symbol(), compare.left(), List.of(compare.right()));
            return null;
        }

        @Override
        public Void visitBetween(Condition.Between between) {
            operand(between.value());
            operand(between.lower());
            operand(between.upper());
            ordered("BETWEEN", between.value());
            ordered("BETWEEN", between.lower());
            ordered("BETWEEN", between.upper());
            bounds(between);
            distinct("BETWEEN", between.value(), List.of(between.lower(), between.upper()));
            return null;
        }

        @Override
        public Void visitIn(Condition.In in) {
            operand(in.value());
            in.candidates().forEach(this::operand);
            distinct("IN", in.value(), in.candidates());
            return null;
        }

        @Override
        public Void visitAnd(Condition.And and) {
            condition(and.left());
            condition(and.right());
            return null;
        }

        @Override
        public Void visitOr(Condition.Or or) {
            condition(or.left());
            condition(or.right());
            return null;
        }

        @Override
        public Void visitNot(Condition.Not not) {
            condition(not.condition());
            return null;
        }

        @Override
        public Void visitAttributeExists(Condition.AttributeExists exists) {
            operand(exists.path());
            requirePath("attribute_exists", exists.path());
            return null;
        }

        @Override
        public Void visitAttributeNotExists(Condition.AttributeNotExists notExists) {
            operand(notExists.path());
            requirePath("attribute_not_exists", notExists.path());
            return null;
        }

        @Override
        public Void visitAttributeType(Condition.AttributeType attributeType) {
            operand(attributeType.subject());
            operand(attributeType.type());
            typeName(attributeType.type());
            distinct("attribute_type", attributeType.subject(), List.of(attributeType.type()));
            return null;
        }

        @Override
        public Void visitBeginsWith(Condition.BeginsWith beginsWith) {
            operand(beginsWith.subject());
            operand(beginsWith.prefix());
            stringOrBinary("begins_with", beginsWith.subject());
            stringOrBinary("begins_with", beginsWith.prefix());
            distinct("begins_with", beginsWith.subject(), List.of(beginsWith.prefix()));
            return null;
        }

        @Override
        public Void visitContains(Condition.Contains contains) {
            operand(contains.subject());
            operand(contains.operand());
            distinct("contains", contains.subject(), List.of(contains.operand()));
            return null;
        }

        private void operand(Operand operand) {
            operand.accept(operandChecks);
        }

        /** {@code size} of a value without a size; the argument first. */
        private final class OperandChecks implements Operand.Visitor<Void> {
            @Override
            public Void visitPath(Operand.Path path) {
                return null;
            }

            @Override
            public Void visitValue(Operand.Value value) {
                return null;
            }

            @Override
            public Void visitSize(Operand.Size size) {
                operand(size.argument());
                Optional<AttributeType> type = staticType(size.argument());
                if (type.isPresent()
                        && (type.get() == AttributeType.N
                                || type.get() == AttributeType.BOOL
                                || type.get() == AttributeType.NULL)) {
                    throw incorrectType("size", type.get());
                }
                return null;
            }
        }

        private void ordered(String operator, Operand operand) {
            Optional<AttributeType> type = staticType(operand);
            if (type.isPresent() && !ValueOrder.isOrdered(type.get())) {
                throw incorrectType(operator, type.get());
            }
        }

        private void stringOrBinary(String function, Operand operand) {
            Optional<AttributeType> type = staticType(operand);
            if (type.isPresent() && type.get() != AttributeType.S && type.get() != AttributeType.B) {
                throw incorrectType(function, type.get());
            }
        }

        private void bounds(Condition.Between between) {
            String lowerToken = LeafViews.valueToken(between.lower());
            String upperToken = LeafViews.valueToken(between.upper());
            if (lowerToken == null || upperToken == null) {
                return;
            }
            AttributeValue lower = values.get(lowerToken);
            AttributeValue upper = values.get(upperToken);
            String operands = "lower bound operand: AttributeValue: " + render(lower)
                    + ", upper bound operand: AttributeValue: " + render(upper);
            if (lower.type() != upper.type()) {
                throw kind.invalid(
                        "The BETWEEN operator requires same data type for lower and upper bounds; " + operands);
            }
            if (ValueOrder.compare(lower, upper) > 0) {
                throw kind.invalid("The BETWEEN operator requires upper bound to be greater than or equal to lower"
                        + " bound; " + operands);
            }
        }

        private void typeName(Operand operand) {
            AttributeValue value =
                    switch (operand.kind()) {
                        case PATH -> throw kind.invalid("Incorrect operand type for operator or function; operator or"
                                + " function: attribute_type, operand type: PATH");
                        case SIZE -> throw incorrectType("attribute_type", AttributeType.N);
                        case VALUE -> values.get(LeafViews.valueToken(operand));
                    };
            AttributeValue.StringValue name = ScalarViews.string(value);
            if (name == null) {
                throw incorrectType("attribute_type", value.type());
            }
            for (AttributeType candidate : AttributeType.values()) {
                if (candidate.name().equals(name.value())) {
                    return;
                }
            }
            throw kind.invalid(
                    "Invalid attribute type name found; type: " + name.value() + ", valid types: " + TYPE_NAMES);
        }

        private void requirePath(String function, Operand operand) {
            if (LeafViews.path(operand) == null) {
                throw kind.invalid("Operator or function requires a document path; operator or function: " + function);
            }
        }

        private void distinct(String operator, Operand first, List<Operand> rest) {
            DocumentPath firstPath = LeafViews.path(first);
            if (firstPath == null) {
                return;
            }
            ResolvedPath resolved = ResolvedPath.of(firstPath, names);
            for (Operand other : rest) {
                DocumentPath otherPath = LeafViews.path(other);
                if (otherPath != null && ResolvedPath.of(otherPath, names).equals(resolved)) {
                    throw kind.invalid(
                            "The first operand must be distinct from the remaining operands for this operator"
                                    + " or function; operator: " + operator + ", first operand: " + resolved);
                }
            }
        }

        /** The type an operand has whatever the item holds: a value's type, N for {@code size}; empty for a path. */
        private Optional<AttributeType> staticType(Operand operand) {
            return switch (operand.kind()) {
                case VALUE -> Optional.ofNullable(values.get(LeafViews.valueToken(operand)))
                        .map(AttributeValue::type);
                case SIZE -> Optional.of(AttributeType.N);
                case PATH -> Optional.empty();
            };
        }

        private io.tabletheory.api.error.ValidationException incorrectType(String operator, AttributeType type) {
            return kind.invalid("Incorrect operand type for operator or function; operator or function: " + operator
                    + ", operand type: " + type);
        }

        private static String render(AttributeValue value) {
            String text =
                    switch (value.type()) {
                        case S -> ScalarViews.string(value).value();
                        case N -> ScalarViews.number(value).value();
                        case B -> Base64.getEncoder()
                                .encodeToString(ScalarViews.binary(value).value());
                        case SS, NS, BS, M, L, NULL, BOOL -> value.toString();
                    };
            return "{" + value.type() + ":" + text + "}";
        }
    }
}
