package io.tabletheory.inmemory.internal.expr.check;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.expr.eval.KeyCondition;
import io.tabletheory.inmemory.internal.expr.eval.ResolvedPath;
import io.tabletheory.inmemory.internal.expr.eval.SortKeyCondition;
import io.tabletheory.inmemory.internal.expr.syntax.Comparator;
import io.tabletheory.inmemory.internal.expr.syntax.Condition;
import io.tabletheory.inmemory.internal.expr.syntax.Operand;
import io.tabletheory.inmemory.internal.expr.syntax.ParsedKeyCondition;
import io.tabletheory.inmemory.internal.table.KeyAttribute;
import io.tabletheory.inmemory.internal.table.KeySchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        Map<String, Condition> byAttribute = new LinkedHashMap<>();
        for (Condition term : parsed.terms()) {
            String attribute = attribute(term, names);
            if (byAttribute.putIfAbsent(attribute, term) != null) {
                throw new ValidationException("KeyConditionExpressions must only contain one condition per key");
            }
        }
        Condition partitionTerm = byAttribute.remove(key.partition().name());
        if (partitionTerm == null) {
            throw new ValidationException("Query condition missed key schema element: "
                    + key.partition().name());
        }
        List<AttributeValue> partitionValues = literals(partitionTerm, values);
        checkTypes(key.partition(), partitionValues);
        if (!(partitionTerm instanceof Condition.Compare compare) || compare.comparator() != Comparator.EQ) {
            throw new ValidationException(NOT_SUPPORTED);
        }
        if (byAttribute.isEmpty()) {
            return new KeyCondition(partitionValues.get(0), Optional.empty());
        }
        if (key.sort().isEmpty()) {
            throw new ValidationException(NOT_SUPPORTED);
        }
        KeyAttribute sort = key.sort().get();
        Condition sortTerm = byAttribute.remove(sort.name());
        if (sortTerm == null) {
            throw new ValidationException("Query condition missed key schema element: " + sort.name());
        }
        if (!byAttribute.isEmpty()) {
            throw new ValidationException(NOT_SUPPORTED);
        }
        List<AttributeValue> sortValues = literals(sortTerm, values);
        checkTypes(sort, sortValues);
        return new KeyCondition(partitionValues.get(0), Optional.of(sortCondition(sortTerm, sortValues)));
    }

    private static SortKeyCondition sortCondition(Condition term, List<AttributeValue> literals) {
        if (term instanceof Condition.Compare compare) {
            return new SortKeyCondition.Compare(compare.comparator(), literals.get(0));
        }
        if (term instanceof Condition.Between) {
            return new SortKeyCondition.Between(literals.get(0), literals.get(1));
        }
        return new SortKeyCondition.BeginsWith(literals.get(0));
    }

    private static String attribute(Condition term, Map<String, String> names) {
        Operand first;
        if (term instanceof Condition.Compare compare) {
            first = compare.left();
        } else if (term instanceof Condition.Between between) {
            first = between.value();
        } else {
            first = ((Condition.BeginsWith) term).subject();
        }
        ResolvedPath path = ResolvedPath.of(((Operand.Path) first).path(), names);
        return path.attribute();
    }

    private static List<AttributeValue> literals(Condition term, Map<String, AttributeValue> values) {
        List<Operand> operands = new ArrayList<>();
        if (term instanceof Condition.Compare compare) {
            operands.add(compare.right());
        } else if (term instanceof Condition.Between between) {
            operands.add(between.lower());
            operands.add(between.upper());
        } else {
            operands.add(((Condition.BeginsWith) term).prefix());
        }
        List<AttributeValue> literals = new ArrayList<>();
        for (Operand operand : operands) {
            literals.add(values.get(((Operand.Value) operand).token()));
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
}
