package io.tabletheory.server.internal.operation;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.port.ItemStore;
import io.tabletheory.api.request.BatchGetItemRequest;
import io.tabletheory.api.request.BatchGetItemResult;
import io.tabletheory.api.request.BatchWriteItemRequest;
import io.tabletheory.api.request.BatchWriteItemResult;
import io.tabletheory.api.request.KeysAndAttributes;
import io.tabletheory.api.request.WriteRequest;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.server.internal.json.WireObject;
import io.tabletheory.server.internal.json.WireWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * BatchGetItem and BatchWriteItem on the wire, with {@code UnprocessedKeys} and {@code UnprocessedItems} in the
 * request's own shape so that clients can send them back as they are.
 */
final class BatchOperations {
    private BatchOperations() {}

    static List<Operation> all(ItemStore store) {
        return List.of(
                new NamedOperation("BatchGetItem", request -> batchGet(store, request)),
                new NamedOperation("BatchWriteItem", request -> batchWrite(store, request)));
    }

    private static byte[] batchGet(ItemStore store, WireObject request) {
        if (!request.has("RequestItems")) {
            throw request.missing("RequestItems");
        }
        Map<String, KeysAndAttributes> requestItems = new LinkedHashMap<>();
        request.objectMap("RequestItems", "KeysAndAttributes")
                .forEach((table, keys) -> requestItems.put(table, keysAndAttributes(keys)));
        BatchGetItemResult result = store.batchGetItem(
                new BatchGetItemRequest(requestItems, RequestMembers.returnConsumedCapacity(request)));
        return WireWriter.object(out -> {
            out.json().writeObjectFieldStart("Responses");
            for (Map.Entry<String, List<Map<String, AttributeValue>>> table :
                    result.responses().entrySet()) {
                out.items(table.getKey(), table.getValue());
            }
            out.json().writeEndObject();
            out.json().writeObjectFieldStart("UnprocessedKeys");
            for (Map.Entry<String, KeysAndAttributes> table :
                    result.unprocessedKeys().entrySet()) {
                out.json().writeFieldName(table.getKey());
                writeKeysAndAttributes(table.getValue(), out);
            }
            out.json().writeEndObject();
            out.consumedCapacities(result.consumedCapacity());
        });
    }

    private static KeysAndAttributes keysAndAttributes(WireObject keys) {
        return new KeysAndAttributes(
                keys.attributeMapList("Keys"),
                keys.bool("ConsistentRead").orElse(false),
                keys.string("ProjectionExpression"),
                RequestMembers.expressionAttributeNames(keys),
                ClassicMembers.attributesToGet(keys));
    }

    private static void writeKeysAndAttributes(KeysAndAttributes keys, WireWriter out) throws IOException {
        out.json().writeStartObject();
        out.items("Keys", keys.keys());
        if (keys.consistentRead()) {
            out.json().writeBooleanField("ConsistentRead", true);
        }
        out.string("ProjectionExpression", keys.projectionExpression());
        if (!keys.expressionAttributeNames().isEmpty()) {
            out.json().writeObjectFieldStart("ExpressionAttributeNames");
            for (Map.Entry<String, String> name :
                    keys.expressionAttributeNames().entrySet()) {
                out.json().writeStringField(name.getKey(), name.getValue());
            }
            out.json().writeEndObject();
        }
        if (!keys.attributesToGet().isEmpty()) {
            out.json().writeArrayFieldStart("AttributesToGet");
            for (String name : keys.attributesToGet()) {
                out.json().writeString(name);
            }
            out.json().writeEndArray();
        }
        out.json().writeEndObject();
    }

    private static byte[] batchWrite(ItemStore store, WireObject request) {
        if (!request.has("RequestItems")) {
            throw request.missing("RequestItems");
        }
        Map<String, List<WriteRequest>> requestItems = new LinkedHashMap<>();
        request.objectListMap("RequestItems", "WriteRequest").forEach((table, writes) -> {
            List<WriteRequest> decoded = new ArrayList<>();
            for (WireObject write : writes) {
                decoded.add(writeRequest(write));
            }
            requestItems.put(table, decoded);
        });
        BatchWriteItemResult result = store.batchWriteItem(new BatchWriteItemRequest(
                requestItems,
                RequestMembers.returnConsumedCapacity(request),
                RequestMembers.returnItemCollectionMetrics(request)));
        return WireWriter.object(out -> {
            out.json().writeObjectFieldStart("UnprocessedItems");
            for (Map.Entry<String, List<WriteRequest>> table :
                    result.unprocessedItems().entrySet()) {
                out.json().writeArrayFieldStart(table.getKey());
                for (WriteRequest write : table.getValue()) {
                    writeWriteRequest(write, out);
                }
                out.json().writeEndArray();
            }
            out.json().writeEndObject();
            out.consumedCapacities(result.consumedCapacity());
            out.itemCollectionMetrics(result.itemCollectionMetrics());
        });
    }

    private static WriteRequest writeRequest(WireObject write) {
        boolean put = write.has("PutRequest");
        boolean delete = write.has("DeleteRequest");
        if (put == delete) {
            throw new ValidationException("A WriteRequest must contain exactly one of PutRequest and DeleteRequest;"
                    + " the one at '" + write.path() + "' has " + (put ? "both" : "neither"));
        }
        if (put) {
            return new WriteRequest.Put(
                    write.requiredObject("PutRequest", "PutRequest").requiredAttributeMap("Item"));
        }
        return new WriteRequest.Delete(
                write.requiredObject("DeleteRequest", "DeleteRequest").requiredAttributeMap("Key"));
    }

    private static void writeWriteRequest(WriteRequest write, WireWriter out) throws IOException {
        out.json().writeStartObject();
        write.accept(new WriteRequest.Visitor<WireWriter.Body>() {
                    @Override
                    public WireWriter.Body visitPut(WriteRequest.Put put) {
                        return body -> {
                            body.json().writeObjectFieldStart("PutRequest");
                            body.item("Item", put.item(), true);
                        };
                    }

                    @Override
                    public WireWriter.Body visitDelete(WriteRequest.Delete delete) {
                        return body -> {
                            body.json().writeObjectFieldStart("DeleteRequest");
                            body.item("Key", delete.key(), true);
                        };
                    }
                })
                .write(out);
        out.json().writeEndObject();
        out.json().writeEndObject();
    }
}
