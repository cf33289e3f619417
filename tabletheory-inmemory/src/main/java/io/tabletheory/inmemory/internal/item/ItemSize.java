package io.tabletheory.inmemory.internal.item;

import io.tabletheory.api.value.AttributeValue;
import java.util.Map;

/**
 * DynamoDB's item size function, the one place it is computed. It drives the 400 KB item limit now and the 1 MB
 * page, 16 MB batch and capacity computations later. The formula is the one DynamoDB (and DynamoDB Local) applies:
 * an item is the sum over its attributes of the UTF-8 bytes of the name plus the size of the value; S is its UTF-8
 * bytes, B its raw bytes, BOOL and NULL 1, N {@code 1 + ceil(d/2) + (d and e even ? 1 : 0) + (negative ? 1 : 0)}
 * for d significant digits and leading-digit exponent e (zero is 1), sets the sum of their elements, and L and M
 * {@code 3 + sum(1 + element)} (plus each key's bytes for M). The storage keeps each item's size beside it ({@link
 * StoredItem}); numbers are sized from their canonical text ({@link CanonicalNumbers#size}).
 */
public final class ItemSize {
    /** DynamoDB's largest item: 400 KB. */
    public static final long MAX_ITEM_BYTES = 409_600;

    private ItemSize() {}

    /** The size of a whole item in bytes. */
    public static long of(Map<String, AttributeValue> item) {
        Sizer sizer = new Sizer();
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            sizer.total += Utf8.length(attribute.getKey());
            attribute.getValue().accept(sizer);
        }
        return sizer.total;
    }

    /** The size of one value in bytes. */
    public static long of(AttributeValue value) {
        Sizer sizer = new Sizer();
        value.accept(sizer);
        return sizer.total;
    }

    /** Adds the size of each value it visits, nested values included, to its total; one per computation. */
    private static final class Sizer implements AttributeValue.Visitor<Void> {
        private long total;

        @Override
        public Void visitString(AttributeValue.StringValue value) {
            total += Utf8.length(value.value());
            return null;
        }

        @Override
        public Void visitNumber(AttributeValue.NumberValue value) {
            total += ofNumber(value);
            return null;
        }

        @Override
        public Void visitBinary(AttributeValue.BinaryValue value) {
            total += value.length();
            return null;
        }

        @Override
        public Void visitStringSet(AttributeValue.StringSetValue value) {
            for (String element : value.values()) {
                total += Utf8.length(element);
            }
            return null;
        }

        @Override
        public Void visitNumberSet(AttributeValue.NumberSetValue value) {
            for (AttributeValue.NumberValue element : value.values()) {
                total += ofNumber(element);
            }
            return null;
        }

        @Override
        public Void visitBinarySet(AttributeValue.BinarySetValue value) {
            for (AttributeValue.BinaryValue element : value.values()) {
                total += element.length();
            }
            return null;
        }

        @Override
        public Void visitMap(AttributeValue.MapValue value) {
            total += 3;
            for (Map.Entry<String, AttributeValue> entry : value.values().entrySet()) {
                total += 1 + Utf8.length(entry.getKey());
                entry.getValue().accept(this);
            }
            return null;
        }

        @Override
        public Void visitList(AttributeValue.ListValue value) {
            total += 3;
            for (AttributeValue element : value.values()) {
                total += 1;
                element.accept(this);
            }
            return null;
        }

        @Override
        public Void visitNull(AttributeValue.NullValue value) {
            total += 1;
            return null;
        }

        @Override
        public Void visitBoolean(AttributeValue.BooleanValue value) {
            total += 1;
            return null;
        }
    }

    private static long ofNumber(AttributeValue.NumberValue number) {
        return CanonicalNumbers.size(number.value());
    }
}
