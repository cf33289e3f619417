package io.tabletheory.aws.internal;

import io.tabletheory.api.request.ItemCollectionMetrics;
import io.tabletheory.api.request.ReturnItemCollectionMetrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** The api metrics per table of a batch or transaction; empty when DynamoDB returned none. */
    static Map<String, List<ItemCollectionMetrics>> fromSdk(
            Map<String, List<software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics>> metrics) {
        Map<String, List<ItemCollectionMetrics>> mapped = new LinkedHashMap<>();
        metrics.forEach((table, list) -> {
            List<ItemCollectionMetrics> each = new ArrayList<>();
            list.forEach(one -> fromSdk(one).ifPresent(each::add));
            mapped.put(table, each);
        });
        return mapped;
    }
}
