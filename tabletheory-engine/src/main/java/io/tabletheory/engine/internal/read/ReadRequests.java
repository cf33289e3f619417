package io.tabletheory.engine.internal.read;

import io.tabletheory.SortOrder;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import io.tabletheory.api.request.ScanRequest;
import io.tabletheory.api.request.Select;
import io.tabletheory.engine.internal.call.ReadSettings;
import io.tabletheory.engine.internal.expression.ExpressionBuilder;
import io.tabletheory.engine.internal.mapping.FieldMapping;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import java.util.List;
import java.util.Optional;

/**
 * The pure first step of every read: from the model, a {@link ReadPlan}, the call's {@link ReadSettings} and the
 * page asked for to the port's GetItem, Query or Scan request. Placeholders are shared by the key condition, the
 * filter and the projection; a Query asks for the total consumed capacity, which costs nothing. Nothing here touches
 * a store, so requests are tested on the records returned.
 */
public final class ReadRequests {
    private ReadRequests() {}

    /** The GetItem request of the plan's key. */
    public static GetItemRequest getItem(ModelSchema<?> schema, ReadPlan.GetItem plan, ReadSettings settings) {
        GetItemRequest.Builder request =
                GetItemRequest.builder(schema.tableName(), plan.key()).consistentRead(settings.consistentRead());
        if (!settings.projection().isEmpty()) {
            ExpressionBuilder expressions = new ExpressionBuilder();
            request.projectionExpression(expressions.projection(projectionAttributes(settings)))
                    .expressionAttributeNames(expressions.names());
        }
        return request.build();
    }

    /** The Query request of one page. */
    public static QueryRequest query(
            ModelSchema<?> schema, ReadPlan.Query plan, ReadSettings settings, PageRequest page) {
        ExpressionBuilder expressions = new ExpressionBuilder();
        String keyCondition = expressions.render(plan.keyCondition());
        Optional<String> filter = plan.filter().map(expressions::render);
        Optional<String> projection = projection(settings, page, expressions);
        return QueryRequest.builder(schema.tableName())
                .indexName(plan.indexName().orElse(null))
                .keyConditionExpression(keyCondition)
                .filterExpression(filter.orElse(null))
                .projectionExpression(projection.orElse(null))
                .expressionAttributeNames(expressions.names())
                .expressionAttributeValues(expressions.values())
                .select(page.count() ? Select.COUNT : null)
                .limit(page.limit().isPresent() ? page.limit().getAsInt() : null)
                .exclusiveStartKey(page.startKey())
                .scanIndexForward(settings.order() == SortOrder.ASC)
                .consistentRead(settings.consistentRead())
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .build();
    }

    /** The Scan request of one page (of one segment, for a parallel scan). */
    public static ScanRequest scan(ModelSchema<?> schema, ReadPlan.Scan plan, ReadSettings settings, PageRequest page) {
        ExpressionBuilder expressions = new ExpressionBuilder();
        Optional<String> filter = plan.filter().map(expressions::render);
        Optional<String> projection = projection(settings, page, expressions);
        return ScanRequest.builder(schema.tableName())
                .indexName(plan.indexName().orElse(null))
                .filterExpression(filter.orElse(null))
                .projectionExpression(projection.orElse(null))
                .expressionAttributeNames(expressions.names())
                .expressionAttributeValues(expressions.values())
                .select(page.count() ? Select.COUNT : null)
                .limit(page.limit().isPresent() ? page.limit().getAsInt() : null)
                .exclusiveStartKey(page.startKey())
                .consistentRead(settings.consistentRead())
                .segment(settings.segment().isPresent() ? settings.segment().getAsInt() : null)
                .totalSegments(
                        settings.totalSegments().isPresent()
                                ? settings.totalSegments().getAsInt()
                                : null)
                .build();
    }

    private static Optional<String> projection(ReadSettings settings, PageRequest page, ExpressionBuilder expressions) {
        return page.count() || settings.projection().isEmpty()
                ? Optional.empty()
                : Optional.of(expressions.projection(projectionAttributes(settings)));
    }

    private static List<String> projectionAttributes(ReadSettings settings) {
        return settings.projection().stream().map(FieldMapping::attributeName).toList();
    }
}
