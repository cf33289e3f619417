package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.TransactWriteItem;
import io.tabletheory.api.request.TransactWriteItemsRequest;
import io.tabletheory.inmemory.internal.check.Constraints;
import io.tabletheory.inmemory.internal.expr.cache.ExpressionCache;
import io.tabletheory.inmemory.internal.item.ItemSize;
import io.tabletheory.inmemory.internal.item.Utf8;
import io.tabletheory.inmemory.internal.table.TableNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The static validation of a TransactWriteItems, everything DynamoDB checks before it looks up a table (research
 * §1.14, §1.17), in its order: the request-model constraints (a ClientRequestToken of 1 to 36 characters, 1 to 100
 * actions, each action's table name, a ConditionCheck's ConditionExpression), reported together; then each action's
 * expressions and placeholders, as PutItem, UpdateItem and DeleteItem check theirs ({@link WriteCondition}, {@link
 * UpdatePlan}); then the 4 MB limit of the request. Every failure here is a ValidationException for the whole request.
 *
 * <p>That an action is exactly one of ConditionCheck, Put, Update or Delete, and that its
 * ReturnValuesOnConditionCheckFailure is valid, the api's types already ensure (the wire layer checks both).
 *
 * <p>Messages are AWS's (research §2 rows 75-79). For more than 100 actions AWS echoes the whole request in its
 * internal form; the emulator names the member without its value, as DynamoDB does for nested members. The request's
 * size is the sum over its actions of the DynamoDB item size of the item or key and of the expression values, and of
 * the UTF-8 length of the table name, the expressions and the expression names: close to, but not exactly, the size
 * DynamoDB measures, which the research does not pin down.
 */
final class TransactWriteRequestValidator {
    /** The most actions one transaction may hold. */
    static final int MAX_ACTIONS = 100;

    /** The longest ClientRequestToken. */
    static final int MAX_TOKEN_LENGTH = 36;

    /** The largest transaction request: 4 MB. */
    static final long MAX_PAYLOAD_BYTES = 4L * 1024 * 1024;

    private TransactWriteRequestValidator() {}

    /**
     * Validates the request and returns its actions, parsed, in request order.
     *
     * @throws ValidationException with DynamoDB's message
     */
    static List<TransactWriteAction> validate(TransactWriteItemsRequest request, ExpressionCache expressions) {
        List<TransactWriteItem> actions = request.transactItems();
        Constraints constraints = new Constraints();
        request.clientRequestToken().ifPresent(token -> {
            constraints.check(
                    token.length() >= 1,
                    token,
                    "clientRequestToken",
                    "Member must have length greater than or equal to 1");
            constraints.check(
                    token.length() <= MAX_TOKEN_LENGTH,
                    token,
                    "clientRequestToken",
                    "Member must have length less than or equal to " + MAX_TOKEN_LENGTH);
        });
        constraints.check(
                !actions.isEmpty(), "[]", "transactItems", "Member must have length greater than or equal to 1");
        constraints.check(
                actions.size() <= MAX_ACTIONS,
                actions,
                "transactItems",
                "Member must have length less than or equal to " + MAX_ACTIONS);
        for (int index = 0; index < actions.size(); index++) {
            TransactWriteItem action = actions.get(index);
            String member = "transactItems." + (index + 1) + ".member." + TransactWriteAction.memberName(action);
            TableNames.check(constraints, action.tableName(), member + ".tableName");
            boolean conditionCheck =
                    switch (TransactWriteAction.kindOf(action)) {
                        case CONDITION_CHECK -> true;
                        case PUT, UPDATE, DELETE -> false;
                    };
            if (conditionCheck) {
                constraints.check(
                        action.conditionExpression().isPresent(),
                        null,
                        member + ".conditionExpression",
                        "Member must not be null");
            }
        }
        constraints.throwIfAny();
        List<TransactWriteAction> prepared = new ArrayList<>(actions.size());
        for (TransactWriteItem action : actions) {
            prepared.add(prepare(action, expressions));
        }
        long payload = actions.stream()
                .mapToLong(TransactWriteRequestValidator::payloadBytes)
                .sum();
        if (payload > MAX_PAYLOAD_BYTES) {
            throw new ValidationException("Transaction payload size cannot exceed 4MB. Payload Size: " + payload);
        }
        return prepared;
    }

    private static TransactWriteAction prepare(TransactWriteItem action, ExpressionCache expressions) {
        return action.accept(new Preparation(expressions));
    }

    /** Parses an action's expressions: an Update's update and condition, the others' condition. */
    private record Preparation(ExpressionCache expressions) implements TransactWriteItem.Visitor<TransactWriteAction> {
        @Override
        public TransactWriteAction visitUpdate(TransactWriteItem.Update update) {
            UpdatePlan plan = UpdatePlan.prepare(
                    expressions,
                    Optional.of(update.updateExpression()),
                    update.conditionExpression(),
                    update.expressionAttributeNames(),
                    update.expressionAttributeValues());
            return new TransactWriteAction(update, plan.condition(), Optional.of(plan));
        }

        @Override
        public TransactWriteAction visitConditionCheck(TransactWriteItem.ConditionCheck check) {
            return conditionOnly(check);
        }

        @Override
        public TransactWriteAction visitPut(TransactWriteItem.Put put) {
            return conditionOnly(put);
        }

        @Override
        public TransactWriteAction visitDelete(TransactWriteItem.Delete delete) {
            return conditionOnly(delete);
        }

        private TransactWriteAction conditionOnly(TransactWriteItem action) {
            WriteCondition condition = WriteCondition.prepare(
                    expressions,
                    action.conditionExpression(),
                    action.expressionAttributeNames(),
                    action.expressionAttributeValues());
            return new TransactWriteAction(action, condition, Optional.empty());
        }
    }

    /** The bytes of an Update's update expression; 0 for the other kinds. */
    private static final TransactWriteItem.Visitor<Integer> UPDATE_EXPRESSION_BYTES =
            new TransactWriteItem.Visitor<>() {
                @Override
                public Integer visitConditionCheck(TransactWriteItem.ConditionCheck action) {
                    return 0;
                }

                @Override
                public Integer visitPut(TransactWriteItem.Put action) {
                    return 0;
                }

                @Override
                public Integer visitUpdate(TransactWriteItem.Update action) {
                    return Utf8.length(action.updateExpression());
                }

                @Override
                public Integer visitDelete(TransactWriteItem.Delete action) {
                    return 0;
                }
            };

    private static long payloadBytes(TransactWriteItem action) {
        long bytes = Utf8.length(action.tableName())
                + ItemSize.of(TransactWriteAction.keyOrItem(action))
                + ItemSize.of(action.expressionAttributeValues())
                + action.conditionExpression().map(Utf8::length).orElse(0);
        bytes += action.accept(UPDATE_EXPRESSION_BYTES);
        for (Map.Entry<String, String> name : action.expressionAttributeNames().entrySet()) {
            bytes += Utf8.length(name.getKey()) + Utf8.length(name.getValue());
        }
        return bytes;
    }
}
