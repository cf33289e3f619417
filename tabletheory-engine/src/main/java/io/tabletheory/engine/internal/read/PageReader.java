package io.tabletheory.engine.internal.read;

import io.tabletheory.Page;
import io.tabletheory.api.request.PageResult;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.call.ReadSettings;
import io.tabletheory.engine.internal.cursor.CursorCodec;
import io.tabletheory.engine.internal.cursor.DecodedCursor;
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
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Runs a Query or Scan plan page by page: asks {@code fetch} (the pure request step followed by the store) for each
 * page, decodes items, encodes and checks cursors, and offers the terminal shapes (one page, all items, a lazy
 * stream, the first item, a count).
 */
final class PageReader<T> implements Reader<T> {
    private final ModelSchema<T> schema;
    private final Optional<String> indexName;
    private final List<FieldMapping> pageKeyFields;
    private final ReadSettings settings;
    private final Function<PageRequest, PageResult> fetch;

    /**
     * A reader of the pages {@code fetch} returns.
     *
     * @param indexName the index read, when not the table
     * @param pageKeyFields the attributes of a page's LastEvaluatedKey
     */
    PageReader(
            ModelSchema<T> schema,
            Optional<String> indexName,
            List<FieldMapping> pageKeyFields,
            ReadSettings settings,
            Function<PageRequest, PageResult> fetch) {
        this.schema = schema;
        this.indexName = indexName;
        this.pageKeyFields = List.copyOf(pageKeyFields);
        this.settings = settings;
        this.fetch = fetch;
    }

    @Override
    public Page<T> page() {
        PageResult result = fetch(startKey(), settings.limit(), false);
        List<T> items = result.items().stream().map(schema.mapping()::read).toList();
        Optional<String> next = result.hasMore()
                ? Optional.of(CursorCodec.encode(
                        result.lastEvaluatedKey(),
                        indexName,
                        Optional.of(settings.order().name())))
                : Optional.empty();
        return new Page<>(
                items, result.hasMore(), next, result.count(), result.scannedCount(), result.consumedCapacity());
    }

    @Override
    public List<T> all() {
        List<T> items = new ArrayList<>();
        stream().forEach(items::add);
        return items;
    }

    @Override
    public Stream<T> stream() {
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

    @Override
    public Optional<T> first() {
        try (Stream<T> items = stream()) {
            return items.findFirst();
        }
    }

    /** With {@code Select COUNT} over every page. */
    @Override
    public long count() {
        long total = 0;
        Map<String, AttributeValue> next = startKey();
        do {
            PageResult result = fetch(next, OptionalInt.empty(), true);
            total += result.count();
            next = result.lastEvaluatedKey();
        } while (!next.isEmpty());
        return total;
    }

    private PageResult fetch(Map<String, AttributeValue> startKey, OptionalInt limit, boolean count) {
        return fetch.apply(new PageRequest(startKey, limit, count));
    }

    /** The cursor's last key, checked against this read: the same key attributes, index and order. */
    private Map<String, AttributeValue> startKey() {
        if (settings.cursor().isEmpty() || settings.cursor().get().isEmpty()) {
            return Map.of();
        }
        DecodedCursor cursor = CursorCodec.decode(settings.cursor().get());
        String read = indexName.map(name -> "index " + name).orElse("table " + schema.tableName());
        if (cursor.index().isPresent() && !cursor.index().equals(indexName)) {
            throw new IllegalArgumentException("invalid cursor: it was made for index "
                    + cursor.index().get() + ", but this read of " + schema.modelName() + " uses the " + read);
        }
        if (cursor.sort().isPresent()
                && !cursor.sort().get().equalsIgnoreCase(settings.order().name())) {
            throw new IllegalArgumentException("invalid cursor: it was made for "
                    + cursor.sort().get() + " order, but this read is " + settings.order());
        }
        Set<String> expected =
                pageKeyFields.stream().map(FieldMapping::attributeName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> actual = new TreeSet<>(cursor.lastKey().keySet());
        if (!expected.equals(actual)) {
            throw new IllegalArgumentException("invalid cursor: its key has the attributes " + actual + ", but a page"
                    + " of " + schema.modelName() + " on the " + read + " ends at a key of " + expected
                    + "; the cursor belongs to another model or index");
        }
        for (FieldMapping field : pageKeyFields) {
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
