package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.request.TransactWriteItem;
import io.tabletheory.api.value.AttributeValue;
import java.util.Map;
import java.util.Optional;

/**
 * One action of a TransactWriteItems after its static validation ({@link TransactWriteRequestValidator}): the
 * action as requested, its parsed condition, and for an Update its parsed update.
 *
 * @param request the action as requested
 * @param condition the action's condition ({@link WriteCondition#NONE} when it has none)
 * @param update the parsed update of an Update action; empty for the other kinds
 */
record TransactWriteAction(TransactWriteItem request, WriteCondition condition, Optional<UpdatePlan> update) {

    /** The item a Put writes, or the key the other kinds name. */
    Map<String, AttributeValue> keyOrItem() {
        if (request instanceof TransactWriteItem.Put) {
            return ((TransactWriteItem.Put) request).item();
        }
        if (request instanceof TransactWriteItem.Update) {
            return ((TransactWriteItem.Update) request).key();
        }
        if (request instanceof TransactWriteItem.Delete) {
            return ((TransactWriteItem.Delete) request).key();
        }
        return ((TransactWriteItem.ConditionCheck) request).key();
    }

    /** Whether the action is a Put (whose key comes from a whole item). */
    boolean isPut() {
        return request instanceof TransactWriteItem.Put;
    }

    /** Whether the action only checks its condition and writes nothing. */
    boolean isConditionCheck() {
        return request instanceof TransactWriteItem.ConditionCheck;
    }

    /** The action's name in DynamoDB's request model ({@code put}, {@code conditionCheck}, ...). */
    static String memberName(TransactWriteItem action) {
        if (action instanceof TransactWriteItem.Put) {
            return "put";
        }
        if (action instanceof TransactWriteItem.Update) {
            return "update";
        }
        if (action instanceof TransactWriteItem.Delete) {
            return "delete";
        }
        return "conditionCheck";
    }
}
