package io.tabletheory.lambda.internal;

import io.tabletheory.Model;
import io.tabletheory.TableTheory;
import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the SnapStart resource runs before a checkpoint, against the in-process store of {@link Backend#prime}: for
 * each registered model, the engine's read path (a one-item Scan, mapped back) and the SDK's GetItem, PutItem and
 * Query paths for its table; with no model, the SDK paths for a placeholder table. Nothing reaches DynamoDB.
 */
final class Priming {
    private static final String PLACEHOLDER_TABLE = "tabletheory-priming";
    private static final Map<String, AttributeValue> KEY = Map.of("pk", AttributeValue.ofString("priming"));

    private Priming() {}

    static void run(TableTheory db, Collection<Class<?>> models, DynamoStore store) {
        TableTheory primed = db.withStore(store);
        List<String> tables = new ArrayList<>();
        for (Class<?> type : models) {
            Model<?> model = primed.model(type);
            model.limit(1).scan();
            tables.add(model.tableName());
        }
        if (tables.isEmpty()) {
            tables.add(PLACEHOLDER_TABLE);
        }
        for (String table : tables) {
            store.getItem(
                    GetItemRequest.builder(table, KEY).consistentRead(true).build());
            store.putItem(PutItemRequest.builder(table, KEY).build());
            store.query(QueryRequest.builder(table)
                    .keyConditionExpression("#k = :v")
                    .expressionAttributeNames(Map.of("#k", "pk"))
                    .expressionAttributeValues(Map.of(":v", AttributeValue.ofString("priming")))
                    .limit(1)
                    .build());
        }
    }
}
