package io.tabletheory.aws.internal;

import io.tabletheory.api.request.ItemCollectionMetrics;
import io.tabletheory.api.request.ReturnItemCollectionMetrics;
import java.util.Optional;

/** Maps {@code ReturnItemCollectionMetrics} to the SDK and {@code ItemCollectionMetrics} back. */
final class CollectionMetricsMapper {
    private CollectionMetricsMapper() {}

    /** {@code null} for {@code NONE} (DynamoDB's default), else the SDK value. */
    static software.amazon.awssdk.services.dynamodb.model.ReturnItemCollectionMetrics toSdk(
            ReturnItemCollectionMetrics value) {
        return value == ReturnItemCollectionMetrics.NONE
                ? null
                : software.amazon.awssdk.services.dynamodb.model.ReturnItemCollectionMetrics.fromValue(value.name());
    }

    /** The api metrics, empty when DynamoDB returned none. */
    static Optional<ItemCollectionMetrics> fromSdk(
            software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics metrics) {
        if (metrics == null || !metrics.hasItemCollectionKey()) {
            return Optional.empty();
        }
        return Optional.of(new ItemCollectionMetrics(
                AttributeValues.fromSdk(metrics.itemCollectionKey()), metrics.sizeEstimateRangeGB()));
    }
}
