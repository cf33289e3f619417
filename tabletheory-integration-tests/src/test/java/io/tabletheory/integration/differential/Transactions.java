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
 * <p>The cases DynamoDB Local answered differently from DynamoDB are generated too, since DynamoDB's answers are
 * documented (research §1.14): now and then a ConditionCheck of an item another action writes (refused: "Transaction
 * request cannot include multiple operations on one item"), a Put whose key has the wrong type (cancelled with a
 * ValidationError reason for it and None for every other action), a read whose key has the wrong type (cancelled the
 * same way), and Updates that can fail on the stored item (a ValidationError reason). Otherwise the actions of a
 * transaction name distinct items (duplicates are dropped, so a transaction may end up with a single action), and so
 * do the reads of a TransactGetItems: whether DynamoDB refuses two reads of one item is not known.
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
            } else if (invalid == 2) {
                distinct.add(new TransactWriteItem.ConditionCheck(
                        Schema.PLACEHOLDER_TABLE,
                        key(distinct.get(0)),
                        Optional.of("attribute_not_exists(" + Schema.PK + ")"),
                        Map.of(),
                        Map.of(),
                        ReturnValuesOnConditionCheckFailure.NONE));
            } else if (invalid == 3) {
                distinct.add(distinct.size() / 2, wronglyKeyedPut());
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
        return lists().of(read).ofSizeBetween(1, 4).zip(Generate.range(0, 9), (reads, invalid) -> {
            List<TransactGetItem> distinct = new ArrayList<>();
            Set<Map<String, AttributeValue>> keys = new HashSet<>();
            for (TransactGetItem next : reads) {
                if (keys.add(next.key())) {
                    distinct.add(next);
                }
            }
            if (invalid == 0) {
                distinct.add(distinct.size() / 2, TransactGetItem.of(Schema.PLACEHOLDER_TABLE, wronglyTypedKey()));
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
                        Updates.update(),
                        Conditions.condition().toOptionals(67),
                        Generate.booleans(),
                        (key, update, condition, allOld) -> {
                            Placeholders p = new Placeholders();
                            String expression = update.expression().render(p);
                            Optional<String> text =
                                    update.retypesIndexKey() ? Optional.empty() : condition.map(c -> c.render(p));
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
     * {@code :undefined}), the emulator reports the undefined value and DynamoDB Local reported the BETWEEN bounds,
     * and which DynamoDB reports is not known.
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

    /** A key whose partition key is a number where the schema declares a string: it fails validation. */
    private static Map<String, AttributeValue> wronglyTypedKey() {
        return Map.of(Schema.PK, AttributeValue.ofNumber(7), Schema.SK, AttributeValue.ofNumber(0));
    }

    /** A Put of an item whose key fails validation (a number partition key). */
    private static TransactWriteItem wronglyKeyedPut() {
        return new TransactWriteItem.Put(
                Schema.PLACEHOLDER_TABLE,
                wronglyTypedKey(),
                Optional.empty(),
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
