package io.tabletheory.inmemory.internal.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueOrderTest {

    @Test
    void numbers_orderByValue() {
        List<AttributeValue> numbers = new ArrayList<>();
        for (String n : List.of("1e20", "10", "2", "0.00001", "0", "-1.5", "-10")) {
            numbers.add(AttributeValue.ofNumber(n));
        }
        numbers.sort(ValueOrder::compare);
        assertThat(numbers)
                .extracting(value -> ((AttributeValue.NumberValue) value).value())
                .containsExactly("-10", "-1.5", "0", "0.00001", "2", "10", "100000000000000000000");
    }

    @Test
    void strings_orderByUtf8BytesNotUtf16Units() {
        // U+FFFD is one UTF-16 unit larger than the high surrogate of U+1F600, but smaller in UTF-8.
        assertThat(ValueOrder.compareStrings("\uFFFD", "\uD83D\uDE00")).isNegative();
        assertThat("\uFFFD".compareTo("\uD83D\uDE00")).isPositive();
        assertThat(ValueOrder.compareStrings("B", "a")).isNegative();
        assertThat(ValueOrder.compareStrings("ab", "abc")).isNegative();
        assertThat(ValueOrder.compareStrings("abc", "abc")).isZero();
    }

    @Test
    void binary_ordersByUnsignedBytes() {
        AttributeValue low = AttributeValue.ofBinary(new byte[] {0x7f});
        AttributeValue mid = AttributeValue.ofBinary(new byte[] {(byte) 0x80});
        AttributeValue high = AttributeValue.ofBinary(new byte[] {(byte) 0xff});
        assertThat(ValueOrder.compare(low, mid)).isNegative();
        assertThat(ValueOrder.compare(mid, high)).isNegative();
        assertThat(ValueOrder.compare(
                        AttributeValue.ofBinary(new byte[] {1}), AttributeValue.ofBinary(new byte[] {1, 0})))
                .isNegative();
    }

    @Test
    void compare_rejectsDifferentOrUnorderedTypes() {
        assertThatThrownBy(() -> ValueOrder.compare(AttributeValue.ofNumber(1), AttributeValue.ofString("1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ValueOrder.compare(AttributeValue.ofBoolean(true), AttributeValue.ofBoolean(false)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
