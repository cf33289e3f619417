package io.tabletheory.inmemory.internal.expr.legacy;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.ComparisonOperator;
import io.tabletheory.api.value.AttributeType;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.expr.syntax.Comparator;
import io.tabletheory.inmemory.internal.expr.syntax.Condition;
import io.tabletheory.inmemory.internal.expr.syntax.Operand;
import io.tabletheory.inmemory.internal.item.ValueOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One classic comparison (an attribute, a {@link ComparisonOperator} and its values) checked with DynamoDB's
 * messages, in DynamoDB's order (the number of values, one type for all of them, a type the operator takes, BETWEEN's
 * bounds in order), and translated into the condition tree an expression would produce: {@code EQ} into {@code a =
 * :v}, {@code IN} into {@code a IN (...)}, {@code NOT_NULL} into {@code attribute_exists(a)}, {@code NOT_CONTAINS}
 * into {@code attribute_exists(a) AND NOT contains(a, :v)} (a missing attribute contains nothing, yet fails the
 * classic NOT_CONTAINS), and so on.
 */
public final class ClassicComparisons {
    private static final String INVALID = "One or more parameter values were invalid: ";
    private static final Set<AttributeType> SCALARS = Set.of(AttributeType.S, AttributeType.N, AttributeType.B);

    private ClassicComparisons() {}

    /**
     * The condition {@code attribute operator values}.
     *
     * @throws ValidationException with DynamoDB's message when the values do not fit the operator
     */
    public static Condition translate(
            String attribute, ComparisonOperator operator, List<AttributeValue> values, ClassicPlaceholders tokens) {
        check(operator, values);
        Operand subject = new Operand.Path(tokens.attribute(attribute));
        List<Operand> operands = new ArrayList<>();
        values.forEach(value -> operands.add(new Operand.Value(tokens.value(value))));
        return switch (operator) {
            case EQ -> new Condition.Compare(Comparator.EQ, subject, operands.get(0));
            case NE -> new Condition.Compare(Comparator.NE, subject, operands.get(0));
            case LT -> new Condition.Compare(Comparator.LT, subject, operands.get(0));
            case LE -> new Condition.Compare(Comparator.LE, subject, operands.get(0));
            case GT -> new Condition.Compare(Comparator.GT, subject, operands.get(0));
            case GE -> new Condition.Compare(Comparator.GE, subject, operands.get(0));
            case IN -> new Condition.In(subject, operands);
            case BETWEEN -> new Condition.Between(subject, operands.get(0), operands.get(1));
            case NOT_NULL -> new Condition.AttributeExists(subject);
            case NULL -> new Condition.AttributeNotExists(subject);
            case CONTAINS -> new Condition.Contains(subject, operands.get(0));
            case NOT_CONTAINS -> new Condition.And(
                    new Condition.AttributeExists(subject),
                    new Condition.Not(new Condition.Contains(subject, operands.get(0))));
            case BEGINS_WITH -> new Condition.BeginsWith(subject, operands.get(0));
        };
    }

    /**
     * Checks the values of one comparison.
     *
     * @throws ValidationException with DynamoDB's message
     */
    static void check(ComparisonOperator operator, List<AttributeValue> values) {
        boolean countFits =
                switch (operator) {
                    case NULL, NOT_NULL -> values.isEmpty();
                    case IN -> !values.isEmpty();
                    case BETWEEN -> values.size() == 2;
                    case EQ, NE, LT, LE, GT, GE, CONTAINS, NOT_CONTAINS, BEGINS_WITH -> values.size() == 1;
                };
        if (!countFits) {
            throw new ValidationException(
                    INVALID + "Invalid number of argument(s) for the " + operator.name() + " ComparisonOperator");
        }
        if (values.isEmpty()) {
            return;
        }
        AttributeType first = values.get(0).type();
        for (AttributeValue value : values) {
            if (value.type() != first) {
                throw new ValidationException(
                        INVALID + "AttributeValues inside AttributeValueList must be of same type");
            }
        }
        for (AttributeValue value : values) {
            if (!takes(operator, value.type())) {
                throw new ValidationException(INVALID + "ComparisonOperator " + operator.name() + " is not valid for "
                        + value.type().name() + " AttributeValue type");
            }
        }
        if (operator == ComparisonOperator.BETWEEN && ValueOrder.compare(values.get(0), values.get(1)) > 0) {
            throw new ValidationException(
                    "The BETWEEN condition was provided a range where the lower bound is greater than the upper bound");
        }
    }

    private static boolean takes(ComparisonOperator operator, AttributeType type) {
        return switch (operator) {
            case EQ, NE, NULL, NOT_NULL -> true;
            case LT, LE, GT, GE, IN, BETWEEN, CONTAINS, NOT_CONTAINS -> SCALARS.contains(type);
            case BEGINS_WITH -> type == AttributeType.S || type == AttributeType.B;
        };
    }
}
