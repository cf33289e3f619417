package io.tabletheory.server.internal.operation;

import io.tabletheory.api.port.ItemStore;
import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.DeleteItemResult;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.GetItemResult;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.PutItemResult;
import io.tabletheory.api.request.UpdateItemRequest;
import io.tabletheory.api.request.UpdateItemResult;
import io.tabletheory.api.request.WriteItemRequestBuilder;
import io.tabletheory.server.internal.json.WireObject;
import io.tabletheory.server.internal.json.WireWriter;
import java.util.List;

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
        RequestMembers.refuseLegacy(request, "AttributesToGet");
        GetItemResult result = store.getItem(getItemRequest(request));
        return WireWriter.object(out -> {
            if (result.item().isPresent()) {
                out.item("Item", result.item().get(), true);
            }
            out.consumedCapacity(result.consumedCapacity());
        });
    }

    /** A GetItem request (also a TransactGetItems {@code Get}, which has no ConsistentRead). */
    static GetItemRequest getItemRequest(WireObject request) {
        return GetItemRequest.builder(request.requiredString("TableName"), request.requiredAttributeMap("Key"))
                .consistentRead(request.bool("ConsistentRead").orElse(false))
                .projectionExpression(request.string("ProjectionExpression").orElse(null))
                .expressionAttributeNames(RequestMembers.expressionAttributeNames(request))
                .returnConsumedCapacity(RequestMembers.returnConsumedCapacity(request))
                .build();
    }

    private static byte[] putItem(ItemStore store, WireObject request) {
        PutItemResult result = store.putItem(putItemRequest(request));
        return WireWriter.object(out -> {
            out.item("Attributes", result.attributes(), false);
            out.consumedCapacity(result.consumedCapacity());
            out.itemCollectionMetrics(result.itemCollectionMetrics());
        });
    }

    /** A PutItem request (also the {@code Put} of a transaction). */
    static PutItemRequest putItemRequest(WireObject request) {
        RequestMembers.refuseLegacy(request, "Expected", "ConditionalOperator");
        return writeMembers(
                        PutItemRequest.builder(
                                request.requiredString("TableName"), request.requiredAttributeMap("Item")),
                        request)
                .build();
    }

    private static byte[] updateItem(ItemStore store, WireObject request) {
        UpdateItemResult result = store.updateItem(updateItemRequest(request));
        return WireWriter.object(out -> {
            out.item("Attributes", result.attributes(), false);
            out.consumedCapacity(result.consumedCapacity());
            out.itemCollectionMetrics(result.itemCollectionMetrics());
        });
    }

    /** An UpdateItem request (also the {@code Update} of a transaction). */
    static UpdateItemRequest updateItemRequest(WireObject request) {
        RequestMembers.refuseLegacy(request, "AttributeUpdates", "Expected", "ConditionalOperator");
        return writeMembers(
                        UpdateItemRequest.builder(
                                        request.requiredString("TableName"), request.requiredAttributeMap("Key"))
                                .updateExpression(
                                        request.string("UpdateExpression").orElse(null)),
                        request)
                .build();
    }

    private static byte[] deleteItem(ItemStore store, WireObject request) {
        DeleteItemResult result = store.deleteItem(deleteItemRequest(request));
        return WireWriter.object(out -> {
            out.item("Attributes", result.attributes(), false);
            out.consumedCapacity(result.consumedCapacity());
            out.itemCollectionMetrics(result.itemCollectionMetrics());
        });
    }

    /** A DeleteItem request (also the {@code Delete} of a transaction). */
    static DeleteItemRequest deleteItemRequest(WireObject request) {
        RequestMembers.refuseLegacy(request, "Expected", "ConditionalOperator");
        return writeMembers(
                        DeleteItemRequest.builder(
                                request.requiredString("TableName"), request.requiredAttributeMap("Key")),
                        request)
                .build();
    }

    /** The members every single-item write shares, read in the order DynamoDB reports their errors. */
    private static <B extends WriteItemRequestBuilder<B, ?>> B writeMembers(B builder, WireObject request) {
        return builder.conditionExpression(request.string("ConditionExpression").orElse(null))
                .expressionAttributeNames(RequestMembers.expressionAttributeNames(request))
                .expressionAttributeValues(RequestMembers.expressionAttributeValues(request))
                .returnValues(RequestMembers.returnValues(request))
                .returnValuesOnConditionCheckFailure(RequestMembers.returnValuesOnConditionCheckFailure(request))
                .returnConsumedCapacity(RequestMembers.returnConsumedCapacity(request))
                .returnItemCollectionMetrics(RequestMembers.returnItemCollectionMetrics(request));
    }
}
