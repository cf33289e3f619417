package io.tabletheory.inmemory.internal.item;

import io.tabletheory.api.value.AttributeValue;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An item as the emulator's storage holds it: an immutable {@code Map<String, AttributeValue>} in the item's
 * attribute order, flattened into the array of its values beside a shared {@link ItemShape} (the names, interned
 * once per list of names), with its size by DynamoDB's rule ({@link ItemSize}) computed once, when it is stored.
 * A stored item takes a few dozen bytes beyond its values, against about a hundred per attribute for a {@code
 * LinkedHashMap}; reads hand it out as it is (it cannot change), and the 1 MB page rule and the table's size read
 * its size instead of walking its values. Equality, hash code and {@code toString} are those of any map with the
 * same entries.
 */
public final class StoredItem extends AbstractMap<String, AttributeValue> {
    private final ItemShape shape;
    private final AttributeValue[] values;
    private final long sizeBytes;

    private StoredItem(ItemShape shape, AttributeValue[] values, long sizeBytes) {
        this.shape = shape;
        this.values = values;
        this.sizeBytes = sizeBytes;
    }

    /** {@code item} as a stored item: itself when it is one, else a copy in the same order. */
    public static StoredItem of(Map<String, AttributeValue> item) {
        if (item instanceof StoredItem stored) {
            return stored;
        }
        int size = item.size();
        String[] names = new String[size];
        AttributeValue[] values = new AttributeValue[size];
        int position = 0;
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            names[position] = attribute.getKey();
            values[position] = attribute.getValue();
            position++;
        }
        long bytes = 0;
        for (int i = 0; i < size; i++) {
            bytes += Utf8.length(names[i]) + ItemSize.of(values[i]);
        }
        return new StoredItem(ItemShape.of(names), values, bytes);
    }

    /** The item's size in bytes by DynamoDB's rule, as {@link ItemSize#of(Map)} computes it. */
    public long sizeBytes() {
        return sizeBytes;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean isEmpty() {
        return values.length == 0;
    }

    @Override
    public AttributeValue get(Object name) {
        int position = shape.indexOf(name);
        return position < 0 ? null : values[position];
    }

    @Override
    public boolean containsKey(Object name) {
        return shape.indexOf(name) >= 0;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super AttributeValue> action) {
        for (int i = 0; i < values.length; i++) {
            action.accept(shape.name(i), values[i]);
        }
    }

    @Override
    public Set<Map.Entry<String, AttributeValue>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, AttributeValue>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Map.Entry<String, AttributeValue> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        int position = next++;
                        return new SimpleImmutableEntry<>(shape.name(position), values[position]);
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }
}
