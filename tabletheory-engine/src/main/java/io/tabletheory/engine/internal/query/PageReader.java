package io.tabletheory.engine.internal.query;

import io.tabletheory.Page;
import io.tabletheory.SortOrder;
import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.PageResult;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import io.tabletheory.api.request.ScanRequest;
import io.tabletheory.api.request.Select;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.cursor.CursorCodec;
import io.tabletheory.engine.internal.cursor.DecodedCursor;
import io.tabletheory.engine.internal.expression.ExpressionBuilder;
import io.tabletheory.engine.internal.mapping.FieldMapping;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Runs a planned read against the store, one DynamoDB request per page: builds the GetItem, Query or Scan request
 * (placeholders shared by key condition, filter and projection; total consumed capacity requested, which costs
 * nothing), decodes items, encodes and checks cursors, and offers the terminal shapes (one page, all items, a lazy
 * stream, a count).
 */
public final class PageReader<T> {
    private final DynamoStore store;
    private final ModelSchema<T> schema;
    private final QueryPlan plan;
    private final ReadSettings settings;

    /** A reader of this plan with these settings. */
    public PageReader(DynamoStore store, ModelSchema<T> schema, QueryPlan plan, ReadSettings settings) {
        this.store = store;
        this.schema = schema;
        this.plan = plan;
        this.settings = settings;
        if (plan.kind() == QueryPlan.Kind.SCAN && settings.order() == SortOrder.DESC) {
            throw new IllegalStateException("orderBy(DESC) needs a query, but this read of " + schema.modelName()
                    + " is a Scan, whose order DynamoDB does not define; add an '=' condition on a partition key");
        }
    }

    /** One page, starting at the cursor. */
    public Page<T> page() {
        if (plan.kind() == QueryPlan.Kind.GET_ITEM) {
            List<T> items = getItem().map(List::of).orElse(List.of());
            return new Page<>(items, false, Optional.empty(), items.size(), items.size(), Optional.empty());
        }
        PageResult result = fetch(startKey(), settings.limit(), false);
        List<T> items = result.items().stream().map(schema.mapping()::read).toList();
        Optional<String> next = result.hasMore()
                ? Optional.of(CursorCodec.encode(
                        result.lastEvaluatedKey(),
                        plan.indexName(),
                        Optional.of(settings.order().name())))
                : Optional.empty();
        return new Page<>(
                items, result.hasMore(), next, result.count(), result.scannedCount(), result.consumedCapacity());
    }

    /** Every item from the cursor on, page after page; at most {@code limit} items when a limit is set. */
    public List<T> all() {
        List<T> items = new ArrayList<>();
        stream().forEach(items::add);
        return items;
    }

    /** Every item, read lazily one page at a time as the stream is consumed. */
    public Stream<T> stream() {
        if (plan.kind() == QueryPlan.Kind.GET_ITEM) {
            return getItem().stream();
        }
        Iterator<T> items = new Iterator<>() {
            private Map<String, AttributeValue> next = startKey();
            private boolean started;
            private Iterator<Map<String, AttributeValue>> page =
                    List.<Map<String, AttributeValue>>of().iterator();
            private int delivered;

            @Override
            public boolean hasNext() {
                if (settings.limit().isPresent()
                        && delivered >= settings.limit().getAsInt()) {
                    return false;
                }
                while (!page.hasNext() && (!started || !next.isEmpty())) {
                    OptionalInt pageLimit = settings.limit().isPresent()
                            ? OptionalInt.of(settings.limit().getAsInt() - delivered)
                            : OptionalInt.empty();
                    PageResult result = fetch(next, pageLimit, false);
                    started = true;
                    next = result.lastEvaluatedKey();
                    page = result.items().iterator();
                }
                return page.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                delivered++;
                return schema.mapping().read(page.next());
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED), false);
    }

    /** The first item, reading as few pages as it takes. */
    public Optional<T> first() {
        if (plan.kind() == QueryPlan.Kind.GET_ITEM) {
            return getItem();
        }
        try (Stream<T> items = stream()) {
            return items.findFirst();
        }
    }

    /** The number of matching items, with {@code Select COUNT} over every page (the limit does not apply). */
    public long count() {
        if (plan.kind() == QueryPlan.Kind.GET_ITEM) {
            return getItem().isPresent() ? 1 : 0;
        }
        long total = 0;
        Map<String, AttributeValue> next = startKey();
        do {
            PageResult result = fetch(next, OptionalInt.empty(), true);
            total += result.count();
            next = result.lastEvaluatedKey();
        } while (!next.isEmpty());
        return total;
    }

