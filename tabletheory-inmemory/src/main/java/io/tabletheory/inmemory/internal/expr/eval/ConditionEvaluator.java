package io.tabletheory.inmemory.internal.expr.eval;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.expr.syntax.Condition;
import io.tabletheory.inmemory.internal.expr.syntax.Operand;
import io.tabletheory.inmemory.internal.item.ScalarViews;
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
    private ConditionEvaluator() {}

    /** Whether {@code condition} holds for {@code item}, given the request's names and values. */
    public static boolean evaluate(
            Condition condition,
            Map<String, AttributeValue> item,
            Map<String, String> names,
            Map<String, AttributeValue> values) {
        return new Evaluation(item, names, values).test(condition);
    }

    /** One evaluation: the item and the request, visiting the condition and its operands. */
    private static final class Evaluation
            implements Condition.Visitor<Boolean>, Operand.Visitor<Optional<AttributeValue>> {
        private final Map<String, AttributeValue> item;
        private final Map<String, String> names;
        private final Map<String, AttributeValue> values;

        Evaluation(Map<String, AttributeValue> item, Map<String, String> names, Map<String, AttributeValue> values) {
            this.item = item;
            this.names = names;
            this.values = values;
        }

        private boolean test(Condition condition) {
            return condition.accept(this);
        }

        @Override
        public Boolean visitCompare(Condition.Compare compare) {
            Optional<AttributeValue> left = value(compare.left());
            Optional<AttributeValue> right = value(compare.right());
            boolean bothPresent = left.isPresent() && right.isPresent();
            return switch (compare.comparator()) {
                case EQ -> bothPresent && left.get().equals(right.get());
                case NE -> !(bothPresent && left.get().equals(right.get()));
                case LT -> orderedPair(left, right) && ValueOrder.compare(left.get(), right.get()) < 0;
                case LE -> orderedPair(left, right) && ValueOrder.compare(left.get(), right.get()) <= 0;
                case GT -> orderedPair(left, right) && ValueOrder.compare(left.get(), right.get()) > 0;
                case GE -> orderedPair(left, right) && ValueOrder.compare(left.get(), right.get()) >= 0;
            };
        }

        @Override
        public Boolean visitBetween(Condition.Between between) {
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

        @Override
        public Boolean visitIn(Condition.In in) {
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

        @Override
        public Boolean visitAnd(Condition.And and) {
            return test(and.left()) && test(and.right());
        }

        @Override
        public Boolean visitOr(Condition.Or or) {
            return test(or.left()) || test(or.right());
        }

        @Override
        public Boolean visitNot(Condition.Not not) {
            return !test(not.condition());
        }

        @Override
        public Boolean visitAttributeExists(Condition.AttributeExists exists) {
            return value(exists.path()).isPresent();
        }

        @Override
        public Boolean visitAttributeNotExists(Condition.AttributeNotExists notExists) {
            return value(notExists.path()).isEmpty();
        }

        @Override
        public Boolean visitAttributeType(Condition.AttributeType attributeType) {
            Optional<AttributeValue> subject = value(attributeType.subject());
            Optional<AttributeValue> type = value(attributeType.type());
            if (subject.isEmpty() || type.isEmpty()) {
                return false;
            }
            AttributeValue.StringValue name = ScalarViews.string(type.get());
            return name != null && subject.get().type().name().equals(name.value());
        }

        @Override
        public Boolean visitBeginsWith(Condition.BeginsWith beginsWith) {
            Optional<AttributeValue> subject = value(beginsWith.subject());
            Optional<AttributeValue> prefix = value(beginsWith.prefix());
            return subject.isPresent() && prefix.isPresent() && ValueFunctions.beginsWith(subject.get(), prefix.get());
        }

        @Override
        public Boolean visitContains(Condition.Contains contains) {
            Optional<AttributeValue> subject = value(contains.subject());
            Optional<AttributeValue> operand = value(contains.operand());
            return subject.isPresent() && operand.isPresent() && ValueFunctions.contains(subject.get(), operand.get());
        }

        private static boolean orderedPair(Optional<AttributeValue> left, Optional<AttributeValue> right) {
            return left.isPresent() && right.isPresent() && ordered(left.get(), right.get());
        }

        private static boolean ordered(AttributeValue left, AttributeValue right) {
            return left.type() == right.type() && ValueOrder.isOrdered(left.type());
        }

        private Optional<AttributeValue> value(Operand operand) {
            return operand.accept(this);
        }

        @Override
        public Optional<AttributeValue> visitPath(Operand.Path path) {
            return ResolvedPath.of(path.path(), names).find(item);
        }

        @Override
        public Optional<AttributeValue> visitValue(Operand.Value value) {
            return Optional.ofNullable(values.get(value.token()));
        }

        @Override
        public Optional<AttributeValue> visitSize(Operand.Size size) {
            return value(size.argument()).flatMap(ValueFunctions::size);
        }
    }
}
