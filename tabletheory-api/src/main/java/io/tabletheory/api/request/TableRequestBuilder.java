package io.tabletheory.api.request;

import io.tabletheory.api.value.AttributeValue;
import java.util.Map;

/**
 * The setters every {@link TableRequest} builder shares, one per parameter, each starting at DynamoDB's default. Every
 * setter returns the concrete builder ({@code B}), so calls chain in any order; {@link WriteItemRequestBuilder} and
 * {@link PageRequestBuilder} add the parameters of their families. Builders are mutable and not thread-safe; the
 * requests they build are immutable.
 *
 * @param <B> the concrete builder
 * @param <R> the request it builds
 */
public abstract class TableRequestBuilder<B extends TableRequestBuilder<B, R>, R extends TableRequest> {
    String tableName;
    Map<String, String> expressionAttributeNames = Map.of();
    Map<String, AttributeValue> expressionAttributeValues = Map.of();
    ReturnConsumedCapacity returnConsumedCapacity = ReturnConsumedCapacity.NONE;

    /** Only this package's request builders extend this class. */
    TableRequestBuilder() {}

    /** Sets {@link TableRequest#tableName()}. */
    public B tableName(String tableName) {
        this.tableName = tableName;
        return self();
    }

    /** Sets {@link TableRequest#expressionAttributeNames()}. */
    public B expressionAttributeNames(Map<String, String> expressionAttributeNames) {
        this.expressionAttributeNames = expressionAttributeNames;
        return self();
    }

    /** Sets {@link TableRequest#expressionAttributeValues()}. */
    public B expressionAttributeValues(Map<String, AttributeValue> expressionAttributeValues) {
        this.expressionAttributeValues = expressionAttributeValues;
        return self();
    }

    /** Sets {@link TableRequest#returnConsumedCapacity()}. */
    public B returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
        this.returnConsumedCapacity = returnConsumedCapacity;
        return self();
    }

    /** The request; fails with {@link NullPointerException} when the table or a required key or item is missing. */
    public abstract R build();

    /** The parameters of {@code request} this class sets, for a {@code toBuilder()}. */
    B copyTableParameters(TableRequest request) {
        return tableName(request.tableName())
                .expressionAttributeNames(request.expressionAttributeNames())
                .expressionAttributeValues(request.expressionAttributeValues())
                .returnConsumedCapacity(request.returnConsumedCapacity());
    }

    @SuppressWarnings("unchecked") // B is this class's own type by the bound every subclass declares
    final B self() {
        return (B) this;
    }
}
