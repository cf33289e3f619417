package io.tabletheory.inmemory.internal.expr.cache;

import io.tabletheory.inmemory.internal.expr.parse.ConditionParser;
import io.tabletheory.inmemory.internal.expr.parse.KeyConditionParser;
import io.tabletheory.inmemory.internal.expr.parse.ProjectionParser;
import io.tabletheory.inmemory.internal.expr.parse.UpdateParser;
import io.tabletheory.inmemory.internal.expr.syntax.ExpressionKind;
import io.tabletheory.inmemory.internal.expr.syntax.ParsedCondition;
import io.tabletheory.inmemory.internal.expr.syntax.ParsedKeyCondition;
import io.tabletheory.inmemory.internal.expr.syntax.ParsedProjection;
import io.tabletheory.inmemory.internal.expr.syntax.ParsedUpdate;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A bounded, thread-safe cache of parsed expressions keyed by kind and text, so that a repeated expression string
 * (the common case: an application sends the same few expressions over and over) is parsed once. Only successful
 * parses are cached; when full, an arbitrary entry is evicted. Parsed expressions are immutable and independent of
 * the request's names and values, so one entry serves every request.
 */
public final class ExpressionCache {
    /** The default number of parsed expressions kept. */
    public static final int DEFAULT_CAPACITY = 4096;

    private final int capacity;
    private final ConcurrentHashMap<Key, Object> entries = new ConcurrentHashMap<>();

    /** A cache holding up to {@code capacity} parsed expressions. */
    public ExpressionCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    /** The parsed condition-language expression (ConditionExpression, FilterExpression). */
    public ParsedCondition condition(String text, ExpressionKind kind) {
        return get(new Key(kind, text), ParsedCondition.class, () -> ConditionParser.parse(text, kind));
    }

    /** The parsed ProjectionExpression. */
    public ParsedProjection projection(String text) {
        return get(
                new Key(ExpressionKind.PROJECTION, text), ParsedProjection.class, () -> ProjectionParser.parse(text));
    }

    /** The parsed KeyConditionExpression. */
    public ParsedKeyCondition keyCondition(String text) {
        return get(
                new Key(ExpressionKind.KEY_CONDITION, text),
                ParsedKeyCondition.class,
                () -> KeyConditionParser.parse(text));
    }

    /** The parsed UpdateExpression. */
    public ParsedUpdate update(String text) {
        return get(new Key(ExpressionKind.UPDATE, text), ParsedUpdate.class, () -> UpdateParser.parse(text));
    }

    /** How many parsed expressions are held. */
    public int size() {
        return entries.size();
    }

    private <T> T get(Key key, Class<T> type, Supplier<T> parser) {
        Object cached = entries.get(key);
        if (cached != null) {
            return type.cast(cached);
        }
        T parsed = parser.get();
        while (entries.size() >= capacity) {
            Iterator<Key> keys = entries.keySet().iterator();
            if (!keys.hasNext()) {
                break;
            }
            entries.remove(keys.next());
        }
        Object previous = entries.putIfAbsent(key, parsed);
        return type.cast(previous != null ? previous : parsed);
    }

    private record Key(ExpressionKind kind, String text) {
        Key {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
        }
    }
}
