package io.tabletheory.inmemory.internal.expr.eval;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.expr.syntax.Condition;
import io.tabletheory.inmemory.internal.expr.syntax.Operand;
import io.tabletheory.inmemory.internal.item.ValueOrder;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates a checked {@link Condition} against one item (empty when the item does not exist) with DynamoDB's
 * semantics: a comparison, BETWEEN or IN with a missing operand is false, except {@code <>}, which is true;
 * values of different types are unequal and unordered; only N (by value), S (by UTF-8 bytes) and B (by unsigned
 * bytes) are ordered; set equality ignores order; {@code contains} tests substrings of S and B and membership in
 * sets and lists; {@code size} is the length of S (in UTF-16 code units, as DynamoDB Local counts), bytes of B, and
 * elements of sets, lists and maps.
 */
public final class ConditionEvaluator {
    private final Map<String, AttributeValue> item;
    private final Map<String, String> names;
    private final Map<String, AttributeValue> values;

    private ConditionEvaluator(
            Map<String, AttributeValue> item, Map<String, String> names, Map<String, AttributeValue> values) {
        this.item = item;
        this.names = names;
        this.values = values;
    }

    /** Whether {@code condition} holds for {@code item}, given the request's names and values. */
    public static boolean evaluate(
            Condition condition,
            Map<String, AttributeValue> item,
            Map<String, String> names,
            Map<String, AttributeValue> values) {
        return new ConditionEvaluator(item, names, values).test(condition);
    }

    private boolean test(Condition condition) {
        if (condition instanceof Condition.Compare compare) {
            return compare(compare);
        }
        if (condition instanceof Condition.Between between) {
            Optional<AttributeValue> value = value(between.value());
            Optional<AttributeValue> lower = value(between.lower());
            Optional<AttributeValue> upper = value(between.upper());
            return value.isPresent()
                    && lower.isPresent()
                    && upper.isPresent()
                    && ordered(lower.get(), value.get())
                    && ordered(value.get(), upper.get())
                    && ValueOrder.compare(lower.get(), value.get()) <= 0
                    && ValueOrder.compare(value.get(), upper.get()) <= 0;
        }
        if (condition instanceof Condition.In in) {
            Optional<AttributeValue> value = value(in.value());
            if (value.isEmpty()) {
                return false;
            }
            for (Operand candidate : in.candidates()) {
                if (value(candidate).filter(value.get()::equals).isPresent()) {
                    return true;
                }
            }
            return false;
        }
        if (condition instanceof Condition.And and) {
            return test(and.left()) && test(and.right());
        }
        if (condition instanceof Condition.Or or) {
            return test(or.left()) || test(or.right());
        }
        if (condition instanceof Condition.Not not) {
            return !test(not.condition());
        }
        if (condition instanceof Condition.AttributeExists exists) {
            return value(exists.path()).isPresent();
        }
        if (condition instanceof Condition.AttributeNotExists notExists) {
            return value(notExists.path()).isEmpty();
        }
        if (condition instanceof Condition.AttributeType attributeType) {
            Optional<AttributeValue> subject = value(attributeType.subject());
            Optional<AttributeValue> type = value(attributeType.type());
            return subject.isPresent()
                    && type.isPresent()
                    && type.get() instanceof AttributeValue.StringValue name
                    && subject.get().type().name().equals(name.value());
        }
        if (condition instanceof Condition.BeginsWith beginsWith) {
            Optional<AttributeValue> subject = value(beginsWith.subject());
            Optional<AttributeValue> prefix = value(beginsWith.prefix());
            return subject.isPresent() && prefix.isPresent() && beginsWith(subject.get(), prefix.get());
        }
        Condition.Contains contains = (Condition.Contains) condition;
        Optional<AttributeValue> subject = value(contains.subject());
        Optional<AttributeValue> operand = value(contains.operand());
        return subject.isPresent() && operand.isPresent() && contains(subject.get(), operand.get());
    }

