package io.tabletheory.api.request;

import java.util.Map;
import java.util.Optional;

/**
 * The parameters that PutItem, UpdateItem and DeleteItem share beyond those of every {@link TableRequest}: the
 * condition and what to return. Each is documented here, once, with DynamoDB's default; {@link
 * WriteItemRequestBuilder} sets them. The requests normalise them on construction: a {@code null} condition is
 * absent, a {@code null} choice is {@code NONE}.
 */
public sealed interface WriteItemRequest extends TableRequest
        permits PutItemRequest, UpdateItemRequest, DeleteItemRequest {
    /** The condition that must hold for the write to happen; none by default (the write is unconditional). */
    Optional<String> conditionExpression();

    /** Which item attributes to return; default {@code NONE}. */
    ReturnValue returnValues();

    /** Whether a failed condition returns the stored item; default {@code NONE}. */
    ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure();

    /** Whether the result reports the size of the item collection written; default {@code NONE}. */
    ReturnItemCollectionMetrics returnItemCollectionMetrics();

    /**
     * The classic condition ({@code Expected}), one entry per attribute, combined by {@link #conditionalOperator()};
     * empty by default. It cannot be combined with {@link #conditionExpression()} or any other expression parameter:
     * the store rejects such a request with DynamoDB's {@code Can not use both expression and non-expression
     * parameters} error.
     */
    Map<String, ExpectedAttributeValue> expected();

    /** How the entries of {@link #expected()} combine; {@code AND} when absent, and only allowed with them. */
    Optional<ConditionalOperator> conditionalOperator();
}
