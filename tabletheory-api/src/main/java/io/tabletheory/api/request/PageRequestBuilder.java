package io.tabletheory.api.request;

import io.tabletheory.api.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The setters a {@link QueryRequest} or {@link ScanRequest} builder shares: those of {@link TableRequestBuilder} and
 * one per {@link PageRequest} parameter, each starting at DynamoDB's default. Every setter returns the concrete
 * builder ({@code B}), so calls chain in any order: {@code
 * ScanRequest.builder("users").limit(50).exclusiveStartKey(previous.lastEvaluatedKey()).build()}. Builders are
 * mutable and not thread-safe; the requests they build are immutable.
 *
 * @param <B> the concrete builder
 * @param <R> the request it builds
 */
public abstract class PageRequestBuilder<B extends PageRequestBuilder<B, R>, R extends PageRequest>
        extends TableRequestBuilder<B, R> {
    String indexName;
    String filterExpression;
    String projectionExpression;
    Select select;
    OptionalInt limit = OptionalInt.empty();
    Map<String, AttributeValue> exclusiveStartKey = Map.of();
    boolean consistentRead = false;
    List<String> attributesToGet = List.of();
    ConditionalOperator conditionalOperator;

    /** Only this package's request builders extend this class. */
    PageRequestBuilder() {}

    /** Sets {@link PageRequest#indexName()}; {@code null} for the table itself. */
    public B indexName(String indexName) {
        this.indexName = indexName;
        return self();
    }

    /** Sets {@link PageRequest#filterExpression()}; {@code null} for none. */
    public B filterExpression(String filterExpression) {
        this.filterExpression = filterExpression;
        return self();
    }

    /** Sets {@link PageRequest#projectionExpression()}; {@code null} for all attributes. */
    public B projectionExpression(String projectionExpression) {
        this.projectionExpression = projectionExpression;
        return self();
    }

    /** Sets {@link PageRequest#select()}; {@code null} for DynamoDB's choice. */
    public B select(Select select) {
        this.select = select;
        return self();
    }

    /** Sets {@link PageRequest#limit()}; {@code null} for no limit. */
    public B limit(Integer limit) {
        this.limit = RequestDefaults.optionalInt(limit);
        return self();
    }

    /** Sets {@link PageRequest#exclusiveStartKey()}. */
    public B exclusiveStartKey(Map<String, AttributeValue> exclusiveStartKey) {
        this.exclusiveStartKey = exclusiveStartKey;
        return self();
    }

    /** Sets {@link PageRequest#consistentRead()}. */
    public B consistentRead(boolean consistentRead) {
        this.consistentRead = consistentRead;
        return self();
    }

    /** Sets {@link PageRequest#attributesToGet()}, the classic projection; empty for all attributes. */
    public B attributesToGet(List<String> attributesToGet) {
        this.attributesToGet = attributesToGet;
        return self();
    }

    /** Sets {@link PageRequest#conditionalOperator()}; {@code null} for none. */
    public B conditionalOperator(ConditionalOperator conditionalOperator) {
        this.conditionalOperator = conditionalOperator;
        return self();
    }

    /** The shared parameters of {@code request}, for its {@code toBuilder()}. */
    B copyOf(PageRequest request) {
        return copyTableParameters(request)
                .indexName(request.indexName().orElse(null))
                .filterExpression(request.filterExpression().orElse(null))
                .projectionExpression(request.projectionExpression().orElse(null))
                .select(request.select().orElse(null))
                .limit(boxed(request.limit()))
                .exclusiveStartKey(request.exclusiveStartKey())
                .consistentRead(request.consistentRead())
                .attributesToGet(request.attributesToGet())
                .conditionalOperator(request.conditionalOperator().orElse(null));
    }

    /** {@code value} as the {@code Integer} setters take: {@code null} when absent. */
    static Integer boxed(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }
}
