package io.tabletheory.engine.internal.read;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.condition.Operator;
import io.tabletheory.engine.internal.condition.Term;
import io.tabletheory.engine.internal.expression.Condition;
import io.tabletheory.engine.internal.mapping.FieldMapping;
import io.tabletheory.engine.internal.mapping.IndexDefinition;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides how a read runs, the same way whatever the order of the {@code where} calls:
 *
 * <ol>
 *   <li>GetItem, when the conditions are exactly {@code =} on the table's full primary key, with no filter and no
 *       index named;
 *   <li>otherwise a Query of the first key schema, among the table, its local indexes and its global indexes (in
 *       that order, each in declaration order), that has an {@code =} condition on its partition key, preferring one
 *       whose sort key also has an {@code =} condition, then one with any sort-key condition; with {@code
 *       consistentRead()} global indexes are not candidates; a named index is the only candidate;
 *   <li>otherwise a Scan (of the named index, if any), with every condition in the filter.
 * </ol>
 *
 * <p>Key conditions never leak into the filter, and DynamoDB refuses filters on the key attributes of a Query, so a
 * condition on a queried key attribute that cannot be a key condition is an {@link IllegalArgumentException}.
 */
public final class ReadPlanner {
    private ReadPlanner() {}

    private record Candidate(
            Optional<IndexDefinition> index, FieldMapping partitionKey, Optional<FieldMapping> sortKey) {
        String describe(ModelSchema<?> schema) {
            return index.map(definition -> (definition.global() ? "global" : "local") + " index " + definition.name())
                    .orElse("table " + schema.tableName());
        }
    }

    /**
     * The plan of a read.
     *
     * @param where the {@code where} terms
     * @param filter the explicit filter chain's condition
     * @param indexName the index named with {@code index(...)}
     * @param consistentRead whether the read must be strongly consistent
     * @param forceScan whether the caller asked for a Scan
     */
    public static ReadPlan plan(
            ModelSchema<?> schema,
            List<Term> where,
            Optional<Condition> filter,
            Optional<String> indexName,
            boolean consistentRead,
            boolean forceScan) {
        Optional<IndexDefinition> named = indexName.map(name -> index(schema, name));
        named.ifPresent(index -> {
            if (index.global() && consistentRead) {
                throw new IllegalArgumentException("consistentRead() cannot read global secondary index " + index.name()
                        + ": DynamoDB's global indexes are only eventually consistent");
            }
        });
        if (!forceScan && named.isEmpty() && filter.isEmpty()) {
            Optional<Map<String, AttributeValue>> key = fullKey(schema, where);
            if (key.isPresent()) {
                return new ReadPlan.GetItem(key.get());
            }
        }
        if (!forceScan) {
            List<Candidate> candidates = candidates(schema, named, consistentRead);
            Optional<Candidate> chosen = candidates.stream()
                    .filter(candidate ->
                            equality(where, candidate.partitionKey()).isPresent())
                    .max(Comparator.comparingInt((Candidate candidate) -> score(where, candidate))
                            .thenComparing(candidate -> -candidates.indexOf(candidate)));
            if (chosen.isPresent()) {
                return query(schema, chosen.get(), where, filter);
            }
        }
        List<Condition> all = new ArrayList<>();
        where.forEach(term -> all.add(term.condition()));
        filter.ifPresent(all::add);
        return new ReadPlan.Scan(named, Condition.allOf(all), pageKeyFields(schema, named));
    }

    private static ReadPlan.Query query(
            ModelSchema<?> schema, Candidate candidate, List<Term> where, Optional<Condition> filter) {
        Term partition = equality(where, candidate.partitionKey()).orElseThrow();
        Optional<Term> sort = candidate.sortKey().flatMap(field -> bestSortTerm(where, field));
        List<Condition> keyConditions = new ArrayList<>();
        keyConditions.add(partition.condition());
        sort.ifPresent(term -> keyConditions.add(term.condition()));
        List<Condition> filters = new ArrayList<>();
        for (Term term : where) {
            if (term == partition || (sort.isPresent() && term == sort.get())) {
                continue;
            }
            boolean onKey = term.field() == candidate.partitionKey()
                    || candidate.sortKey().map(field -> field == term.field()).orElse(false);
            if (onKey) {
                throw new IllegalArgumentException("the condition "
                        + term.field().javaName() + " "
                        + term.operator().text() + " cannot run on "
                        + candidate.describe(schema) + ": it is a second condition on a key attribute, or one DynamoDB"
                        + " does not accept in a key condition, and DynamoDB refuses filters on the key attributes of"
                        + " a query");
            }
            filters.add(term.condition());
        }
        filter.ifPresent(filters::add);
        return new ReadPlan.Query(
                candidate.index(),
                Condition.allOf(keyConditions).orElseThrow(),
                Condition.allOf(filters),
                pageKeyFields(schema, candidate.index()));
    }

