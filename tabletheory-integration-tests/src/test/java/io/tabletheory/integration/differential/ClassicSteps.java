package io.tabletheory.integration.differential;

import io.tabletheory.api.request.AttributeAction;
import io.tabletheory.api.request.AttributeValueUpdate;
import io.tabletheory.api.request.ClassicCondition;
import io.tabletheory.api.request.ComparisonOperator;
import io.tabletheory.api.request.ConditionalOperator;
import io.tabletheory.api.request.ExpectedAttributeValue;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.api.request.ReturnValue;
import io.tabletheory.api.request.ScanRequest;
import io.tabletheory.api.request.UpdateItemRequest;
import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generators of requests with the classic (pre-expression) parameters: PutItem and UpdateItem with {@code Expected}
 * and {@code ConditionalOperator}, UpdateItem with {@code AttributeUpdates}, Query with {@code KeyConditions} and
 * {@code QueryFilter}, Scan with {@code ScanFilter}, and {@code AttributesToGet} on GetItem, Query and Scan. Operators
 * and value counts are drawn freely, so some requests are invalid and both backends must refuse them alike; the AWS
 * adapter and the server must carry every member across the wire unchanged.
 */
final class ClassicSteps {
    private static final List<String> CONDITION_ATTRIBUTES = List.of("a", "b", "c", "l", Schema.PK);

    private ClassicSteps() {}

    /** A classic write: a PutItem with Expected, or an UpdateItem with AttributeUpdates and perhaps Expected. */
    static Gen<Step> write() {
        return Generate.booleans().flatMap(put -> random -> put ? put(random) : update(random));
    }

    /** A classic read: a GetItem, Query or Scan with the classic parameters. */
    static Gen<Step> read() {
        return Generate.range(0, 2).flatMap(kind -> random -> switch (kind) {
            case 0 -> new Step.Get(
                    GetItemRequest.builder(Schema.PLACEHOLDER_TABLE, Items.key().generate(random))
                            .attributesToGet(attributesToGet(random))
                            .consistentRead(true)
                            .build());
            case 1 -> new Step.Query(QueryRequest.builder(Schema.PLACEHOLDER_TABLE)
                    .keyConditions(keyConditions(random))
                    .queryFilter(conditions(random, List.of("a", "b", "c", "l")))
                    .conditionalOperator(conditionalOperator(random))
                    .attributesToGet(attributesToGet(random))
                    .scanIndexForward(Generate.booleans().generate(random))
                    .build());
            default -> new Step.Scan(ScanRequest.builder(Schema.PLACEHOLDER_TABLE)
                    .scanFilter(conditions(random, CONDITION_ATTRIBUTES))
                    .conditionalOperator(conditionalOperator(random))
                    .attributesToGet(attributesToGet(random))
                    .build());
        });
    }

    private static Step put(RandomnessSource random) {
        return new Step.Put(
                PutItemRequest.builder(Schema.PLACEHOLDER_TABLE, Items.item().generate(random))
                        .expected(expected(random))
                        .conditionalOperator(conditionalOperator(random))
                        .returnValues(Generate.booleans().generate(random) ? ReturnValue.ALL_OLD : ReturnValue.NONE)
                        .build());
    }

    private static Step update(RandomnessSource random) {
        Map<String, AttributeValueUpdate> updates = new LinkedHashMap<>();
        int count = Generate.range(0, 3).generate(random);
        for (int i = 0; i < count; i++) {
            String attribute = Generate.pick(Schema.PLAIN_ATTRIBUTES).generate(random);
            Optional<AttributeValue> value = Values.any().toOptionals(80).generate(random);
            updates.put(
                    attribute,
                    new AttributeValueUpdate(
                            value, Generate.enumValues(AttributeAction.class).generate(random)));
        }
        Map<String, ExpectedAttributeValue> expected =
                Generate.booleans().generate(random) ? expected(random) : Map.of();
        return new Step.Update(
                UpdateItemRequest.builder(Schema.PLACEHOLDER_TABLE, Items.key().generate(random))
                        .attributeUpdates(updates)
                        .expected(expected)
                        .conditionalOperator(expected.size() > 1 ? conditionalOperator(random) : null)
                        .returnValues(Generate.enumValues(ReturnValue.class).generate(random))
                        .build(),
                !updates.isEmpty()
                        && updates.values().stream().allMatch(update -> update.action() == AttributeAction.DELETE));
    }

