package io.tabletheory.integration.differential;

import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.api.request.ScanRequest;
import io.tabletheory.api.request.Select;
import io.tabletheory.api.value.AttributeValue;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of Query and Scan requests on the table, the global index and the local index: key conditions with
 * {@code =}, the comparators, {@code BETWEEN} and {@code begins_with}; optional filters, projections, Limit,
 * ScanIndexForward, ConsistentRead and {@code Select COUNT}. The runner follows every page.
 *
 * <p>Key conditions are always valid ({@code begins_with} only on the local index's string sort key, BETWEEN bounds
 * in order), because DynamoDB's answer is not known: when both the key condition and the filter are invalid, the
 * emulator reports the key condition and DynamoDB Local reported the filter. ConsistentRead is never asked of the
 * global index, because DynamoDB's order is not known for a request that also has an expression error: DynamoDB
 * Local refused the ConsistentRead before it validated the expressions, the emulator after (research §1.17 puts
 * static expression checks first on DynamoDB, and §3a records Local checking its tables first).
 */
final class Reads {
    /** What a read targets. */
    enum Target {
        TABLE,
        GLOBAL_INDEX,
        LOCAL_INDEX
    }

    private static final List<String> SORT_CONDITIONS = List.of("=", "<", "<=", ">", ">=", "BETWEEN", "begins_with");

    /** The optional settings shared by Query and Scan. */
    private record Options(
            Optional<Fragment> filter,
            Optional<Fragment> projection,
            Optional<Integer> limit,
            boolean count,
            boolean consistent) {}

    private Reads() {}

    /** A Query. */
    static Gen<Step> query() {
        return Generate.enumValues(Target.class)
                .zip(
                        Generate.pick(SORT_CONDITIONS).toOptionals(30),
                        Generate.range(0, 3),
                        Generate.range(0, 3),
                        (target, sortCondition, first, second) -> (Gen<Step>) random -> {
                            Options options = options(target).generate(random);
                            Placeholders p = new Placeholders();
                            String keyCondition = keyCondition(target, sortCondition, first, second, p);
                            return new Step.Query(QueryRequest.builder(Schema.PLACEHOLDER_TABLE)
                                    .indexName(indexName(target))
                                    .keyConditionExpression(keyCondition)
                                    .filterExpression(options.filter()
                                            .map(f -> f.render(p))
                                            .orElse(null))
                                    .projectionExpression(options.projection()
                                            .map(f -> f.render(p))
                                            .orElse(null))
                                    .expressionAttributeNames(p.names())
                                    .expressionAttributeValues(p.values())
                                    .select(options.count() ? Select.COUNT : null)
                                    .limit(options.limit().orElse(null))
                                    .scanIndexForward(first % 2 == 0)
                                    .consistentRead(options.consistent())
                                    .build());
                        })
                .flatMap(step -> step);
    }

    /** A Scan. */
    static Gen<Step> scan() {
        return Generate.enumValues(Target.class).flatMap(target -> random -> {
            Options options = options(target).generate(random);
            Placeholders p = new Placeholders();
            return new Step.Scan(ScanRequest.builder(Schema.PLACEHOLDER_TABLE)
                    .indexName(indexName(target))
                    .filterExpression(options.filter().map(f -> f.render(p)).orElse(null))
                    .projectionExpression(
                            options.projection().map(f -> f.render(p)).orElse(null))
                    .expressionAttributeNames(p.names())
                    .expressionAttributeValues(p.values())
                    .select(options.count() ? Select.COUNT : null)
                    .limit(options.limit().orElse(null))
                    .consistentRead(options.consistent())
                    .build());
        });
    }

    private static Gen<Options> options(Target target) {
        Gen<Fragment> filters = target == Target.LOCAL_INDEX ? Conditions.projectedFilter() : Conditions.filter();
        return filters.toOptionals(60)
                .zip(
                        Operations.projection().toOptionals(75),
                        Generate.range(1, 4).toOptionals(50),
                        Generate.range(0, 9),
                        (filter, projection, limit, dice) -> new Options(
                                filter,
                                projection,
                                limit,
                                dice == 0 && projection.isEmpty(),
                                dice % 3 == 1 && target != Target.GLOBAL_INDEX));
    }

    private static String indexName(Target target) {
        switch (target) {
            case GLOBAL_INDEX:
                return Schema.GSI;
            case LOCAL_INDEX:
                return Schema.LSI;
            default:
                return null;
        }
    }

    private static String keyCondition(
            Target target, Optional<String> sortCondition, int first, int second, Placeholders p) {
        String partitionKey;
        AttributeValue partition;
        String sortKey;
        List<AttributeValue> sorts;
        switch (target) {
            case GLOBAL_INDEX:
                partitionKey = Schema.GSI_PK;
                partition = AttributeValue.ofString(Schema.GSI_PARTITIONS.get(first % Schema.GSI_PARTITIONS.size()));
                sortKey = Schema.GSI_SK;
                sorts = Schema.GSI_SORTS.stream()
                        .map(n -> (AttributeValue) AttributeValue.ofNumber(n))
                        .toList();
                break;
            case LOCAL_INDEX:
                partitionKey = Schema.PK;
                partition = AttributeValue.ofString(Schema.PARTITIONS.get(first % Schema.PARTITIONS.size()));
                sortKey = Schema.LSI_SK;
                sorts = Schema.LSI_SORTS.stream()
                        .map(s -> (AttributeValue) AttributeValue.ofString(s))
                        .toList();
                break;
            default:
                partitionKey = Schema.PK;
                partition = AttributeValue.ofString(Schema.PARTITIONS.get(first % Schema.PARTITIONS.size()));
                sortKey = Schema.SK;
                sorts = Schema.SORTS.stream()
                        .map(n -> (AttributeValue) AttributeValue.ofNumber(n))
                        .toList();
                break;
        }
        String text = partitionKey + " = " + p.value(partition);
        if (sortCondition.isEmpty()) {
            return text;
        }
        AttributeValue low = sorts.get(Math.min(first % sorts.size(), second % sorts.size()));
        AttributeValue high = sorts.get(Math.max(first % sorts.size(), second % sorts.size()));
        String operator = sortCondition.get();
        if (operator.equals("begins_with") && target != Target.LOCAL_INDEX) {
            operator = "<=";
        }
        if (operator.equals("BETWEEN")) {
            return text + " AND " + sortKey + " BETWEEN " + p.value(low) + " AND " + p.value(high);
        }
        if (operator.equals("begins_with")) {
            return text + " AND begins_with(" + sortKey + ", " + p.value(high) + ")";
        }
        return text + " AND " + sortKey + " " + operator + " " + p.value(second % 2 == 0 ? low : high);
    }
}
