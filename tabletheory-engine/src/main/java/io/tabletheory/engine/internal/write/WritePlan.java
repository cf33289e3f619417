package io.tabletheory.engine.internal.write;

import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.ReturnValue;
import io.tabletheory.api.request.TransactWriteItem;
import io.tabletheory.api.request.UpdateItemRequest;
import io.tabletheory.api.request.WriteRequest;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.api.value.Items;
import java.util.Map;
import java.util.Objects;

/**
 * One write of one item, fully decided but not yet sent: the table, the key, the item or update, and the
 * {@link WriteExpressions} (condition, names, values). Made by {@link WritePlans} with every lifecycle, version and
 * condition rule applied; each variant then becomes the single-item request or, unchanged, a transaction action
 * (and a put or delete a batch write), so all three paths write the same thing. Pure values.
 */
public sealed interface WritePlan {
    /** The table written. */
    String tableName();

    /** The primary key of the item written. */
    Map<String, AttributeValue> key();

    /** The condition, update, names and values. */
    WriteExpressions expressions();

    /** This write as one action of a TransactWriteItems request. */
    TransactWriteItem transactItem();

    /**
     * A whole item written with PutItem.
     *
     * @param tableName the table
     * @param key the item's primary key
     * @param item every attribute written
     * @param expressions the condition (an item put has no update)
     */
    record Put(
            String tableName,
            Map<String, AttributeValue> key,
            Map<String, AttributeValue> item,
            WriteExpressions expressions)
            implements WritePlan {
        public Put {
            Objects.requireNonNull(tableName, "tableName");
            key = ordered(key);
            item = ordered(item);
            Objects.requireNonNull(expressions, "expressions");
        }

        /** The PutItem request. */
        public PutItemRequest request() {
            return expressions.applyTo(PutItemRequest.builder(tableName, item)).build();
        }

        @Override
        public TransactWriteItem.Put transactItem() {
            return new TransactWriteItem.Put(
                    tableName,
                    item,
                    expressions.condition(),
                    expressions.names(),
                    expressions.values(),
                    expressions.onConditionFailure());
        }

        /**
         * This put as one request of a BatchWriteItem.
         *
         * @throws IllegalStateException when the put has a condition, which BatchWriteItem cannot carry
         */
        public WriteRequest.Put batchRequest() {
            if (expressions.condition().isPresent()) {
                throw new IllegalStateException("a batch write cannot carry the condition "
                        + expressions.condition().get() + " of this put to " + tableName);
            }
            return new WriteRequest.Put(item);
        }
    }

    /**
     * Attributes of one item changed in place with UpdateItem.
     *
     * @param tableName the table
     * @param key the item's primary key
     * @param expressions the update, condition, names and values
     */
    record Update(String tableName, Map<String, AttributeValue> key, WriteExpressions expressions)
            implements WritePlan {
        public Update {
            Objects.requireNonNull(tableName, "tableName");
            key = ordered(key);
            Objects.requireNonNull(expressions, "expressions");
        }

        /** The UpdateItem request, returning {@code returnValues}. */
        public UpdateItemRequest request(ReturnValue returnValues) {
            return expressions
                    .applyTo(UpdateItemRequest.builder(tableName, key))
                    .updateExpression(expressions.update().orElse(null))
                    .returnValues(returnValues)
                    .build();
        }

        @Override
        public TransactWriteItem.Update transactItem() {
            return new TransactWriteItem.Update(
                    tableName,
                    key,
                    expressions
                            .update()
                            .orElseThrow(() -> new IllegalStateException(
                                    "a transaction update of " + tableName + " needs something to change")),
                    expressions.condition(),
                    expressions.names(),
                    expressions.values(),
                    expressions.onConditionFailure());
        }
    }

    /**
     * One item deleted with DeleteItem.
     *
     * @param tableName the table
     * @param key the item's primary key
     * @param expressions the condition, names and values
     */
    record Delete(String tableName, Map<String, AttributeValue> key, WriteExpressions expressions)
            implements WritePlan {
        public Delete {
            Objects.requireNonNull(tableName, "tableName");
            key = ordered(key);
            Objects.requireNonNull(expressions, "expressions");
        }

        /** The DeleteItem request. */
        public DeleteItemRequest request() {
            return expressions
                    .applyTo(DeleteItemRequest.builder(tableName, key))
                    .build();
        }

        @Override
        public TransactWriteItem.Delete transactItem() {
            return new TransactWriteItem.Delete(
                    tableName,
                    key,
                    expressions.condition(),
                    expressions.names(),
                    expressions.values(),
                    expressions.onConditionFailure());
        }

        /**
         * This delete as one request of a BatchWriteItem.
         *
         * @throws IllegalStateException when the delete has a condition, which BatchWriteItem cannot carry
         */
        public WriteRequest.Delete batchRequest() {
            if (expressions.condition().isPresent()) {
                throw new IllegalStateException("a batch write cannot carry the condition "
                        + expressions.condition().get() + " of this delete from " + tableName);
            }
            return new WriteRequest.Delete(key);
        }
    }

    /**
     * A condition on one item that a transaction checks without writing it.
     *
     * @param tableName the table
     * @param key the item's primary key
     * @param expressions the condition, names and values
     */
    record ConditionCheck(String tableName, Map<String, AttributeValue> key, WriteExpressions expressions)
            implements WritePlan {
        public ConditionCheck {
            Objects.requireNonNull(tableName, "tableName");
            key = ordered(key);
            Objects.requireNonNull(expressions, "expressions");
        }

        @Override
        public TransactWriteItem.ConditionCheck transactItem() {
            return new TransactWriteItem.ConditionCheck(
                    tableName,
                    key,
                    expressions.condition(),
                    expressions.names(),
                    expressions.values(),
                    expressions.onConditionFailure());
        }
    }

    /**
     * An unmodifiable copy keeping the order, so requests and messages list keys as the model declares them; the
     * request made from the plan keeps it without another copy.
     */
    private static Map<String, AttributeValue> ordered(Map<String, AttributeValue> map) {
        return Items.copyOf(map);
    }
}