    private static Map<String, ExpectedAttributeValue> expected(RandomnessSource random) {
        Map<String, ExpectedAttributeValue> expected = new LinkedHashMap<>();
        int count = Generate.range(0, 2).generate(random);
        for (int i = 0; i < count; i++) {
            String attribute = Generate.pick(CONDITION_ATTRIBUTES).generate(random);
            ExpectedAttributeValue condition =
                    switch (Generate.range(0, 2).generate(random)) {
                        case 0 -> ExpectedAttributeValue.equalTo(Values.scalar().generate(random));
                        case 1 -> ExpectedAttributeValue.missing();
                        default -> ExpectedAttributeValue.satisfying(condition(random));
                    };
            expected.put(attribute, condition);
        }
        return expected;
    }

    private static Map<String, ClassicCondition> keyConditions(RandomnessSource random) {
        Map<String, ClassicCondition> conditions = new LinkedHashMap<>();
        conditions.put(
                Schema.PK,
                ClassicCondition.of(ComparisonOperator.EQ, Items.partition().generate(random)));
        if (Generate.booleans().generate(random)) {
            ComparisonOperator operator = Generate.pick(List.of(
                            ComparisonOperator.EQ,
                            ComparisonOperator.LT,
                            ComparisonOperator.LE,
                            ComparisonOperator.GT,
                            ComparisonOperator.GE,
                            ComparisonOperator.BETWEEN))
                    .generate(random);
            List<AttributeValue> bounds = new ArrayList<>();
            int first = Generate.pick(Schema.SORTS).generate(random);
            bounds.add(AttributeValue.ofNumber(first));
            if (operator == ComparisonOperator.BETWEEN) {
                bounds.add(AttributeValue.ofNumber(first + Generate.range(0, 2).generate(random)));
            }
            conditions.put(Schema.SK, new ClassicCondition(operator, bounds));
        }
        return conditions;
    }

    private static Map<String, ClassicCondition> conditions(RandomnessSource random, List<String> attributes) {
        Map<String, ClassicCondition> conditions = new LinkedHashMap<>();
        int count = Generate.range(0, 2).generate(random);
        for (int i = 0; i < count; i++) {
            conditions.put(Generate.pick(attributes).generate(random), condition(random));
        }
        return conditions;
    }

    /** Any operator with zero to two scalar values, mostly the count it takes. */
    private static ClassicCondition condition(RandomnessSource random) {
        ComparisonOperator operator =
                Generate.enumValues(ComparisonOperator.class).generate(random);
        int count =
                switch (operator) {
                    case NULL, NOT_NULL -> 0;
                    case BETWEEN -> 2;
                    case IN -> Generate.range(1, 2).generate(random);
                    case EQ, NE, LT, LE, GT, GE, CONTAINS, NOT_CONTAINS, BEGINS_WITH -> 1;
                };
        if (Generate.range(0, 9).generate(random) == 0) {
            count = Generate.range(0, 2).generate(random);
        }
        List<AttributeValue> values = new ArrayList<>();
        Gen<AttributeValue> scalar = Generate.oneOf(Values.string(), Values.number(), Values.binary());
        for (int i = 0; i < count; i++) {
            values.add(scalar.generate(random));
        }
        return new ClassicCondition(operator, values);
    }

    private static ConditionalOperator conditionalOperator(RandomnessSource random) {
        return Generate.enumValues(ConditionalOperator.class)
                .toOptionals(50)
                .generate(random)
                .orElse(null);
    }

    private static List<String> attributesToGet(RandomnessSource random) {
        List<String> names = new ArrayList<>();
        for (String attribute : List.of(Schema.PK, Schema.SK, "a", "b", "m")) {
            if (Generate.range(0, 2).generate(random) == 0) {
                names.add(attribute);
            }
        }
        return names;
    }
}
