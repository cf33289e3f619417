package io.tabletheory.integration.differential;

import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.ReturnValue;
import io.tabletheory.api.request.ReturnValuesOnConditionCheckFailure;
import io.tabletheory.api.request.UpdateItemRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of the item operations (PutItem, GetItem, DeleteItem, UpdateItem) with their optional parameters:
 * conditions, projections, every ReturnValues mode the operation takes (UPDATED_OLD and UPDATED_NEW of nested paths
 * too: DynamoDB returns the touched fragments, research §1.10), and ReturnValuesOnConditionCheckFailure.
 */
final class Operations {
    private Operations() {}

    /** PutItem, a third of them conditional. */
    static Gen<Step> put() {
        return Items.item()
                .zip(
                        Conditions.condition().toOptionals(67),
                        Generate.booleans(),
                        Generate.booleans(),
                        (item, condition, allOld, onFailure) -> {
                            Placeholders p = new Placeholders();
                            String text = condition.map(c -> c.render(p)).orElse(null);
                            return new Step.Put(PutItemRequest.builder(Schema.PLACEHOLDER_TABLE, item)
                                    .conditionExpression(text)
                                    .expressionAttributeNames(p.names())
                                    .expressionAttributeValues(p.values())
                                    .returnValues(allOld ? ReturnValue.ALL_OLD : ReturnValue.NONE)
                                    .returnValuesOnConditionCheckFailure(onFailureMode(text, onFailure))
                                    .build());
                        });
    }

    /** GetItem, half of them with a projection. */
    static Gen<Step> get() {
        return Items.key().zip(projection().toOptionals(50), Generate.booleans(), (key, projection, consistent) -> {
            Placeholders p = new Placeholders();
            return new Step.Get(GetItemRequest.builder(Schema.PLACEHOLDER_TABLE, key)
                    .projectionExpression(projection.map(f -> f.render(p)).orElse(null))
                    .expressionAttributeNames(p.names())
                    .consistentRead(consistent)
                    .build());
        });
    }

    /** DeleteItem, half of them conditional. */
    static Gen<Step> delete() {
        return Items.key()
                .zip(
                        Conditions.condition().toOptionals(50),
                        Generate.booleans(),
                        Generate.booleans(),
                        (key, condition, allOld, onFailure) -> {
                            Placeholders p = new Placeholders();
                            String text = condition.map(c -> c.render(p)).orElse(null);
                            return new Step.Delete(DeleteItemRequest.builder(Schema.PLACEHOLDER_TABLE, key)
                                    .conditionExpression(text)
                                    .expressionAttributeNames(p.names())
                                    .expressionAttributeValues(p.values())
                                    .returnValues(allOld ? ReturnValue.ALL_OLD : ReturnValue.NONE)
                                    .returnValuesOnConditionCheckFailure(onFailureMode(text, onFailure))
                                    .build());
                        });
    }

    /** UpdateItem, a third of them conditional, in every ReturnValues mode. */
    static Gen<Step> update() {
        return Items.key()
                .zip(
                        Updates.update(),
                        Conditions.condition().toOptionals(67),
                        Generate.enumValues(ReturnValue.class),
                        Generate.booleans(),
                        (key, update, condition, returnValues, onFailure) -> {
                            Placeholders p = new Placeholders();
                            String expression = update.expression().render(p);
                            String text = update.retypesIndexKey()
                                    ? null
                                    : condition.map(c -> c.render(p)).orElse(null);
                            return new Step.Update(
                                    UpdateItemRequest.builder(Schema.PLACEHOLDER_TABLE, key)
                                            .updateExpression(expression)
                                            .conditionExpression(text)
                                            .expressionAttributeNames(p.names())
                                            .expressionAttributeValues(p.values())
                                            .returnValues(returnValues)
                                            .returnValuesOnConditionCheckFailure(onFailureMode(text, onFailure))
                                            .build(),
                                    update.onlyRemovesOrDeletes());
                        });
    }

    /**
     * A projection of one to three readable paths under distinct top-level attributes. Kept away from three paths of
     * which two overlap because DynamoDB's answer is not known: which pair its "Two document paths overlap" message
     * names (DynamoDB Local named a pair that does not overlap: {@code l, m, l[1]} gave "path one: [l], path two:
     * [m]").
     */
    static Gen<Fragment> projection() {
        return Generate.range(1, 3).flatMap(count -> random -> {
            List<Fragment> paths = new ArrayList<>();
            Set<String> attributes = new HashSet<>();
            for (int i = 0; i < count; i++) {
                Path path = Paths.readable().generate(random);
                if (attributes.add(path.attribute())) {
                    paths.add(path.fragment());
                }
            }
            return p ->
                    String.join(", ", paths.stream().map(path -> path.render(p)).toList());
        });
    }

    private static ReturnValuesOnConditionCheckFailure onFailureMode(String condition, boolean allOld) {
        return condition != null && allOld
                ? ReturnValuesOnConditionCheckFailure.ALL_OLD
                : ReturnValuesOnConditionCheckFailure.NONE;
    }
}
