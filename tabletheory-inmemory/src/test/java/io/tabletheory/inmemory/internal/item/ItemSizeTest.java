package io.tabletheory.inmemory.internal.item;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.api.value.AttributeValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemSizeTest {

    @ParameterizedTest(name = "N {0} is {1} bytes")
    @CsvSource({
        "0, 1",
        "1, 2",
        "12, 2",
        "100, 2",
        "1e10, 2",
        "0.1, 2",
        "0.12, 2",
        "1e-130, 2",
        "123, 3",
        "1234, 3",
        "12345, 4",
        "1.5, 3",
        "-1, 3",
        "-12, 3",
        "12345678901234567890123456789012345678, 20",
        "-12345678901234567890123456789012345678, 21"
    })
    void numberSize_matchesDynamoDbTable(String number, long expected) {
        assertThat(ItemSize.of(AttributeValue.ofNumber(number))).isEqualTo(expected);
    }

    @Test
    void scalarAndCollectionSizes_matchDynamoDbTable() {
        assertThat(ItemSize.of(AttributeValue.ofBoolean(true))).isEqualTo(1);
        assertThat(ItemSize.of(AttributeValue.ofNull())).isEqualTo(1);
        assertThat(ItemSize.of(AttributeValue.ofList(List.of()))).isEqualTo(3);
        assertThat(ItemSize.of(AttributeValue.ofMap(Map.of()))).isEqualTo(3);
        assertThat(ItemSize.of(AttributeValue.ofList(List.of(AttributeValue.ofString("a")))))
                .isEqualTo(5);
        assertThat(ItemSize.of(AttributeValue.ofMap(Map.of("a", AttributeValue.ofString("a")))))
                .isEqualTo(6);
        assertThat(ItemSize.of(AttributeValue.ofList(List.of(AttributeValue.ofNumber(1)))))
                .isEqualTo(6);
        assertThat(ItemSize.of(AttributeValue.ofList(List.of(AttributeValue.ofList(List.of())))))
                .isEqualTo(7);
        assertThat(ItemSize.of(AttributeValue.ofStringSet(List.of("a", "bb")))).isEqualTo(3);
        assertThat(ItemSize.of(AttributeValue.ofNumberSet(List.of("1", "22")))).isEqualTo(4);
    }

    @Test
    void stringSize_countsUtf8BytesAndBinaryCountsRawBytes() {
        assertThat(ItemSize.of(AttributeValue.ofString("é"))).isEqualTo(2);
        assertThat(ItemSize.of(AttributeValue.ofString("\uD83D\uDE00"))).isEqualTo(4);
        assertThat(ItemSize.of(AttributeValue.ofBinary(new byte[] {1, 2, 3}))).isEqualTo(3);
        assertThat(ItemSize.of(AttributeValue.ofBinarySet(List.of(new byte[] {1}, new byte[] {2, 3}))))
                .isEqualTo(3);
    }

    @Test
    void itemSize_addsAttributeNameBytesToValueSizes() {
        Map<String, AttributeValue> item =
                Map.of("ab", AttributeValue.ofString("xyz"), "é", AttributeValue.ofNumber(1));
        assertThat(ItemSize.of(item)).isEqualTo(2 + 3 + 2 + 2);
    }

    @Test
    void nestingDepth_countsMapsAndLists() {
        AttributeValue value = AttributeValue.ofString("x");
        for (int i = 0; i < 32; i++) {
            value = i % 2 == 0 ? AttributeValue.ofMap(Map.of("m", value)) : AttributeValue.ofList(List.of(value));
        }
        assertThat(ItemLimits.depth(value)).isEqualTo(32);
    }
}