    private boolean compare(Condition.Compare compare) {
        Optional<AttributeValue> left = value(compare.left());
        Optional<AttributeValue> right = value(compare.right());
        boolean bothPresent = left.isPresent() && right.isPresent();
        switch (compare.comparator()) {
            case EQ:
                return bothPresent && left.get().equals(right.get());
            case NE:
                return !(bothPresent && left.get().equals(right.get()));
            default:
                if (!bothPresent || !ordered(left.get(), right.get())) {
                    return false;
                }
                int order = ValueOrder.compare(left.get(), right.get());
                switch (compare.comparator()) {
                    case LT:
                        return order < 0;
                    case LE:
                        return order <= 0;
                    case GT:
                        return order > 0;
                    default:
                        return order >= 0;
                }
        }
    }

    private static boolean ordered(AttributeValue left, AttributeValue right) {
        return left.type() == right.type() && ValueOrder.isOrdered(left.type());
    }

    private Optional<AttributeValue> value(Operand operand) {
        if (operand instanceof Operand.Path path) {
            return ResolvedPath.of(path.path(), names).find(item);
        }
        if (operand instanceof Operand.Value value) {
            return Optional.ofNullable(values.get(value.token()));
        }
        return value(((Operand.Size) operand).argument()).flatMap(ConditionEvaluator::size);
    }

    private static Optional<AttributeValue> size(AttributeValue value) {
        long size;
        switch (value.type()) {
            case S:
                size = ((AttributeValue.StringValue) value).value().length();
                break;
            case B:
                size = ((AttributeValue.BinaryValue) value).length();
                break;
            case SS:
                size = ((AttributeValue.StringSetValue) value).values().size();
                break;
            case NS:
                size = ((AttributeValue.NumberSetValue) value).values().size();
                break;
            case BS:
                size = ((AttributeValue.BinarySetValue) value).values().size();
                break;
            case L:
                size = ((AttributeValue.ListValue) value).values().size();
                break;
            case M:
                size = ((AttributeValue.MapValue) value).values().size();
                break;
            default:
                return Optional.empty();
        }
        return Optional.of(AttributeValue.ofNumber(size));
    }

    private static boolean beginsWith(AttributeValue subject, AttributeValue prefix) {
        if (subject instanceof AttributeValue.StringValue string
                && prefix instanceof AttributeValue.StringValue start) {
            return string.value().startsWith(start.value());
        }
        if (subject instanceof AttributeValue.BinaryValue binary
                && prefix instanceof AttributeValue.BinaryValue start) {
            return indexOf(binary, start) == 0 && binary.length() >= start.length();
        }
        return false;
    }

    private static boolean contains(AttributeValue subject, AttributeValue operand) {
        switch (subject.type()) {
            case S:
                return operand instanceof AttributeValue.StringValue part
                        && ((AttributeValue.StringValue) subject).value().contains(part.value());
            case B:
                return operand instanceof AttributeValue.BinaryValue part
                        && indexOf((AttributeValue.BinaryValue) subject, part) >= 0;
            case SS:
                return operand instanceof AttributeValue.StringValue element
                        && ((AttributeValue.StringSetValue) subject).values().contains(element.value());
            case NS:
                return ((AttributeValue.NumberSetValue) subject).values().contains(operand);
            case BS:
                return ((AttributeValue.BinarySetValue) subject).values().contains(operand);
            case L:
                return ((AttributeValue.ListValue) subject).values().contains(operand);
            default:
                return false;
        }
    }

    /** The first offset of {@code part} in {@code whole}, or -1. */
    private static int indexOf(AttributeValue.BinaryValue whole, AttributeValue.BinaryValue part) {
        outer:
        for (int start = 0; start + part.length() <= whole.length(); start++) {
            for (int i = 0; i < part.length(); i++) {
                if (whole.byteAt(start + i) != part.byteAt(i)) {
                    continue outer;
                }
            }
            return start;
        }
        return -1;
    }
}
