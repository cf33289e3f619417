package io.tabletheory.inmemory.internal.item;

import io.tabletheory.api.value.AttributeValue;
import java.math.BigDecimal;
import java.util.Map;

/**
 * DynamoDB's item size function, the one place it is computed. It drives the 400 KB item limit now and the 1 MB
 * page, 16 MB batch and capacity computations later. The formula is the one DynamoDB (and DynamoDB Local) applies:
 * an item is the sum over its attributes of the UTF-8 bytes of the name plus the size of the value; S is its UTF-8
 * bytes, B its raw bytes, BOOL and NULL 1, N {@code 1 + ceil(d/2) + (d and e even ? 1 : 0) + (negative ? 1 : 0)}
 * for d significant digits and leading-digit exponent e (zero is 1), sets the sum of their elements, and L and M
 * {@code 3 + sum(1 + element)} (plus each key's bytes for M).
 */
public final class ItemSize {
    /** DynamoDB's largest item: 400 KB. */
    public static final long MAX_ITEM_BYTES = 409_600;

    private ItemSize() {}

    /** The size of a whole item in bytes. */
    public static long of(Map<String, AttributeValue> item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            size += Utf8.length(attribute.getKey()) + of(attribute.getValue());
        }
        return size;
    }

    /** The size of one value in bytes. */
    public static long of(AttributeValue value) {
        switch (value.type()) {
            case S:
                return Utf8.length(((AttributeValue.StringValue) value).value());
            case N:
                return ofNumber((AttributeValue.NumberValue) value);
            case B:
                return ((AttributeValue.BinaryValue) value).length();
            case BOOL:
            case NULL:
                return 1;
            case SS: {
                long size = 0;
                for (String element : ((AttributeValue.StringSetValue) value).values()) {
                    size += Utf8.length(element);
                }
                return size;
            }
            case NS: {
                long size = 0;
                for (AttributeValue.NumberValue element : ((AttributeValue.NumberSetValue) value).values()) {
                    size += ofNumber(element);
                }
                return size;
            }
            case BS: {
                long size = 0;
                for (AttributeValue.BinaryValue element : ((AttributeValue.BinarySetValue) value).values()) {
                    size += element.length();
                }
                return size;
            }
            case L: {
                long size = 3;
                for (AttributeValue element : ((AttributeValue.ListValue) value).values()) {
                    size += 1 + of(element);
                }
                return size;
            }
            case M: {
                long size = 3;
                for (Map.Entry<String, AttributeValue> entry :
                        ((AttributeValue.MapValue) value).values().entrySet()) {
                    size += 1 + Utf8.length(entry.getKey()) + of(entry.getValue());
                }
                return size;
            }
        }
        throw new IllegalStateException("unknown type " + value.type());
    }

    private static long ofNumber(AttributeValue.NumberValue number) {
        BigDecimal decimal = number.bigDecimalValue();
        if (decimal.signum() == 0) {
            return 1;
        }
        BigDecimal stripped = decimal.stripTrailingZeros();
        int digits = stripped.precision();
        int exponent = stripped.precision() - stripped.scale() - 1;
        long size = 1 + (digits + 1) / 2;
        if (digits % 2 == 0 && exponent % 2 == 0) {
            size += 1;
        }
        if (decimal.signum() < 0) {
            size += 1;
        }
        return size;
    }
}
