package io.tabletheory.server.internal.operation;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.port.TransactionStore;
import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.TransactGetItem;
import io.tabletheory.api.request.TransactGetItemsRequest;
import io.tabletheory.api.request.TransactGetItemsResult;
import io.tabletheory.api.request.TransactWriteItem;
import io.tabletheory.api.request.TransactWriteItemsRequest;
import io.tabletheory.api.request.TransactWriteItemsResult;
import io.tabletheory.api.request.UpdateItemRequest;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.server.internal.json.WireObject;
import io.tabletheory.server.internal.json.WireWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * TransactWriteItems and TransactGetItems on the wire. Each action is decoded as the single-item request of the
 * same name, so its members get the same checks; a cancelled transaction's {@code CancellationReasons} are written
 * by the error layer.
 */
final class TransactionOperations {
    private static final List<String> WRITE_ACTIONS = List.of("ConditionCheck", "Put", "Update", "Delete");

    private TransactionOperations() {}

    static List<Operation> all(TransactionStore store) {
        return List.of(
                new NamedOperation("TransactWriteItems", request -> transactWrite(store, request)),
                new NamedOperation("TransactGetItems", request -> transactGet(store, request)));
    }

    private static byte[] transactWrite(TransactionStore store, WireObject request) {
        List<TransactWriteItem> actions = new ArrayList<>();
        for (WireObject item : transactItems(request, "TransactWriteItem")) {
            actions.add(writeAction(item, actions.size() + 1));
        }
        TransactWriteItemsResult result = store.transactWriteItems(new TransactWriteItemsRequest(
                actions,
                request.string("ClientRequestToken"),
                RequestMembers.returnConsumedCapacity(request),
                RequestMembers.returnItemCollectionMetrics(request)));
        return WireWriter.object(out -> {
            out.consumedCapacities(result.consumedCapacity());
            out.itemCollectionMetrics(result.itemCollectionMetrics());
        });
    }

    /** The action at (1-based) {@code position}, which DynamoDB names in the path of a missing member. */
    private static TransactWriteItem writeAction(WireObject item, int position) {
        List<String> present = WRITE_ACTIONS.stream().filter(item::has).toList();
        if (present.size() != 1) {
            throw new ValidationException("TransactItems can only contain one of Check, Put, Update or Delete");
        }
        String action = present.get(0);
        WireObject body = item.requiredObject(action, action);
        switch (action) {
            case "ConditionCheck": {
                if (!body.has("ConditionExpression")) {
                    throw new ValidationException("1 validation error detected: Value null at 'transactItems."
                            + position + ".member.conditionCheck.conditionExpression' failed to satisfy constraint:"
                            + " Member must not be null");
                }
                DeleteItemRequest check = ItemOperations.deleteItemRequest(body);
                return new TransactWriteItem.ConditionCheck(
                        check.tableName(),
                        check.key(),
                        check.conditionExpression(),
                        check.expressionAttributeNames(),
                        check.expressionAttributeValues(),
                        check.returnValuesOnConditionCheckFailure());
            }
            case "Put": {
                PutItemRequest put = ItemOperations.putItemRequest(body);
                return new TransactWriteItem.Put(
                        put.tableName(),
                        put.item(),
                        put.conditionExpression(),
                        put.expressionAttributeNames(),
                        put.expressionAttributeValues(),
                        put.returnValuesOnConditionCheckFailure());
            }
            case "Update": {
                UpdateItemRequest update = ItemOperations.updateItemRequest(body);
                return new TransactWriteItem.Update(
                        update.tableName(),
                        update.key(),
                        update.updateExpression().orElseThrow(() -> body.missing("UpdateExpression")),
                        update.conditionExpression(),
                        update.expressionAttributeNames(),
                        update.expressionAttributeValues(),
                        update.returnValuesOnConditionCheckFailure());
            }
            default: {
                DeleteItemRequest delete = ItemOperations.deleteItemRequest(body);
                return new TransactWriteItem.Delete(
                        delete.tableName(),
                        delete.key(),
                        delete.conditionExpression(),
                        delete.expressionAttributeNames(),
                        delete.expressionAttributeValues(),
                        delete.returnValuesOnConditionCheckFailure());
            }
        }
    }

    private static byte[] transactGet(TransactionStore store, WireObject request) {
        List<TransactGetItem> gets = new ArrayList<>();
        for (WireObject item : transactItems(request, "TransactGetItem")) {
            GetItemRequest get = ItemOperations.getItemRequest(item.requiredObject("Get", "Get"));
            gets.add(new TransactGetItem(
                    get.tableName(), get.key(), get.projectionExpression(), get.expressionAttributeNames()));
        }
        TransactGetItemsResult result = store.transactGetItems(
                new TransactGetItemsRequest(gets, RequestMembers.returnConsumedCapacity(request)));
        return WireWriter.object(out -> {
            out.json().writeArrayFieldStart("Responses");
            for (Optional<Map<String, AttributeValue>> item : result.responses()) {
                out.json().writeStartObject();
                if (item.isPresent()) {
                    out.item("Item", item.get(), true);
                }
                out.json().writeEndObject();
            }
            out.json().writeEndArray();
            out.consumedCapacities(result.consumedCapacity());
        });
    }

    private static List<WireObject> transactItems(WireObject request, String shape) {
        if (!request.has("TransactItems")) {
            throw request.missing("TransactItems");
        }
        return request.objectList("TransactItems", shape);
    }
}
