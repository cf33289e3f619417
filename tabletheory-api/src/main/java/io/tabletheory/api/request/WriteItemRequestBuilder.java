package io.tabletheory.api.request;

import java.util.Map;
import java.util.Optional;

/**
 * The setters a {@link PutItemRequest}, {@link UpdateItemRequest} or {@link DeleteItemRequest} builder shares: those
 * of {@link TableRequestBuilder} and one per {@link WriteItemRequest} parameter, each starting at DynamoDB's default.
 * Every setter returns the concrete builder ({@code B}), so calls chain in any order: {@code
 * PutItemRequest.builder("users", item).conditionExpression("attribute_not_exists(pk)")
 * .returnValues(ReturnValue.ALL_OLD).build()}. Builders are mutable and not thread-safe; the requests they build are
 * immutable.
 *
 * @param <B> the concrete builder
 * @param <R> the request it builds
 */
public abstract class WriteItemRequestBuilder<B extends WriteItemRequestBuilder<B, R>, R extends WriteItemRequest>
        extends TableRequestBuilder<B, R> {
    String conditionExpression;
    ReturnValue returnValues = ReturnValue.NONE;
    ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.NONE;
    ReturnItemCollectionMetrics returnItemCollectionMetrics = ReturnItemCollectionMetrics.NONE;
    Map<String, ExpectedAttributeValue> expected = Map.of();
    ConditionalOperator conditionalOperator;

    /** Only this package's request builders extend this class. */
    WriteItemRequestBuilder() {}

    /** Sets {@link WriteItemRequest#conditionExpression()}; {@code null} for none. */
    public B conditionExpression(String conditionExpression) {
        this.conditionExpression = conditionExpression;
        return self();
    }

    /** Sets {@link WriteItemRequest#returnValues()}. */
    public B returnValues(ReturnValue returnValues) {
        this.returnValues = returnValues;
        return self();
    }

    /** Sets {@link WriteItemRequest#returnValuesOnConditionCheckFailure()}. */
    public B returnValuesOnConditionCheckFailure(
            ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {
        this.returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure;
        return self();
    }

    /** Sets {@link WriteItemRequest#expected()}, the classic condition; empty for none. */
    public B expected(Map<String, ExpectedAttributeValue> expected) {
        this.expected = expected;
        return self();
    }

    /** Sets {@link WriteItemRequest#conditionalOperator()}; {@code null} for none. */
    public B conditionalOperator(ConditionalOperator conditionalOperator) {
        this.conditionalOperator = conditionalOperator;
        return self();
    }

    /** Sets {@link WriteItemRequest#returnItemCollectionMetrics()}. */
    public B returnItemCollectionMetrics(ReturnItemCollectionMetrics returnItemCollectionMetrics) {
        this.returnItemCollectionMetrics = returnItemCollectionMetrics;
        return self();
    }

    /** The shared parameters of {@code request}, for its {@code toBuilder()}. */
    B copyOf(WriteItemRequest request) {
        return copyTableParameters(request)
                .conditionExpression(request.conditionExpression().orElse(null))
                .returnValues(request.returnValues())
                .returnValuesOnConditionCheckFailure(request.returnValuesOnConditionCheckFailure())
                .expected(request.expected())
                .conditionalOperator(request.conditionalOperator().orElse(null))
                .returnItemCollectionMetrics(request.returnItemCollectionMetrics());
    }

    /** The condition as the requests hold it. */
    Optional<String> condition() {
        return Optional.ofNullable(conditionExpression);
    }
}
