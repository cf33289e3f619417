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

    /** The kinds of transaction action, for the code that needs only the kind. */
    enum Kind {
        CONDITION_CHECK,
        PUT,
        UPDATE,
        DELETE
    }

    private static final TransactWriteItem.Visitor<Kind> KIND = new TransactWriteItem.Visitor<>() {
        @Override
        public Kind visitConditionCheck(TransactWriteItem.ConditionCheck action) {
            return Kind.CONDITION_CHECK;
        }

        @Override
        public Kind visitPut(TransactWriteItem.Put action) {
            return Kind.PUT;
        }

        @Override
        public Kind visitUpdate(TransactWriteItem.Update action) {
            return Kind.UPDATE;
        }

        @Override
        public Kind visitDelete(TransactWriteItem.Delete action) {
            return Kind.DELETE;
        }
    };

    private static final TransactWriteItem.Visitor<Map<String, AttributeValue>> KEY_OR_ITEM =
            new TransactWriteItem.Visitor<>() {
                @Override
                public Map<String, AttributeValue> visitConditionCheck(TransactWriteItem.ConditionCheck action) {
                    return action.key();
                }

                @Override
                public Map<String, AttributeValue> visitPut(TransactWriteItem.Put action) {
                    return action.item();
                }

                @Override
                public Map<String, AttributeValue> visitUpdate(TransactWriteItem.Update action) {
                    return action.key();
                }

                @Override
                public Map<String, AttributeValue> visitDelete(TransactWriteItem.Delete action) {
                    return action.key();
                }
            };

    /** The kind of a requested action. */
    static Kind kindOf(TransactWriteItem action) {
        return action.accept(KIND);
    }

    /** The kind of this action. */
    Kind kind() {
        return kindOf(request);
    }

    /** The item a Put writes, or the key the other kinds name. */
    Map<String, AttributeValue> keyOrItem() {
        return keyOrItem(request);
    }

    /** The item a requested Put writes, or the key the other kinds name. */
    static Map<String, AttributeValue> keyOrItem(TransactWriteItem action) {
        return action.accept(KEY_OR_ITEM);
    }

    /** Whether the action only checks its condition and writes nothing. */
    boolean isConditionCheck() {
        return switch (kind()) {
            case CONDITION_CHECK -> true;
            case PUT, UPDATE, DELETE -> false;
        };
    }

    /** The action's name in DynamoDB's request model ({@code put}, {@code conditionCheck}, ...). */
    static String memberName(TransactWriteItem action) {
        return switch (kindOf(action)) {
            case PUT -> "put";
            case UPDATE -> "update";
            case DELETE -> "delete";
            case CONDITION_CHECK -> "conditionCheck";
        };
    }
}
