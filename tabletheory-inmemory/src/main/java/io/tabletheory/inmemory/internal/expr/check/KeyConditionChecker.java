package io.tabletheory.inmemory.internal.expr.check;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.expr.eval.KeyCondition;
import io.tabletheory.inmemory.internal.expr.eval.ResolvedPath;
import io.tabletheory.inmemory.internal.expr.eval.SortKeyCondition;
import io.tabletheory.inmemory.internal.expr.syntax.Comparator;
import io.tabletheory.inmemory.internal.expr.syntax.Condition;
import io.tabletheory.inmemory.internal.expr.syntax.LeafViews;
import io.tabletheory.inmemory.internal.expr.syntax.Operand;
import io.tabletheory.inmemory.internal.expr.syntax.ParsedKeyCondition;
import io.tabletheory.inmemory.internal.table.KeyAttribute;
import io.tabletheory.inmemory.internal.table.KeySchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Matches a parsed KeyConditionExpression to the key of the table or index a Query reads, with DynamoDB's
 * messages, after the table is known: at most one condition per attribute ({@code KeyConditionExpressions must
 * only contain one condition per key}); a condition on the partition key ({@code Query condition missed key schema
 * element: pk}), of the key's type ({@code Condition parameter type does not match schema type}) and with {@code
 * =} only ({@code Query key condition not supported}); any other condition on the sort key (a condition on another
 * attribute reports the missing sort key, or, without a sort key, an unsupported condition).
 */
public final class KeyConditionChecker {
    private static final String TYPE_MISMATCH =
            "One or more parameter values were invalid: Condition parameter type does not match schema type";
    private static final String NOT_SUPPORTED = "Query key condition not supported";

    private KeyConditionChecker() {}

    /**
     * The key condition of {@code parsed} on {@code key}, given the request's names and values (already checked
     * to define every placeholder).
     *
     * @throws ValidationException with DynamoDB's message
     */
    public static KeyCondition check(
            ParsedKeyCondition parsed, KeySchema key, Map<String, String> names, Map<String, AttributeValue> values) {
        Map<String, Term> byAttribute = new LinkedHashMap<>();
        for (Condition condition : parsed.terms()) {
            Term term = condition.accept(TERM);
            String attribute =
                    ResolvedPath.of(LeafViews.path(term.subject()), names).attribute();
            if (byAttribute.putIfAbsent(attribute, term) != null) {
                throw new ValidationException("KeyConditionExpressions must only contain one condition per key");
            }
        }
        Term partitionTerm = byAttribute.remove(key.partition().name());
        if (partitionTerm == null) {
            throw new ValidationException("Query condition missed key schema element: "
                    + key.partition().name());
        }
        List<AttributeValue> partitionValues = literals(partitionTerm, values);
        checkTypes(key.partition(), partitionValues);
        if (!partitionTerm.equality()) {
            throw new ValidationException(NOT_SUPPORTED);
        }
        if (byAttribute.isEmpty()) {
            return new KeyCondition(partitionValues.get(0), Optional.empty());
        }
        if (key.sort().isEmpty()) {
            throw new ValidationException(NOT_SUPPORTED);
        }
        KeyAttribute sort = key.sort().get();
        Term sortTerm = byAttribute.remove(sort.name());
        if (sortTerm == null) {
            throw new ValidationException("Query condition missed key schema element: " + sort.name());
        }
        if (!byAttribute.isEmpty()) {
            throw new ValidationException(NOT_SUPPORTED);
        }
        List<AttributeValue> sortValues = literals(sortTerm, values);
        checkTypes(sort, sortValues);
        return new KeyCondition(
                partitionValues.get(0), Optional.of(sortTerm.sortCondition().apply(sortValues)));
    }

    private static List<AttributeValue> literals(Term term, Map<String, AttributeValue> values) {
        List<AttributeValue> literals = new ArrayList<>();
        for (Operand operand : term.literals()) {
            literals.add(values.get(LeafViews.valueToken(operand)));
        }
        return literals;
    }

    private static void checkTypes(KeyAttribute attribute, List<AttributeValue> literals) {
        for (AttributeValue literal : literals) {
            if (literal.type() != attribute.type().attributeType()) {
                throw new ValidationException(TYPE_MISMATCH);
            }
        }
    }

    /**
     * One key term taken apart: the key attribute's operand, the value operands, whether it is an equality (the only
     * partition key condition), and the sort key condition it makes of the values.
     */
    private record Term(
            Operand subject,
            List<Operand> literals,
            boolean equality,
            Function<List<AttributeValue>, SortKeyCondition> sortCondition) {}

    /** Takes a key term apart; the parser admits only comparisons, BETWEEN and begins_with as terms. */
    private static final Condition.Visitor<Term> TERM = new Condition.Visitor<>() {
        @Override
        public Term visitCompare(Condition.Compare compare) {
            return new Term(
                    compare.left(),
                    List.of(compare.right()),
                    compare.comparator() == Comparator.EQ,
                    literals -> new SortKeyCondition.Compare(compare.comparator(), literals.get(0)));
        }

        @Override
        public Term visitBetween(Condition.Between between) {
            return new Term(
                    between.value(),
                    List.of(between.lower(), between.upper()),
                    false,
                    literals -> new SortKeyCondition.Between(literals.get(0), literals.get(1)));
        }

        @Override
        public Term visitBeginsWith(Condition.BeginsWith beginsWith) {
            return new Term(
                    beginsWith.subject(),
                    List.of(beginsWith.prefix()),
                    false,
                    literals -> new SortKeyCondition.BeginsWith(literals.get(0)));
        }

        @Override
        public Term visitIn(Condition.In in) {
            throw new ValidationException(NOT_SUPPORTED);
        }

        @Override
        public Term visitAnd(Condition.And and) {
            throw new ValidationException(NOT_SUPPORTED);
        }

        @Override
        public Term visitOr(Condition.Or or) {
            throw new ValidationException(NOT_SUPPORTED);
        }

        @Override
        public Term visitNot(Condition.Not not) {
            throw new ValidationException(NOT_SUPPORTED);
        }

        @Override
        public Term visitAttributeExists(Condition.AttributeExists exists) {
            throw new ValidationException(NOT_SUPPORTED);
        }

        @Override
        public Term visitAttributeNotExists(Condition.AttributeNotExists notExists) {
            throw new ValidationException(NOT_SUPPORTED);
        }

        @Override
        public Term visitAttributeType(Condition.AttributeType attributeType) {
            throw new ValidationException(NOT_SUPPORTED);
        }

        @Override
        public Term visitContains(Condition.Contains contains) {
            throw new ValidationException(NOT_SUPPORTED);
        }
    };
}
