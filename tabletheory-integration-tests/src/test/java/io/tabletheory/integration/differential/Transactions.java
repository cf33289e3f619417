package io.tabletheory.integration.differential;

import static org.quicktheories.generators.SourceDSL.lists;

import io.tabletheory.api.request.ReturnConsumedCapacity;
import io.tabletheory.api.request.ReturnValuesOnConditionCheckFailure;
import io.tabletheory.api.request.TransactGetItem;
import io.tabletheory.api.request.TransactGetItemsRequest;
import io.tabletheory.api.request.TransactWriteItem;
import io.tabletheory.api.request.TransactWriteItemsRequest;
import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of TransactWriteItems (ConditionCheck, Put, Update and Delete actions, most with a condition, some
 * asking for the stored item with ReturnValuesOnConditionCheckFailure ALL_OLD) and TransactGetItems (half of the
 * reads with a projection) against the one differential table. Keys come from the tiny key space, so conditions
 * often fail and cancel the transaction with ConditionalCheckFailed reasons.
 *
 * <p>The generator stays off the transaction cases where DynamoDB Local is recorded to answer differently from
 * DynamoDB ({@code KnownDivergences}):
 *
 * <ul>
 *   <li>no two actions or reads ever name one item: Local does not detect a Put and a ConditionCheck of one item
 *       ({@code TRANSACTION_PUT_AND_CHECK_OF_ONE_ITEM}), and a transaction's actions are dropped rather than made
 *       distinct, so a transaction may end up with a single action;
 *   <li>no action has an item or key that fails validation: Local keeps validating after the first ValidationError
 *       ({@code TRANSACTION_VALIDATION_DOES_NOT_STOP}), and answers a TransactGetItems key that does not fit the
 *       schema without reasons ({@code TRANSACT_GET_MALFORMED_KEY_WITHOUT_REASONS});
 *   <li>an Update never fails on the stored item ({@link Updates#infallible}): Local refuses the whole request
 *       where DynamoDB cancels with a ValidationError reason ({@code TRANSACTION_UPDATE_ERROR_REFUSES_REQUEST}).
 * </ul>
 *
 * <p>Errors of a whole request are still compared: about one transaction in ten has, first or last, an extra
 * ConditionCheck whose condition refers to an undefined value placeholder, which both refuse with a
 * ValidationException (or with the static error of an earlier action's condition, such as BETWEEN bounds of two
 * types).
 */
final class Transactions {
    private Transactions() {}

    /** TransactWriteItems of one to four actions on distinct items, sometimes with an invalid fifth. */
    static Gen<Step> write() {
        Gen<TransactWriteItem> action = Generate.frequency(
                List.of(Pair.of(2, conditionCheck()), Pair.of(3, put()), Pair.of(3, update()), Pair.of(2, delete())));
        return lists().of(action).ofSizeBetween(1, 4).zip(Generate.range(0, 19), (actions, invalid) -> {
            List<TransactWriteItem> distinct = new ArrayList<>();
            Set<Map<String, AttributeValue>> keys = new HashSet<>();
            for (TransactWriteItem next : actions) {
                if (keys.add(key(next))) {
                    distinct.add(next);
                }
            }
            if (invalid < 2) {
                distinct.add(invalid == 0 ? 0 : distinct.size(), undefinedValue(keys));
            }
            return new Step.TransactWrite(TransactWriteItemsRequest.of(distinct));
        });
    }

    /** TransactGetItems of one to four reads of distinct items, half of them with a projection. */
    static Gen<Step> get() {
        Gen<TransactGetItem> read = Items.key().zip(Operations.projection().toOptionals(50), (key, projection) -> {
            Placeholders p = new Placeholders();
            Optional<String> text = projection.map(f -> f.render(p));
            return new TransactGetItem(Schema.PLACEHOLDER_TABLE, key, text, p.names());
        });
        return lists().of(read).ofSizeBetween(1, 4).map(reads -> {
            List<TransactGetItem> distinct = new ArrayList<>();
            Set<Map<String, AttributeValue>> keys = new HashSet<>();
            for (TransactGetItem next : reads) {
                if (keys.add(next.key())) {
                    distinct.add(next);
                }
            }
            return new Step.TransactGet(new TransactGetItemsRequest(distinct, ReturnConsumedCapacity.NONE));
        });
    }

    private static Gen<TransactWriteItem> conditionCheck() {
        return Items.key().zip(Conditions.condition(), Generate.booleans(), (key, condition, allOld) -> {
            Placeholders p = new Placeholders();
            String text = condition.render(p);
            return new TransactWriteItem.ConditionCheck(
                    Schema.PLACEHOLDER_TABLE, key, Optional.of(text), p.names(), p.values(), onFailure(allOld));
        });
    }

    private static Gen<TransactWriteItem> put() {
        return Items.item()
                .zip(Conditions.condition().toOptionals(67), Generate.booleans(), (item, condition, allOld) -> {
                    Placeholders p = new Placeholders();
                    Optional<String> text = condition.map(c -> c.render(p));
                    return new TransactWriteItem.Put(
                            Schema.PLACEHOLDER_TABLE,
                            item,
                            text,
                            p.names(),
                            p.values(),
                            onFailure(allOld && text.isPresent()));
                });
    }

    private static Gen<TransactWriteItem> update() {
        return Items.key()
                .zip(
                        Updates.infallible(),
                        Conditions.condition().toOptionals(67),
                        Generate.booleans(),
                        (key, update, condition, allOld) -> {
                            Placeholders p = new Placeholders();
                            String expression = update.expression().render(p);
                            Optional<String> text = condition.map(c -> c.render(p));
                            return new TransactWriteItem.Update(
                                    Schema.PLACEHOLDER_TABLE,
                                    key,
                                    expression,
                                    text,
                                    p.names(),
                                    p.values(),
                                    onFailure(allOld && text.isPresent()));
                        });
    }

    private static Gen<TransactWriteItem> delete() {
        return Items.key()
                .zip(Conditions.condition().toOptionals(67), Generate.booleans(), (key, condition, allOld) -> {
                    Placeholders p = new Placeholders();
                    Optional<String> text = condition.map(c -> c.render(p));
                    return new TransactWriteItem.Delete(
                            Schema.PLACEHOLDER_TABLE,
                            key,
                            text,
                            p.names(),
                            p.values(),
                            onFailure(allOld && text.isPresent()));
                });
    }

    /**
     * A ConditionCheck, of the first key no other action names, whose condition refers to an undefined value
     * placeholder. It is an action of its own, not an addition to another action's condition: when one condition
     * holds two static errors ({@code gs BETWEEN :v0 AND :v1} with a string and a number bound, and an undefined
     * {@code :undefined}), the emulator reports the undefined value and DynamoDB Local the BETWEEN bounds, and which
     * DynamoDB reports is not known.
     */
    private static TransactWriteItem undefinedValue(Set<Map<String, AttributeValue>> used) {
        Map<String, AttributeValue> key = Schema.PARTITIONS.stream()
                .flatMap(partition -> Schema.SORTS.stream().map(sort -> Schema.key(partition, sort)))
                .filter(candidate -> !used.contains(candidate))
                .findFirst()
                .orElseThrow();
        return new TransactWriteItem.ConditionCheck(
                Schema.PLACEHOLDER_TABLE,
                key,
                Optional.of(":undefined = :undefined"),
                Map.of(),
                Map.of(),
                ReturnValuesOnConditionCheckFailure.NONE);
    }

    /** The primary key an action touches. */
    private static Map<String, AttributeValue> key(TransactWriteItem action) {
        if (action instanceof TransactWriteItem.Put put) {
            return Map.of(
                    Schema.PK, put.item().get(Schema.PK), Schema.SK, put.item().get(Schema.SK));
        } else if (action instanceof TransactWriteItem.ConditionCheck check) {
            return check.key();
        } else if (action instanceof TransactWriteItem.Update update) {
            return update.key();
        }
        return ((TransactWriteItem.Delete) action).key();
    }

    private static ReturnValuesOnConditionCheckFailure onFailure(boolean allOld) {
        return allOld ? ReturnValuesOnConditionCheckFailure.ALL_OLD : ReturnValuesOnConditionCheckFailure.NONE;
    }

    /** The same action on table {@code table}. */
    static TransactWriteItem onTable(TransactWriteItem action, String table) {
        Optional<String> condition = action.conditionExpression();
        if (action instanceof TransactWriteItem.ConditionCheck check) {
            return new TransactWriteItem.ConditionCheck(
                    table,
                    check.key(),
                    condition,
                    check.expressionAttributeNames(),
                    check.expressionAttributeValues(),
                    check.returnValuesOnConditionCheckFailure());
        } else if (action instanceof TransactWriteItem.Put put) {
            return new TransactWriteItem.Put(
                    table,
                    put.item(),
                    condition,
                    put.expressionAttributeNames(),
                    put.expressionAttributeValues(),
                    put.returnValuesOnConditionCheckFailure());
        } else if (action instanceof TransactWriteItem.Update update) {
            return new TransactWriteItem.Update(
                    table,
                    update.key(),
                    update.updateExpression(),
                    condition,
                    update.expressionAttributeNames(),
                    update.expressionAttributeValues(),
                    update.returnValuesOnConditionCheckFailure());
        }
        TransactWriteItem.Delete delete = (TransactWriteItem.Delete) action;
        return new TransactWriteItem.Delete(
                table,
                delete.key(),
                condition,
                delete.expressionAttributeNames(),
                delete.expressionAttributeValues(),
                delete.returnValuesOnConditionCheckFailure());
    }
}
