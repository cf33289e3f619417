package io.tabletheory.inmemory.reference;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.api.value.AttributeValue.BinarySetValue;
import io.tabletheory.api.value.AttributeValue.BinaryValue;
import io.tabletheory.api.value.AttributeValue.BooleanValue;
import io.tabletheory.api.value.AttributeValue.ListValue;
import io.tabletheory.api.value.AttributeValue.MapValue;
import io.tabletheory.api.value.AttributeValue.NullValue;
import io.tabletheory.api.value.AttributeValue.NumberSetValue;
import io.tabletheory.api.value.AttributeValue.NumberValue;
import io.tabletheory.api.value.AttributeValue.StringSetValue;
import io.tabletheory.api.value.AttributeValue.StringValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The reference model's plain definitions of DynamoDB's value order and item size, written from the research notes
 * (dynamodb-semantics.md 1.2 and 1.4) without looking at the emulator's code.
 */
public final class Values {
    /** DynamoDB's largest item, in bytes of its size formula. */
    static final int MAX_ITEM_SIZE = 409_600;

    /** A Query or Scan page stops once the items it read reach this many bytes (the crossing item included). */
    static final int PAGE_SIZE = 1_048_576;

    private Values() {}

    /**
     * Orders two values of the same scalar type (S by UTF-8 bytes, N by value, B by unsigned bytes); {@code null}
     * when they cannot be ordered (different types, or a type that has no order).
     */
    static Integer compare(AttributeValue left, AttributeValue right) {
        if (left instanceof StringValue a && right instanceof StringValue b) {
            return compareUnsigned(utf8(a.value()), utf8(b.value()));
        }
        if (left instanceof NumberValue a && right instanceof NumberValue b) {
            return a.bigDecimalValue().compareTo(b.bigDecimalValue());
        }
        if (left instanceof BinaryValue a && right instanceof BinaryValue b) {
            return compareUnsigned(a.value(), b.value());
        }
        return null;
    }

    /** Whether {@code value} starts with {@code prefix}: both S, or both B, compared byte by byte. */
    static boolean beginsWith(AttributeValue value, AttributeValue prefix) {
        byte[] whole;
        byte[] start;
        if (value instanceof StringValue a && prefix instanceof StringValue b) {
            whole = utf8(a.value());
            start = utf8(b.value());
        } else if (value instanceof BinaryValue a && prefix instanceof BinaryValue b) {
            whole = a.value();
            start = b.value();
        } else {
            return false;
        }
        if (start.length > whole.length) {
            return false;
        }
        for (int i = 0; i < start.length; i++) {
            if (whole[i] != start[i]) {
                return false;
            }
        }
        return true;
    }

    static int compareUnsigned(byte[] a, byte[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int x = a[i] & 0xff;
            int y = b[i] & 0xff;
            if (x != y) {
                return x < y ? -1 : 1;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The item's size: for every attribute, the UTF-8 bytes of its name plus the size of its value. */
    public static long itemSize(Map<String, AttributeValue> item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            size += utf8(attribute.getKey()).length + valueSize(attribute.getValue());
        }
        return size;
    }

    static long valueSize(AttributeValue value) {
        if (value instanceof StringValue s) {
            return utf8(s.value()).length;
        }
        if (value instanceof NumberValue n) {
            return numberSize(n.bigDecimalValue());
        }
        if (value instanceof BinaryValue b) {
            return b.length();
        }
        if (value instanceof BooleanValue || value instanceof NullValue) {
            return 1;
        }
        long size = 0;
        if (value instanceof StringSetValue ss) {
            for (String element : ss.values()) {
                size += utf8(element).length;
            }
            return size;
        }
        if (value instanceof NumberSetValue ns) {
            for (NumberValue element : ns.values()) {
                size += valueSize(element);
            }
            return size;
        }
        if (value instanceof BinarySetValue bs) {
            for (BinaryValue element : bs.values()) {
                size += element.length();
            }
            return size;
        }
        if (value instanceof ListValue list) {
            size = 3;
            for (AttributeValue element : list.values()) {
                size += 1 + valueSize(element);
            }
            return size;
        }
        MapValue map = (MapValue) value;
        size = 3;
        for (Map.Entry<String, AttributeValue> entry : map.values().entrySet()) {
            size += 1 + utf8(entry.getKey()).length + valueSize(entry.getValue());
        }
        return size;
    }

    /**
     * 1 + ceil(d / 2) + (d and e both even ? 1 : 0) + (negative ? 1 : 0), where d counts the significant digits and
     * e is the decimal exponent of the leading digit; zero is 1.
     */
    public static long numberSize(BigDecimal number) {
        if (number.signum() == 0) {
            return 1;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        int digits = stripped.precision();
        int exponent = stripped.precision() - stripped.scale() - 1;
        long size = 1 + (digits + 1) / 2;
        if (digits % 2 == 0 && exponent % 2 == 0) {
            size++;
        }
        if (number.signum() < 0) {
            size++;
        }
        return size;
    }
}
