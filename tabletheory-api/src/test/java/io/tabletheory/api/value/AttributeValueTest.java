package io.tabletheory.api.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.error.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttributeValueTest {
    @Test
    void emptySets_cannotBeConstructed_withDynamoDbsMessages() {
        assertThatThrownBy(() -> AttributeValue.ofStringSet(List.of()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: An string set  may not be empty");
        assertThatThrownBy(() -> AttributeValue.ofNumberSet(List.of()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: An number set  may not be empty");
        assertThatThrownBy(() -> AttributeValue.ofBinarySet(List.of()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: Binary sets should not be empty");
    }

    @Test
    void duplicateSetElements_areRejected_numbersByValue() {
        assertThatThrownBy(() -> AttributeValue.ofStringSet(List.of("a", "a")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: Input collection [a, a] contains duplicates.");
        assertThatThrownBy(() -> AttributeValue.ofNumberSet(List.of("1", "1.0")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Input collection contains duplicates");
        assertThatThrownBy(() -> AttributeValue.ofBinarySet(List.of(new byte[] {1}, new byte[] {1})))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("contains duplicates");
    }

    @Test
    void binaryValues_areCopiedInAndOut_andCompareByContent() {
        byte[] bytes = {1, 2, 3};
        AttributeValue.BinaryValue value = AttributeValue.ofBinary(bytes);
        bytes[0] = 9;
        value.value()[1] = 9;

        assertThat(value.value()).containsExactly(1, 2, 3);
        assertThat(value).isEqualTo(AttributeValue.ofBinary(new byte[] {1, 2, 3}));
    }

    @Test
    void collections_areImmutableCopies() {
        List<AttributeValue> elements = new ArrayList<>(List.of(AttributeValue.ofString("a")));
        Map<String, AttributeValue> entries = new LinkedHashMap<>(Map.of("k", AttributeValue.ofBoolean(true)));
        AttributeValue.ListValue list = AttributeValue.ofList(elements);
        AttributeValue.MapValue map = AttributeValue.ofMap(entries);
        elements.clear();
        entries.clear();

        assertThat(list.values()).hasSize(1);
        assertThat(map.values()).hasSize(1);
        assertThatThrownBy(() -> list.values().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.values().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void sets_compareAsSets() {
        assertThat(AttributeValue.ofStringSet(List.of("a", "b")))
                .isEqualTo(AttributeValue.ofStringSet(List.of("b", "a")));
        assertThat(new AttributeValue.NumberSetValue(Set.of(AttributeValue.ofNumber("1e2"))))
                .isEqualTo(AttributeValue.ofNumberSet(List.of("100")));
    }

    @Test
    void toString_isCompactDynamoDbJsonWithSortedKeys() {
        AttributeValue value = AttributeValue.ofMap(Map.of(
                "b", AttributeValue.ofList(List.of(AttributeValue.ofNumber("1e1"), AttributeValue.ofNull())),
                "a", AttributeValue.ofString("say \"hi\"\n"),
                "c", AttributeValue.ofBinary(new byte[] {(byte) 0xff})));

        assertThat(value)
                .hasToString(
                        "{\"M\":{\"a\":{\"S\":\"say \\\"hi\\\"\\n\"},\"b\":{\"L\":[{\"N\":\"10\"},{\"NULL\":true}]},"
                                + "\"c\":{\"B\":\"/w==\"}}}");
    }

    @Test
    void everyValue_reportsItsDynamoDbType() {
        assertThat(List.of(
                        AttributeValue.ofString("s"),
                        AttributeValue.ofNumber(1),
                        AttributeValue.ofBinary(new byte[0]),
                        AttributeValue.ofStringSet(List.of("s")),
                        AttributeValue.ofNumberSet(List.of("1")),
                        AttributeValue.ofBinarySet(List.of(new byte[] {1})),
                        AttributeValue.ofMap(Map.of()),
                        AttributeValue.ofList(List.of()),
                        AttributeValue.ofNull(),
                        AttributeValue.ofBoolean(false)))
                .extracting(AttributeValue::type)
                .containsExactly(AttributeType.values());
    }
}
