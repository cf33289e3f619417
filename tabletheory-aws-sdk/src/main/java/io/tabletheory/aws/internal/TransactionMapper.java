package io.tabletheory.aws.internal;

import io.tabletheory.api.request.TransactGetItem;
import io.tabletheory.api.request.TransactGetItemsRequest;
import io.tabletheory.api.request.TransactGetItemsResult;
import io.tabletheory.api.request.TransactWriteItem;
import io.tabletheory.api.request.TransactWriteItemsRequest;
import io.tabletheory.api.request.TransactWriteItemsResult;
import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Get;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Maps TransactWriteItems and TransactGetItems between the api's records and the SDK's: each action keeps its
 * position (cancellation reasons and read responses follow request order), its condition, its placeholders and its
 * {@code ReturnValuesOnConditionCheckFailure}.
 */
public final class TransactionMapper {
    private TransactionMapper() {}

    /** The SDK TransactWriteItems request. */
    public static software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest toSdk(
            TransactWriteItemsRequest request) {
        List<software.amazon.awssdk.services.dynamodb.model.TransactWriteItem> actions = new ArrayList<>();
        for (TransactWriteItem action : request.transactItems()) {
            actions.add(toSdk(action));
        }
        return software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest.builder()
                .transactItems(actions)
                .clientRequestToken(request.clientRequestToken().orElse(null))
                .returnConsumedCapacity(Parameters.capacity(request.returnConsumedCapacity()))
                .returnItemCollectionMetrics(CollectionMetricsMapper.toSdk(request.returnItemCollectionMetrics()))
                .build();
    }

    /** The api TransactWriteItems result. */
    public static TransactWriteItemsResult fromSdk(TransactWriteItemsResponse response) {
        return new TransactWriteItemsResult(
                CapacityMapper.fromSdk(response.consumedCapacity()),
                CollectionMetricsMapper.fromSdk(response.itemCollectionMetrics()));
    }

    /** The SDK TransactGetItems request. */
    public static software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest toSdk(
            TransactGetItemsRequest request) {
        List<software.amazon.awssdk.services.dynamodb.model.TransactGetItem> gets = new ArrayList<>();
        for (TransactGetItem get : request.transactItems()) {
            gets.add(software.amazon.awssdk.services.dynamodb.model.TransactGetItem.builder()
                    .get(Get.builder()
                            .tableName(get.tableName())
                            .key(AttributeValues.toSdk(get.key()))
                            .projectionExpression(get.projectionExpression().orElse(null))
                            .expressionAttributeNames(Parameters.names(get.expressionAttributeNames()))
                            .build())
                    .build());
        }
        return software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest.builder()
                .transactItems(gets)
                .returnConsumedCapacity(Parameters.capacity(request.returnConsumedCapacity()))
                .build();
    }

    /** The api TransactGetItems result: one entry per requested key, empty where the item does not exist. */
    public static TransactGetItemsResult fromSdk(TransactGetItemsResponse response) {
        List<Optional<Map<String, AttributeValue>>> items = new ArrayList<>();
        for (var item : response.responses()) {
            items.add(item.hasItem() ? Optional.of(AttributeValues.fromSdk(item.item())) : Optional.empty());
        }
        return new TransactGetItemsResult(items, CapacityMapper.fromSdk(response.consumedCapacity()));
    }

    private static software.amazon.awssdk.services.dynamodb.model.TransactWriteItem toSdk(TransactWriteItem action) {
        var names = Parameters.names(action.expressionAttributeNames());
        var values = AttributeValues.toSdkOrNull(action.expressionAttributeValues());
        var onFailure = Parameters.onConditionFailure(action.returnValuesOnConditionCheckFailure());
        String condition = action.conditionExpression().orElse(null);
        var sdk = software.amazon.awssdk.services.dynamodb.model.TransactWriteItem.builder();
        return action.accept(new TransactWriteItem.Visitor<>() {
            @Override
            public software.amazon.awssdk.services.dynamodb.model.TransactWriteItem visitConditionCheck(
                    TransactWriteItem.ConditionCheck check) {
                return sdk.conditionCheck(ConditionCheck.builder()
                                .tableName(check.tableName())
                                .key(AttributeValues.toSdk(check.key()))
                                .conditionExpression(condition)
                                .expressionAttributeNames(names)
                                .expressionAttributeValues(values)
                                .returnValuesOnConditionCheckFailure(onFailure)
                                .build())
                        .build();
            }

            @Override
            public software.amazon.awssdk.services.dynamodb.model.TransactWriteItem visitPut(
                    TransactWriteItem.Put put) {
                return sdk.put(Put.builder()
                                .tableName(put.tableName())
                                .item(AttributeValues.toSdk(put.item()))
                                .conditionExpression(condition)
                                .expressionAttributeNames(names)
                                .expressionAttributeValues(values)
                                .returnValuesOnConditionCheckFailure(onFailure)
                                .build())
                        .build();
            }

            @Override
            public software.amazon.awssdk.services.dynamodb.model.TransactWriteItem visitUpdate(
                    TransactWriteItem.Update update) {
                return sdk.update(Update.builder()
                                .tableName(update.tableName())
                                .key(AttributeValues.toSdk(update.key()))
                                .updateExpression(update.updateExpression())
                                .conditionExpression(condition)
                                .expressionAttributeNames(names)
                                .expressionAttributeValues(values)
                                .returnValuesOnConditionCheckFailure(onFailure)
                                .build())
                        .build();
            }

            @Override
            public software.amazon.awssdk.services.dynamodb.model.TransactWriteItem visitDelete(
                    TransactWriteItem.Delete delete) {
                return sdk.delete(Delete.builder()
                                .tableName(delete.tableName())
                                .key(AttributeValues.toSdk(delete.key()))
                                .conditionExpression(condition)
                                .expressionAttributeNames(names)
                                .expressionAttributeValues(values)
                                .returnValuesOnConditionCheckFailure(onFailure)
                                .build())
                        .build();
            }
        });
    }
}
