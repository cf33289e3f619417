package io.tabletheory.server.internal.operation;

import io.tabletheory.api.port.ItemStore;
import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.DeleteItemResult;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.GetItemResult;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.PutItemResult;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import io.tabletheory.api.request.ReturnItemCollectionMetrics;
import io.tabletheory.api.request.ReturnValue;
import io.tabletheory.api.request.ReturnValuesOnConditionCheckFailure;
import io.tabletheory.api.request.UpdateItemRequest;
import io.tabletheory.api.request.UpdateItemResult;
import io.tabletheory.api.request.WriteItemRequestBuilder;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.server.internal.json.WireObject;
import io.tabletheory.server.internal.json.WireWriter;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** The single-item operations on the wire: GetItem, PutItem, UpdateItem and DeleteItem. */
final class ItemOperations {
    private ItemOperations() {}

    static List<Operation> all(ItemStore store) {
        return List.of(
                new NamedOperation("GetItem", request -> getItem(store, request)),
                new NamedOperation("PutItem", request -> putItem(store, request)),
                new NamedOperation("UpdateItem", request -> updateItem(store, request)),
                new NamedOperation("DeleteItem", request -> deleteItem(store, request)));
    }

    private static byte[] getItem(ItemStore store, WireObject request) {
        GetItemResult result = store.getItem(getItemRequest(request).toBuilder()
                .attributesToGet(ClassicMembers.attributesToGet(request))
                .build());
        return WireWriter.object(out -> {
            if (result.item().isPresent()) {
                out.item("Item", result.item().get(), true);
            }
            out.consumedCapacity(result.consumedCapacity());
        });
    }

    /** A GetItem request (also a TransactGetItems {@code Get}, which has no ConsistentRead). */
    static GetItemRequest getItemRequest(WireObject request) {
        MemberConstraints.checkTableName(request);
        MemberConstraints violations =
                new MemberConstraints().required(request, "TableName").required(request, "Key");
        ReturnConsumedCapacity capacity = RequestMembers.returnConsumedCapacity(request, violations);
        violations.throwIfAny();
        return GetItemRequest.builder(request.requiredString("TableName"), request.requiredAttributeMap("Key"))
                .consistentRead(request.bool("ConsistentRead").orElse(false))
                .projectionExpression(request.string("ProjectionExpression").orElse(null))
                .expressionAttributeNames(RequestMembers.expressionAttributeNames(request))
                .returnConsumedCapacity(capacity)
                .build();
    }

    private static byte[] putItem(ItemStore store, WireObject request) {
        PutItemResult result = store.putItem(putItemRequest(request).toBuilder()
                .expected(ClassicMembers.expected(request))
                .conditionalOperator(ClassicMembers.conditionalOperator(request).orElse(null))
                .build());
        return WireWriter.object(out -> {
            out.item("Attributes", result.attributes(), false);
            out.consumedCapacity(result.consumedCapacity());
            out.itemCollectionMetrics(result.itemCollectionMetrics());
        });
    }

    /** A PutItem request without its classic members (also the {@code Put} of a transaction, which has none). */
    static PutItemRequest putItemRequest(WireObject request) {
        return writeMembers(PutItemRequest::builder, "Item", request).build();
    }

    private static byte[] updateItem(ItemStore store, WireObject request) {
        UpdateItemResult result = store.updateItem(updateItemRequest(request).toBuilder()
                .attributeUpdates(ClassicMembers.attributeUpdates(request))
                .expected(ClassicMembers.expected(request))
                .conditionalOperator(ClassicMembers.conditionalOperator(request).orElse(null))
                .build());
        return WireWriter.object(out -> {
            out.item("Attributes", result.attributes(), false);
            out.consumedCapacity(result.consumedCapacity());
            out.itemCollectionMetrics(result.itemCollectionMetrics());
        });
    }

    /**
     * An UpdateItem request without its classic members (also the {@code Update} of a transaction, which has none).
     */
    static UpdateItemRequest updateItemRequest(WireObject request) {
        return writeMembers(UpdateItemRequest::builder, "Key", request)
                .updateExpression(request.string("UpdateExpression").orElse(null))
                .build();
    }

    private static byte[] deleteItem(ItemStore store, WireObject request) {
        DeleteItemResult result = store.deleteItem(deleteItemRequest(request).toBuilder()
                .expected(ClassicMembers.expected(request))
                .conditionalOperator(ClassicMembers.conditionalOperator(request).orElse(null))
                .build());
        return WireWriter.object(out -> {
            out.item("Attributes", result.attributes(), false);
            out.consumedCapacity(result.consumedCapacity());
            out.itemCollectionMetrics(result.itemCollectionMetrics());
        });
    }

    /**
     * A DeleteItem request without its classic members (also the {@code Delete} of a transaction, which has none).
     */
    static DeleteItemRequest deleteItemRequest(WireObject request) {
        return writeMembers(DeleteItemRequest::builder, "Key", request).build();
    }

    /**
     * The members every single-item write shares, read in the order DynamoDB reports their errors: an empty
     * TableName alone, then every missing required member and enum value outside its set together, then the
     * expression maps.
     *
     * @param builder the request's builder from its TableName and its item or key
     * @param keyOrItem the required member holding the item ({@code Item}) or the key ({@code Key})
     */
    private static <B extends WriteItemRequestBuilder<B, ?>> B writeMembers(
            BiFunction<String, Map<String, AttributeValue>, B> builder, String keyOrItem, WireObject request) {
        MemberConstraints.checkTableName(request);
        MemberConstraints violations =
                new MemberConstraints().required(request, "TableName").required(request, keyOrItem);
        ReturnConsumedCapacity capacity = RequestMembers.returnConsumedCapacity(request, violations);
        ReturnItemCollectionMetrics metrics = RequestMembers.returnItemCollectionMetrics(request, violations);
        ReturnValue returnValues = RequestMembers.returnValues(request, violations);
        ReturnValuesOnConditionCheckFailure onFailure =
                RequestMembers.returnValuesOnConditionCheckFailure(request, violations);
        violations.throwIfAny();
        return builder.apply(request.requiredString("TableName"), request.requiredAttributeMap(keyOrItem))
                .conditionExpression(request.string("ConditionExpression").orElse(null))
                .expressionAttributeNames(RequestMembers.expressionAttributeNames(request))
                .expressionAttributeValues(RequestMembers.expressionAttributeValues(request))
                .returnValues(returnValues)
                .returnValuesOnConditionCheckFailure(onFailure)
                .returnConsumedCapacity(capacity)
                .returnItemCollectionMetrics(metrics);
    }
}
