package io.tabletheory.server.internal.operation;

import io.tabletheory.api.port.ItemStore;
import io.tabletheory.api.request.PageRequestBuilder;
import io.tabletheory.api.request.PageResult;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import io.tabletheory.api.request.ScanRequest;
import io.tabletheory.api.request.Select;
import io.tabletheory.server.internal.json.WireObject;
import io.tabletheory.server.internal.json.WireWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Query and Scan on the wire: one page each, with {@code LastEvaluatedKey} when there is more. */
final class ReadOperations {
    private ReadOperations() {}

    static List<Operation> all(ItemStore store) {
        return List.of(
                new NamedOperation("Query", request -> {
                    QueryRequest query = queryRequest(request);
                    return page(store.query(query), query.select());
                }),
                new NamedOperation("Scan", request -> {
                    ScanRequest scan = scanRequest(request);
                    return page(store.scan(scan), scan.select());
                }));
    }

    private static QueryRequest queryRequest(WireObject request) {
        return pageMembers(QueryRequest::builder, request)
                .keyConditionExpression(request.string("KeyConditionExpression").orElse(null))
                .scanIndexForward(request.bool("ScanIndexForward").orElse(true))
                .keyConditions(ClassicMembers.conditions(request, "KeyConditions"))
                .queryFilter(ClassicMembers.conditions(request, "QueryFilter"))
                .build();
    }

    private static ScanRequest scanRequest(WireObject request) {
        return pageMembers(ScanRequest::builder, request)
                .segment(request.integer("Segment").orElse(null))
                .totalSegments(request.integer("TotalSegments").orElse(null))
                .scanFilter(ClassicMembers.conditions(request, "ScanFilter"))
                .build();
    }

    /**
     * The members Query and Scan share, read in the order DynamoDB reports their errors: an empty TableName alone,
     * then a missing TableName and every enum value outside its set together, then the rest.
     *
     * @param builder the request's builder from its TableName
     */
    private static <B extends PageRequestBuilder<B, ?>> B pageMembers(Function<String, B> builder, WireObject request) {
        MemberConstraints.checkTableName(request);
        MemberConstraints violations = new MemberConstraints().required(request, "TableName");
        Select select = RequestMembers.enumMember(request, "Select", Select.class, violations)
                .orElse(null);
        ReturnConsumedCapacity capacity = RequestMembers.returnConsumedCapacity(request, violations);
        violations.throwIfAny();
        return builder.apply(request.requiredString("TableName"))
                .indexName(request.string("IndexName").orElse(null))
                .filterExpression(request.string("FilterExpression").orElse(null))
                .projectionExpression(request.string("ProjectionExpression").orElse(null))
                .expressionAttributeNames(RequestMembers.expressionAttributeNames(request))
                .expressionAttributeValues(RequestMembers.expressionAttributeValues(request))
                .select(select)
                .limit(request.integer("Limit").orElse(null))
                .exclusiveStartKey(request.attributeMap("ExclusiveStartKey").orElse(Map.of()))
                .consistentRead(request.bool("ConsistentRead").orElse(false))
                .returnConsumedCapacity(capacity)
                .conditionalOperator(ClassicMembers.conditionalOperator(request).orElse(null))
                .attributesToGet(ClassicMembers.attributesToGet(request));
    }

    private static byte[] page(PageResult page, Optional<Select> select) {
        return WireWriter.object(out -> {
            // Select COUNT answers with no Items member at all, as DynamoDB does.
            if (select.orElse(null) != Select.COUNT) {
                out.items("Items", page.items());
            }
            out.json().writeNumberField("Count", page.count());
            out.json().writeNumberField("ScannedCount", page.scannedCount());
            out.item("LastEvaluatedKey", page.lastEvaluatedKey(), false);
            out.consumedCapacity(page.consumedCapacity());
        });
    }
}
