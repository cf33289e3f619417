package io.tabletheory.aws.internal;

import io.tabletheory.api.value.AttributeValue;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An api item seen as a map of SDK attribute values: read-only, in the item's order, each value converted by
 * {@link AttributeValues#toSdk(AttributeValue)} when it is read. Every SDK builder copies the maps it is given into a
 * map of its own (its generated {@code ...Copier}), so handing it this view instead of a filled {@code LinkedHashMap}
 * converts each value once, straight into the builder's copy, and saves a map of entries per request. Internal to
 * the AWS adapter; made by {@link AttributeValues#toSdk(Map)}.
 */
final class SdkValueMap extends AbstractMap<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> {
    private final Map<String, AttributeValue> values;

    SdkValueMap(Map<String, AttributeValue> values) {
        this.values = values;
    }

    @Override
    public int size() {
        return values.size();
    }

    @Override
    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public boolean containsKey(Object name) {
        return values.containsKey(name);
    }

    @Override
    public software.amazon.awssdk.services.dynamodb.model.AttributeValue get(Object name) {
        AttributeValue value = values.get(name);
        return value == null ? null : AttributeValues.toSdk(value);
    }

    @Override
    public void forEach(
            BiConsumer<? super String, ? super software.amazon.awssdk.services.dynamodb.model.AttributeValue> action) {
        values.forEach((name, value) -> action.accept(name, AttributeValues.toSdk(value)));
    }

    @Override
    public Set<Entry<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> iterator() {
                Iterator<Entry<String, AttributeValue>> entries =
                        values.entrySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return entries.hasNext();
                    }

                    @Override
                    public Entry<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> next() {
                        Entry<String, AttributeValue> entry = entries.next();
                        return new SimpleImmutableEntry<>(entry.getKey(), AttributeValues.toSdk(entry.getValue()));
                    }
                };
            }

            @Override
            public int size() {
                return values.size();
            }
        };
    }
}
