package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.request.KeysAndAttributes;
import io.tabletheory.api.value.AttributeValue;
import java.util.Map;
import java.util.function.Function;

/**
 * The RequestItems of a BatchGetItem as AWS echoes them in a constraint message about them (an invalid table name):
 * compact JSON such as {@code {"bad!name":{"Keys":[{"pk":{"S":"a"}}]}}}, captured by [CONF] (research §0). The
 * captures hold keys only; the emulator adds {@code ConsistentRead}, {@code ProjectionExpression} and {@code
 * ExpressionAttributeNames}, when set, after the keys, an order no capture shows. Key attributes keep request order.
 */
final class BatchGetEcho {
    private BatchGetEcho() {}

    /** The request items as compact JSON, in request order. */
    static String render(Map<String, KeysAndAttributes> requestItems) {
        StringBuilder json = new StringBuilder("{");
        String tableSeparator = "";
        for (Map.Entry<String, KeysAndAttributes> entry : requestItems.entrySet()) {
            KeysAndAttributes read = entry.getValue();
            json.append(tableSeparator).append(quote(entry.getKey())).append(":{\"Keys\":[");
            String keySeparator = "";
            for (Map<String, AttributeValue> key : read.keys()) {
                json.append(keySeparator).append(object(key, AttributeValue::toString));
                keySeparator = ",";
            }
            json.append(']');
            if (read.consistentRead()) {
                json.append(",\"ConsistentRead\":true");
            }
            read.projectionExpression().ifPresent(projection -> json.append(",\"ProjectionExpression\":")
                    .append(quote(projection)));
            if (!read.expressionAttributeNames().isEmpty()) {
                json.append(",\"ExpressionAttributeNames\":")
                        .append(object(read.expressionAttributeNames(), BatchGetEcho::quote));
            }
            if (!read.attributesToGet().isEmpty()) {
                json.append(",\"AttributesToGet\":[");
                String nameSeparator = "";
                for (String name : read.attributesToGet()) {
                    json.append(nameSeparator).append(quote(name));
                    nameSeparator = ",";
                }
                json.append(']');
            }
            json.append('}');
            tableSeparator = ",";
        }
        return json.append('}').toString();
    }

    /** A JSON object of attribute values (rendered by their own DynamoDB JSON) or of strings (quoted). */
    private static <T> String object(Map<String, T> members, Function<T, String> render) {
        StringBuilder json = new StringBuilder("{");
        String separator = "";
        for (Map.Entry<String, T> member : members.entrySet()) {
            json.append(separator).append(quote(member.getKey())).append(':').append(render.apply(member.getValue()));
            separator = ",";
        }
        return json.append('}').toString();
    }

    private static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char character = text.charAt(i);
            if (character == '"' || character == '\\') {
                json.append('\\').append(character);
            } else if (character < 0x20) {
                json.append(String.format("\\u%04x", (int) character));
            } else {
                json.append(character);
            }
        }
        return json.append('"').toString();
    }
}