    private static List<Candidate> candidates(
            ModelSchema<?> schema, Optional<IndexDefinition> named, boolean consistentRead) {
        if (named.isPresent()) {
            IndexDefinition index = named.get();
            return List.of(new Candidate(named, index.partitionKey(), index.sortKey()));
        }
        List<Candidate> candidates = new ArrayList<>();
        candidates.add(new Candidate(Optional.empty(), schema.partitionKey(), schema.sortKey()));
        for (IndexDefinition index : schema.indexes()) {
            if (!index.global()) {
                candidates.add(new Candidate(Optional.of(index), index.partitionKey(), index.sortKey()));
            }
        }
        if (!consistentRead) {
            for (IndexDefinition index : schema.indexes()) {
                if (index.global()) {
                    candidates.add(new Candidate(Optional.of(index), index.partitionKey(), index.sortKey()));
                }
            }
        }
        return candidates;
    }

    private static int score(List<Term> where, Candidate candidate) {
        Optional<Term> sort = candidate.sortKey().flatMap(field -> bestSortTerm(where, field));
        if (sort.isEmpty()) {
            return 1;
        }
        return sort.get().operator() == Operator.EQUAL ? 3 : 2;
    }

    private static Optional<Term> equality(List<Term> where, FieldMapping field) {
        for (Term term : where) {
            if (term.field() == field && term.operator() == Operator.EQUAL) {
                return Optional.of(term);
            }
        }
        return Optional.empty();
    }

    /** The sort-key term to use as key condition: an equality first, then BETWEEN, begins_with, then a range. */
    private static Optional<Term> bestSortTerm(List<Term> where, FieldMapping field) {
        List<Operator> preference = List.of(
                Operator.EQUAL,
                Operator.BETWEEN,
                Operator.BEGINS_WITH,
                Operator.GREATER_THAN_OR_EQUAL,
                Operator.GREATER_THAN,
                Operator.LESS_THAN_OR_EQUAL,
                Operator.LESS_THAN);
        return where.stream()
                .filter(term -> term.field() == field && term.operator().isSortKeyCondition())
                .min(Comparator.comparingInt(term -> preference.indexOf(term.operator())));
    }

    private static Optional<Map<String, AttributeValue>> fullKey(ModelSchema<?> schema, List<Term> where) {
        List<FieldMapping> keyFields = schema.keyFields();
        if (where.size() != keyFields.size()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (FieldMapping field : keyFields) {
            Optional<Term> term = equality(where, field);
            if (term.isEmpty()) {
                return Optional.empty();
            }
            key.put(field.attributeName(), term.get().values().get(0));
        }
        return Optional.of(key);
    }

    private static List<FieldMapping> pageKeyFields(ModelSchema<?> schema, Optional<IndexDefinition> index) {
        List<FieldMapping> fields = new ArrayList<>(schema.keyFields());
        index.ifPresent(definition -> {
            if (!fields.contains(definition.partitionKey())) {
                fields.add(definition.partitionKey());
            }
            definition.sortKey().filter(sort -> !fields.contains(sort)).ifPresent(fields::add);
        });
        return fields;
    }

    /**
     * The model's index of this name.
     *
     * @throws IllegalArgumentException when the model declares no such index, listing those it declares
     */
    public static IndexDefinition index(ModelSchema<?> schema, String name) {
        return schema.indexes().stream()
                .filter(index -> index.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(schema.modelName() + " declares no index '" + name
                        + "'; its indexes are "
                        + schema.indexes().stream()
                                .map(IndexDefinition::name)
                                .collect(Collectors.joining(", ", "[", "]"))));
    }
}
