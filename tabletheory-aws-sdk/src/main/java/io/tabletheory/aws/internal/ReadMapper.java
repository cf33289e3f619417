package io.tabletheory.aws.internal;

import io.tabletheory.api.request.PageResult;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.api.request.ScanRequest;
import io.tabletheory.api.request.Select;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Maps the paged reads (Query and Scan) between the api's records and the SDK's: key condition, filter, projection,
 * Select, Limit, ExclusiveStartKey, direction, consistency and segments on the way in; the page of items, the
 * counts and the LastEvaluatedKey on the way out.
 */
public final class ReadMapper {
    private ReadMapper() {}

    /** The SDK Query request. */
    public static software.amazon.awssdk.services.dynamodb.model.QueryRequest toSdk(QueryRequest request) {
        return software.amazon.awssdk.services.dynamodb.model.QueryRequest.builder()
                .tableName(request.tableName())
                .indexName(request.indexName().orElse(null))
                .keyConditionExpression(request.keyConditionExpression().orElse(null))
                .filterExpression(request.filterExpression().orElse(null))
                .projectionExpression(request.projectionExpression().orElse(null))
                .expressionAttributeNames(Parameters.names(request.expressionAttributeNames()))
                .expressionAttributeValues(AttributeValues.toSdkOrNull(request.expressionAttributeValues()))
                .select(select(request.select()))
                .limit(integer(request.limit()))
                .exclusiveStartKey(AttributeValues.toSdkOrNull(request.exclusiveStartKey()))
                .scanIndexForward(request.scanIndexForward() ? null : Boolean.FALSE)
                .consistentRead(request.consistentRead() ? Boolean.TRUE : null)
                .returnConsumedCapacity(Parameters.capacity(request.returnConsumedCapacity()))
                .keyConditions(ClassicMapper.conditions(request.keyConditions()))
                .queryFilter(ClassicMapper.conditions(request.queryFilter()))
                .conditionalOperator(ClassicMapper.conditionalOperator(request.conditionalOperator()))
                .attributesToGet(ClassicMapper.attributesToGet(request.attributesToGet()))
                .build();
    }

    /** The SDK Scan request. */
    public static software.amazon.awssdk.services.dynamodb.model.ScanRequest toSdk(ScanRequest request) {
        return software.amazon.awssdk.services.dynamodb.model.ScanRequest.builder()
                .tableName(request.tableName())
                .indexName(request.indexName().orElse(null))
                .filterExpression(request.filterExpression().orElse(null))
                .projectionExpression(request.projectionExpression().orElse(null))
                .expressionAttributeNames(Parameters.names(request.expressionAttributeNames()))
                .expressionAttributeValues(AttributeValues.toSdkOrNull(request.expressionAttributeValues()))
                .select(select(request.select()))
                .limit(integer(request.limit()))
                .exclusiveStartKey(AttributeValues.toSdkOrNull(request.exclusiveStartKey()))
                .consistentRead(request.consistentRead() ? Boolean.TRUE : null)
                .segment(integer(request.segment()))
                .totalSegments(integer(request.totalSegments()))
                .returnConsumedCapacity(Parameters.capacity(request.returnConsumedCapacity()))
                .scanFilter(ClassicMapper.conditions(request.scanFilter()))
                .conditionalOperator(ClassicMapper.conditionalOperator(request.conditionalOperator()))
                .attributesToGet(ClassicMapper.attributesToGet(request.attributesToGet()))
                .build();
    }

    /** The api page of a Query. */
    public static PageResult fromSdk(QueryResponse response) {
        return page(
                response.items(),
                response.count(),
                response.scannedCount(),
                response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : Map.of(),
                response.consumedCapacity());
    }

    /** The api page of a Scan. */
    public static PageResult fromSdk(ScanResponse response) {
        return page(
                response.items(),
                response.count(),
                response.scannedCount(),
                response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : Map.of(),
                response.consumedCapacity());
    }

    private static PageResult page(
            List<Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> items,
            Integer count,
            Integer scannedCount,
            Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> lastEvaluatedKey,
            ConsumedCapacity consumedCapacity) {
        List<Map<String, io.tabletheory.api.value.AttributeValue>> page = AttributeValues.fromSdkItems(items);
        return new PageResult(
                page,
                count == null ? page.size() : count,
                scannedCount == null ? page.size() : scannedCount,
                AttributeValues.fromSdk(lastEvaluatedKey),
                CapacityMapper.fromSdk(consumedCapacity));
    }

    private static software.amazon.awssdk.services.dynamodb.model.Select select(Optional<Select> select) {
        return select.map(value -> software.amazon.awssdk.services.dynamodb.model.Select.fromValue(value.name()))
                .orElse(null);
    }

    private static Integer integer(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }
}
