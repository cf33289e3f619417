package io.tabletheory.api.value;

import io.tabletheory.api.internal.Immutables;
import java.util.Arrays;
import java.util.Map;

/**
 * Immutable items: the attribute maps (items, keys, expression attribute values) that the api's request and result
 * records hold. An item copied here is the same kind of map those records make, so a record given one keeps it
 * instead of copying it again, as {@code List.copyOf} keeps the lists it made; a caller that builds an item and then a
 * request from it pays for one copy, not two.
 *
 * <pre>{@code
 * Map<String, AttributeValue> item = Items.copyOf(attributes);   // one copy
 * PutItemRequest request = PutItemRequest.builder("users", item).build();   // keeps it
 * }</pre>
 */
public final class Items {
    private Items() {}

    /**
     * An immutable copy of {@code item} that keeps its iteration order; an item already immutable in this way (made
     * here, or held by a request or result record) is returned as it is. An empty item is {@code Map.of()}.
     *
     * @throws NullPointerException when {@code item}, one of its names or one of its values is null
     */
    public static Map<String, AttributeValue> copyOf(Map<String, ? extends AttributeValue> item) {
        if (item == null) {
            throw new NullPointerException("item");
        }
        return Immutables.orderedMap(item, "item");
    }

    /**
     * A builder of one item, for code that makes an item attribute by attribute: the item it builds is kept without a
     * copy by the records it is given to.
     *
     * @param expectedSize how many attributes the item will have, to size it (more are fine)
     */
    public static Builder builder(int expectedSize) {
        return new Builder(expectedSize);
    }

    /** Builds one immutable item in attribute order; used once, then {@link #build()} hands the item over. */
    public static final class Builder {
        private Object[] names;
        private Object[] values;
        private int size;
        private boolean built;

        private Builder(int expectedSize) {
            int capacity = Math.max(1, expectedSize);
            this.names = new Object[capacity];
            this.values = new Object[capacity];
        }

        /**
         * Sets attribute {@code name} to {@code value}, replacing a value set before under that name.
         *
         * @throws NullPointerException when the name or the value is null
         * @throws IllegalStateException after {@link #build()}
         */
        public Builder put(String name, AttributeValue value) {
            if (built) {
                throw new IllegalStateException("this item was built already; start a new builder");
            }
            if (name == null) {
                throw new NullPointerException("item has a null key");
            }
            if (value == null) {
                throw new NullPointerException("item has a null value for key " + name);
            }
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            values[size] = value;
            size++;
            return this;
        }

        /**
         * The item: immutable, in the order the attributes were first set ({@code Map.of()} when none was). The
         * attributes go straight into the item's arrays, so building costs no map beside the item.
         *
         * @throws IllegalStateException when called a second time
         */
        public Map<String, AttributeValue> build() {
            if (built) {
                throw new IllegalStateException("this item was built already; start a new builder");
            }
            built = true;
            Object[] builtNames = size == names.length ? names : Arrays.copyOf(names, size);
            Object[] builtValues = size == values.length ? values : Arrays.copyOf(values, size);
            names = null;
            values = null;
            return Immutables.orderedMapOfArrays(builtNames, builtValues, "item");
        }
    }
}
