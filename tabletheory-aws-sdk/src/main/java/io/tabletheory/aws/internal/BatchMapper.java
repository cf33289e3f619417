package io.tabletheory.aws.internal;

import io.tabletheory.api.request.BatchGetItemRequest;
import io.tabletheory.api.request.BatchGetItemResult;
import io.tabletheory.api.request.BatchWriteItemRequest;
import io.tabletheory.api.request.BatchWriteItemResult;
import io.tabletheory.api.request.KeysAndAttributes;
import io.tabletheory.api.request.WriteRequest;
import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;

/**
 * Maps BatchGetItem and BatchWriteItem between the api's records and the SDK's, in both directions for the parts
 * that travel both ways: keys-and-attributes and write requests go out in the request and come back as the
 * unprocessed remainder.
 */
public final class BatchMapper {
    private BatchMapper() {}

    /** The SDK BatchGetItem request. */
    public static software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest toSdk(
            BatchGetItemRequest request) {
        Map<String, software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes> items = new LinkedHashMap<>();
        request.requestItems().forEach((table, keys) -> items.put(table, toSdk(keys)));
        return software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest.builder()
                .requestItems(items)
                .returnConsumedCapacity(Parameters.capacity(request.returnConsumedCapacity()))
                .build();
    }

    /** The api BatchGetItem result. */
    public static BatchGetItemResult fromSdk(BatchGetItemResponse response) {
        Map<String, List<Map<String, AttributeValue>>> responses = new LinkedHashMap<>();
        response.responses().forEach((table, items) -> responses.put(table, AttributeValues.fromSdkItems(items)));
        Map<String, KeysAndAttributes> unprocessed = new LinkedHashMap<>();
        response.unprocessedKeys().forEach((table, keys) -> unprocessed.put(table, fromSdk(keys)));
        return new BatchGetItemResult(responses, unprocessed, CapacityMapper.fromSdk(response.consumedCapacity()));
    }

    /** The SDK BatchWriteItem request. */
    public static software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest toSdk(
            BatchWriteItemRequest request) {
        return software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest.builder()
                .requestItems(writesToSdk(request.requestItems()))
                .returnConsumedCapacity(Parameters.capacity(request.returnConsumedCapacity()))
                .returnItemCollectionMetrics(CollectionMetricsMapper.toSdk(request.returnItemCollectionMetrics()))
                .build();
    }

    /** The api BatchWriteItem result. */
    public static BatchWriteItemResult fromSdk(BatchWriteItemResponse response) {
        Map<String, List<WriteRequest>> unprocessed = new LinkedHashMap<>();
        response.unprocessedItems().forEach((table, writes) -> {
            List<WriteRequest> requests = new ArrayList<>();
            for (var write : writes) {
                requests.add(fromSdk(write));
            }
            unprocessed.put(table, requests);
        });
        return new BatchWriteItemResult(
                unprocessed,
                CapacityMapper.fromSdk(response.consumedCapacity()),
                CollectionMetricsMapper.fromSdk(response.itemCollectionMetrics()));
    }

    static software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes toSdk(KeysAndAttributes keys) {
        return software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes.builder()
                .keys(AttributeValues.toSdkItems(keys.keys()))
                .consistentRead(keys.consistentRead() ? Boolean.TRUE : null)
                .projectionExpression(keys.projectionExpression().orElse(null))
                .expressionAttributeNames(Parameters.names(keys.expressionAttributeNames()))
                .attributesToGet(ClassicMapper.attributesToGet(keys.attributesToGet()))
                .build();
    }

    static KeysAndAttributes fromSdk(software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes keys) {
        return new KeysAndAttributes(
                AttributeValues.fromSdkItems(keys.keys()),
                Boolean.TRUE.equals(keys.consistentRead()),
                Optional.ofNullable(keys.projectionExpression()),
                keys.expressionAttributeNames(),
                keys.hasAttributesToGet() ? ClassicMapper.attributesToGetFromSdk(keys.attributesToGet()) : List.of());
    }

    private static Map<String, List<software.amazon.awssdk.services.dynamodb.model.WriteRequest>> writesToSdk(
            Map<String, List<WriteRequest>> writes) {
        Map<String, List<software.amazon.awssdk.services.dynamodb.model.WriteRequest>> sdk = new LinkedHashMap<>();
        writes.forEach((table, requests) -> {
            List<software.amazon.awssdk.services.dynamodb.model.WriteRequest> converted = new ArrayList<>();
            for (WriteRequest request : requests) {
                converted.add(toSdk(request));
            }
            sdk.put(table, converted);
        });
        return sdk;
    }

    static software.amazon.awssdk.services.dynamodb.model.WriteRequest toSdk(WriteRequest request) {
        return request.accept(new WriteRequest.Visitor<>() {
            @Override
            public software.amazon.awssdk.services.dynamodb.model.WriteRequest visitPut(WriteRequest.Put put) {
                return software.amazon.awssdk.services.dynamodb.model.WriteRequest.builder()
                        .putRequest(PutRequest.builder()
                                .item(AttributeValues.toSdk(put.item()))
                                .build())
                        .build();
            }

            @Override
            public software.amazon.awssdk.services.dynamodb.model.WriteRequest visitDelete(WriteRequest.Delete delete) {
                return software.amazon.awssdk.services.dynamodb.model.WriteRequest.builder()
                        .deleteRequest(DeleteRequest.builder()
                                .key(AttributeValues.toSdk(delete.key()))
                                .build())
                        .build();
            }
        });
    }

    static WriteRequest fromSdk(software.amazon.awssdk.services.dynamodb.model.WriteRequest request) {
        if (request.putRequest() != null) {
            return new WriteRequest.Put(
                    AttributeValues.fromSdk(request.putRequest().item()));
        }
        return new WriteRequest.Delete(
                AttributeValues.fromSdk(request.deleteRequest().key()));
    }
}
