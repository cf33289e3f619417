package io.tabletheory.inmemory.internal.expr.check;

import io.tabletheory.api.value.AttributeType;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.expr.eval.ResolvedPath;
import io.tabletheory.inmemory.internal.expr.syntax.Condition;
import io.tabletheory.inmemory.internal.expr.syntax.ExpressionKind;
import io.tabletheory.inmemory.internal.expr.syntax.Operand;
import io.tabletheory.inmemory.internal.expr.syntax.ParsedCondition;
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
    private static final String TYPE_NAMES = "{B,NULL,SS,BOOL,L,BS,N,NS,S,M}";

    private final ExpressionKind kind;
    private final Map<String, String> names;
    private final Map<String, AttributeValue> values;

    private ConditionChecker(ExpressionKind kind, Map<String, String> names, Map<String, AttributeValue> values) {
        this.kind = kind;
        this.names = names;
        this.values = values;
    }

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
        new ConditionChecker(kind, names, values).condition(parsed.condition());
    }

    private void condition(Condition condition) {
        if (condition instanceof Condition.Compare compare) {
            operand(compare.left());
            operand(compare.right());
            if (compare.comparator().isOrdering()) {
                ordered(compare.comparator().symbol(), compare.left());
                ordered(compare.comparator().symbol(), compare.right());
            }
            distinct(compare.comparator().symbol(), compare.left(), List.of(compare.right()));
        } else if (condition instanceof Condition.Between between) {
            operand(between.value());
            operand(between.lower());
            operand(between.upper());
            ordered("BETWEEN", between.value());
            ordered("BETWEEN", between.lower());
            ordered("BETWEEN", between.upper());
            bounds(between);
            distinct("BETWEEN", between.value(), List.of(between.lower(), between.upper()));
        } else if (condition instanceof Condition.In in) {
            operand(in.value());
            in.candidates().forEach(this::operand);
            distinct("IN", in.value(), in.candidates());
        } else if (condition instanceof Condition.And and) {
            condition(and.left());
            condition(and.right());
        } else if (condition instanceof Condition.Or or) {
            condition(or.left());
            condition(or.right());
        } else if (condition instanceof Condition.Not not) {
            condition(not.condition());
        } else if (condition instanceof Condition.AttributeExists exists) {
            operand(exists.path());
            requirePath("attribute_exists", exists.path());
        } else if (condition instanceof Condition.AttributeNotExists notExists) {
            operand(notExists.path());
            requirePath("attribute_not_exists", notExists.path());
        } else if (condition instanceof Condition.AttributeType attributeType) {
            operand(attributeType.subject());
            operand(attributeType.type());
            typeName(attributeType.type());
            distinct("attribute_type", attributeType.subject(), List.of(attributeType.type()));
        } else if (condition instanceof Condition.BeginsWith beginsWith) {
            operand(beginsWith.subject());
            operand(beginsWith.prefix());
            stringOrBinary("begins_with", beginsWith.subject());
            stringOrBinary("begins_with", beginsWith.prefix());
            distinct("begins_with", beginsWith.subject(), List.of(beginsWith.prefix()));
        } else {
            Condition.Contains contains = (Condition.Contains) condition;
            operand(contains.subject());
            operand(contains.operand());
            distinct("contains", contains.subject(), List.of(contains.operand()));
        }
    }

    private void operand(Operand operand) {
        if (operand instanceof Operand.Size size) {
            operand(size.argument());
            Optional<AttributeType> type = staticType(size.argument());
            if (type.isPresent()
                    && (type.get() == AttributeType.N
                            || type.get() == AttributeType.BOOL
                            || type.get() == AttributeType.NULL)) {
                throw incorrectType("size", type.get());
            }
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
        if (!(between.lower() instanceof Operand.Value lowerToken)
                || !(between.upper() instanceof Operand.Value upperToken)) {
            return;
        }
        AttributeValue lower = values.get(lowerToken.token());
        AttributeValue upper = values.get(upperToken.token());
        String operands = "lower bound operand: AttributeValue: " + render(lower)
                + ", upper bound operand: AttributeValue: " + render(upper);
        if (lower.type() != upper.type()) {
            throw kind.invalid("The BETWEEN operator requires same data type for lower and upper bounds; " + operands);
        }
        if (ValueOrder.compare(lower, upper) > 0) {
            throw kind.invalid("The BETWEEN operator requires upper bound to be greater than or equal to lower"
                    + " bound; " + operands);
        }
    }

    private void typeName(Operand operand) {
        if (operand instanceof Operand.Path) {
            throw kind.invalid(
                    "Incorrect operand type for operator or function; operator or function: attribute_type, operand"
                            + " type: PATH");
        }
        AttributeType type = staticType(operand).orElseThrow();
        if (type != AttributeType.S) {
            throw incorrectType("attribute_type", type);
        }
        String name = ((AttributeValue.StringValue) values.get(((Operand.Value) operand).token())).value();
        for (AttributeType candidate : AttributeType.values()) {
            if (candidate.name().equals(name)) {
                return;
            }
        }
        throw kind.invalid("Invalid attribute type name found; type: " + name + ", valid types: " + TYPE_NAMES);
    }

    private void requirePath(String function, Operand operand) {
        if (!(operand instanceof Operand.Path)) {
            throw kind.invalid("Operator or function requires a document path; operator or function: " + function);
        }
    }

    private void distinct(String operator, Operand first, List<Operand> rest) {
        if (!(first instanceof Operand.Path firstPath)) {
            return;
        }
        ResolvedPath resolved = ResolvedPath.of(firstPath.path(), names);
        for (Operand other : rest) {
            if (other instanceof Operand.Path otherPath
                    && ResolvedPath.of(otherPath.path(), names).equals(resolved)) {
                throw kind.invalid("The first operand must be distinct from the remaining operands for this operator"
                        + " or function; operator: " + operator + ", first operand: " + resolved);
            }
        }
    }

    private Optional<AttributeType> staticType(Operand operand) {
        if (operand instanceof Operand.Value value) {
            AttributeValue attributeValue = values.get(value.token());
            return attributeValue == null ? Optional.empty() : Optional.of(attributeValue.type());
        }
        if (operand instanceof Operand.Size) {
            return Optional.of(AttributeType.N);
        }
        return Optional.empty();
    }

    private io.tabletheory.api.error.ValidationException incorrectType(String operator, AttributeType type) {
        return kind.invalid("Incorrect operand type for operator or function; operator or function: " + operator
                + ", operand type: " + type);
    }

    private static String render(AttributeValue value) {
        String text;
        if (value instanceof AttributeValue.StringValue string) {
            text = string.value();
        } else if (value instanceof AttributeValue.NumberValue number) {
            text = number.value();
        } else if (value instanceof AttributeValue.BinaryValue binary) {
            text = Base64.getEncoder().encodeToString(binary.value());
        } else {
            text = value.toString();
        }
        return "{" + value.type() + ":" + text + "}";
    }
}
