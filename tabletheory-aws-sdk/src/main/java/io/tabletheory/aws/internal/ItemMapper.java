package io.tabletheory.aws.internal;

import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.DeleteItemResult;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.GetItemResult;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.PutItemResult;
import io.tabletheory.api.request.UpdateItemRequest;
import io.tabletheory.api.request.UpdateItemResult;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Maps the single-item operations (GetItem, PutItem, UpdateItem, DeleteItem) between the api's request and result
 * records and the SDK's, parameter for parameter.
 */
public final class ItemMapper {
    private ItemMapper() {}

    /** The SDK GetItem request. */
    public static software.amazon.awssdk.services.dynamodb.model.GetItemRequest toSdk(GetItemRequest request) {
        return software.amazon.awssdk.services.dynamodb.model.GetItemRequest.builder()
                .tableName(request.tableName())
                .key(AttributeValues.toSdk(request.key()))
                .consistentRead(request.consistentRead() ? Boolean.TRUE : null)
                .projectionExpression(request.projectionExpression().orElse(null))
                .expressionAttributeNames(Parameters.names(request.expressionAttributeNames()))
                .returnConsumedCapacity(Parameters.capacity(request.returnConsumedCapacity()))
                .attributesToGet(ClassicMapper.attributesToGet(request.attributesToGet()))
                .build();
    }

    /** The api GetItem result: the item when DynamoDB returned one (possibly empty after a projection). */
    public static GetItemResult fromSdk(GetItemResponse response) {
        return new GetItemResult(
                response.hasItem() ? Optional.of(AttributeValues.fromSdk(response.item())) : Optional.empty(),
                CapacityMapper.fromSdk(response.consumedCapacity()));
    }

    /** The SDK PutItem request. */
    public static software.amazon.awssdk.services.dynamodb.model.PutItemRequest toSdk(PutItemRequest request) {
        return software.amazon.awssdk.services.dynamodb.model.PutItemRequest.builder()
                .tableName(request.tableName())
                .item(AttributeValues.toSdk(request.item()))
                .conditionExpression(request.conditionExpression().orElse(null))
                .expressionAttributeNames(Parameters.names(request.expressionAttributeNames()))
                .expressionAttributeValues(AttributeValues.toSdkOrNull(request.expressionAttributeValues()))
                .returnValues(Parameters.returnValues(request.returnValues()))
                .returnValuesOnConditionCheckFailure(
                        Parameters.onConditionFailure(request.returnValuesOnConditionCheckFailure()))
                .returnConsumedCapacity(Parameters.capacity(request.returnConsumedCapacity()))
                .returnItemCollectionMetrics(CollectionMetricsMapper.toSdk(request.returnItemCollectionMetrics()))
                .expected(ClassicMapper.expected(request.expected()))
                .conditionalOperator(ClassicMapper.conditionalOperator(request.conditionalOperator()))
                .build();
    }

    /** The api PutItem result. */
    public static PutItemResult fromSdk(PutItemResponse response) {
        return new PutItemResult(
                response.hasAttributes() ? AttributeValues.fromSdk(response.attributes()) : Map.of(),
                CapacityMapper.fromSdk(response.consumedCapacity()),
                CollectionMetricsMapper.fromSdk(response.itemCollectionMetrics()));
    }

    /** The SDK UpdateItem request. */
    public static software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest toSdk(UpdateItemRequest request) {
        return software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest.builder()
                .tableName(request.tableName())
                .key(AttributeValues.toSdk(request.key()))
                .updateExpression(request.updateExpression().orElse(null))
                .conditionExpression(request.conditionExpression().orElse(null))
                .expressionAttributeNames(Parameters.names(request.expressionAttributeNames()))
                .expressionAttributeValues(AttributeValues.toSdkOrNull(request.expressionAttributeValues()))
                .returnValues(Parameters.returnValues(request.returnValues()))
                .returnValuesOnConditionCheckFailure(
                        Parameters.onConditionFailure(request.returnValuesOnConditionCheckFailure()))
                .returnConsumedCapacity(Parameters.capacity(request.returnConsumedCapacity()))
                .returnItemCollectionMetrics(CollectionMetricsMapper.toSdk(request.returnItemCollectionMetrics()))
                .attributeUpdates(ClassicMapper.attributeUpdates(request.attributeUpdates()))
                .expected(ClassicMapper.expected(request.expected()))
                .conditionalOperator(ClassicMapper.conditionalOperator(request.conditionalOperator()))
                .build();
    }

    /** The api UpdateItem result. */
    public static UpdateItemResult fromSdk(UpdateItemResponse response) {
        return new UpdateItemResult(
                response.hasAttributes() ? AttributeValues.fromSdk(response.attributes()) : Map.of(),
                CapacityMapper.fromSdk(response.consumedCapacity()),
                CollectionMetricsMapper.fromSdk(response.itemCollectionMetrics()));
    }

    /** The SDK DeleteItem request. */
    public static software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest toSdk(DeleteItemRequest request) {
        return software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest.builder()
                .tableName(request.tableName())
                .key(AttributeValues.toSdk(request.key()))
                .conditionExpression(request.conditionExpression().orElse(null))
                .expressionAttributeNames(Parameters.names(request.expressionAttributeNames()))
                .expressionAttributeValues(AttributeValues.toSdkOrNull(request.expressionAttributeValues()))
                .returnValues(Parameters.returnValues(request.returnValues()))
                .returnValuesOnConditionCheckFailure(
                        Parameters.onConditionFailure(request.returnValuesOnConditionCheckFailure()))
                .returnConsumedCapacity(Parameters.capacity(request.returnConsumedCapacity()))
                .returnItemCollectionMetrics(CollectionMetricsMapper.toSdk(request.returnItemCollectionMetrics()))
                .expected(ClassicMapper.expected(request.expected()))
                .conditionalOperator(ClassicMapper.conditionalOperator(request.conditionalOperator()))
                .build();
    }

    /** The api DeleteItem result. */
    public static DeleteItemResult fromSdk(DeleteItemResponse response) {
        return new DeleteItemResult(
                response.hasAttributes() ? AttributeValues.fromSdk(response.attributes()) : Map.of(),
                CapacityMapper.fromSdk(response.consumedCapacity()),
                CollectionMetricsMapper.fromSdk(response.itemCollectionMetrics()));
    }
}