    private Optional<T> getItem() {
        GetItemRequest.Builder request =
                GetItemRequest.builder(schema.tableName(), plan.key()).consistentRead(settings.consistentRead());
        if (!settings.projection().isEmpty()) {
            ExpressionBuilder expressions = new ExpressionBuilder();
            request.projectionExpression(expressions.projection(projectionAttributes()))
                    .expressionAttributeNames(expressions.names());
        }
        return store.getItem(request.build()).item().map(schema.mapping()::read);
    }

    private PageResult fetch(Map<String, AttributeValue> startKey, OptionalInt limit, boolean count) {
        ExpressionBuilder expressions = new ExpressionBuilder();
        Optional<String> keyCondition = plan.keyCondition().map(expressions::render);
        Optional<String> filter = plan.filter().map(expressions::render);
        Optional<String> projection = count || settings.projection().isEmpty()
                ? Optional.empty()
                : Optional.of(expressions.projection(projectionAttributes()));
        Integer pageLimit = limit.isPresent() ? limit.getAsInt() : null;
        if (plan.kind() == QueryPlan.Kind.QUERY) {
            return store.query(QueryRequest.builder(schema.tableName())
                    .indexName(plan.indexName().orElse(null))
                    .keyConditionExpression(keyCondition.orElseThrow())
                    .filterExpression(filter.orElse(null))
                    .projectionExpression(projection.orElse(null))
                    .expressionAttributeNames(expressions.names())
                    .expressionAttributeValues(expressions.values())
                    .select(count ? Select.COUNT : null)
                    .limit(pageLimit)
                    .exclusiveStartKey(startKey)
                    .scanIndexForward(settings.order() == SortOrder.ASC)
                    .consistentRead(settings.consistentRead())
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                    .build());
        }
        return store.scan(ScanRequest.builder(schema.tableName())
                .indexName(plan.indexName().orElse(null))
                .filterExpression(filter.orElse(null))
                .projectionExpression(projection.orElse(null))
                .expressionAttributeNames(expressions.names())
                .expressionAttributeValues(expressions.values())
                .select(count ? Select.COUNT : null)
                .limit(pageLimit)
                .exclusiveStartKey(startKey)
                .consistentRead(settings.consistentRead())
                .segment(settings.segment().isPresent() ? settings.segment().getAsInt() : null)
                .totalSegments(
                        settings.totalSegments().isPresent()
                                ? settings.totalSegments().getAsInt()
                                : null)
                .build());
    }

    private List<String> projectionAttributes() {
        return settings.projection().stream().map(FieldMapping::attributeName).toList();
    }

    /** The cursor's last key, checked against this read: the same key attributes, index and order. */
    private Map<String, AttributeValue> startKey() {
        if (settings.cursor().isEmpty() || settings.cursor().get().isEmpty()) {
            return Map.of();
        }
        DecodedCursor cursor = CursorCodec.decode(settings.cursor().get());
        String read = plan.indexName().map(name -> "index " + name).orElse("table " + schema.tableName());
        if (cursor.index().isPresent() && !cursor.index().equals(plan.indexName())) {
            throw new IllegalArgumentException("invalid cursor: it was made for index "
                    + cursor.index().get() + ", but this read of " + schema.modelName() + " uses the " + read);
        }
        if (cursor.sort().isPresent()
                && !cursor.sort().get().equalsIgnoreCase(settings.order().name())) {
            throw new IllegalArgumentException("invalid cursor: it was made for "
                    + cursor.sort().get() + " order, but this read is " + settings.order());
        }
        Set<String> expected = plan.pageKeyFields().stream()
                .map(FieldMapping::attributeName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> actual = new TreeSet<>(cursor.lastKey().keySet());
        if (!expected.equals(actual)) {
            throw new IllegalArgumentException("invalid cursor: its key has the attributes " + actual + ", but a page"
                    + " of " + schema.modelName() + " on the " + read + " ends at a key of " + expected
                    + "; the cursor belongs to another model or index");
        }
        for (FieldMapping field : plan.pageKeyFields()) {
            AttributeValue value = cursor.lastKey().get(field.attributeName());
            boolean typed = field.converter()
                    .keyType()
                    .map(type -> type.attributeType() == value.type())
                    .orElse(true);
            if (!typed) {
                throw new IllegalArgumentException("invalid cursor: its " + field.attributeName() + " is "
                        + value.type() + ", but " + field.location() + " is "
                        + field.converter().keyType().orElseThrow());
            }
        }
        return cursor.lastKey();
    }
}
