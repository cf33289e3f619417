package io.tabletheory.api.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.request.GetItemResult;
import io.tabletheory.api.request.PutItemRequest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ItemsTest {
    private static Map<String, AttributeValue> sample() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("pk", AttributeValue.ofString("a"));
        item.put("count", AttributeValue.ofNumber(3));
        item.put("active", AttributeValue.ofBoolean(true));
        return item;
    }

    @Test
    void copyOf_keepsTheOrderAndEqualsTheOriginal() {
        Map<String, AttributeValue> original = sample();
        Map<String, AttributeValue> copy = Items.copyOf(original);
        assertThat(copy).containsExactlyEntriesOf(original).isEqualTo(original).hasSameHashCodeAs(original);
        assertThat(copy.toString()).isEqualTo(original.toString());
        original.put("late", AttributeValue.ofNull());
        assertThat(copy).doesNotContainKey("late");
    }

    @Test
    void copyOf_anItemItMade_returnsItAsItIs() {
        Map<String, AttributeValue> copy = Items.copyOf(sample());
        assertThat(Items.copyOf(copy)).isSameAs(copy);
    }

    @Test
    void requestsAndResults_keepAnItemWithoutCopying() {
        Map<String, AttributeValue> item = Items.copyOf(sample());
        assertThat(PutItemRequest.builder("t", item).build().item()).isSameAs(item);
        assertThat(new GetItemResult(Optional.of(item), Optional.empty()).item())
                .containsSame(item);
        Map<String, AttributeValue> held =
                PutItemRequest.builder("t", sample()).build().item();
        assertThat(Items.copyOf(held)).isSameAs(held);
    }

    @Test
    void theItem_cannotBeChanged() {
        Map<String, AttributeValue> item = Items.copyOf(sample());
        AttributeValue value = AttributeValue.ofString("x");
        assertThatThrownBy(() -> item.put("pk", value)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> item.remove("pk")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> item.computeIfAbsent("pk", name -> value))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> item.putIfAbsent("other", value)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> item.replaceAll((name, old) -> value))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(item::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> item.entrySet().iterator().next().setValue(value))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> item.keySet().remove("pk")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> item.values().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(item).containsExactlyEntriesOf(sample());
    }

    @Test
    void copyOf_rejectsNullNamesAndValues() {
        Map<String, AttributeValue> nullValue = new HashMap<>();
        nullValue.put("a", null);
        assertThatThrownBy(() -> Items.copyOf(nullValue))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("item has a null value for key a");
        Map<String, AttributeValue> nullName = new HashMap<>();
        nullName.put(null, AttributeValue.ofNull());
        assertThatThrownBy(() -> Items.copyOf(nullName))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("item has a null key");
        assertThatThrownBy(() -> Items.copyOf(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void builder_buildsOnceInFirstSetOrder() {
        Items.Builder builder = Items.builder(2)
                .put("b", AttributeValue.ofNumber(1))
                .put("a", AttributeValue.ofNumber(2))
                .put("b", AttributeValue.ofNumber(3));
        Map<String, AttributeValue> item = builder.build();
        assertThat(item.keySet()).containsExactly("b", "a");
        assertThat(item.get("b")).isEqualTo(AttributeValue.ofNumber(3));
        assertThat(Items.copyOf(item)).isSameAs(item);
        assertThatThrownBy(() -> builder.put("c", AttributeValue.ofNull()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("built already");
        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class);
        assertThat(Items.builder(0).build()).isEmpty();
        assertThatThrownBy(() -> Items.builder(1).put("a", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("item has a null value for key a");
    }

    @Test
    void builder_growsPastItsExpectedSize_andKeepsTheLastValueOfARepeatedName() {
        Items.Builder builder = Items.builder(1);
        Map<String, AttributeValue> expected = new LinkedHashMap<>();
        for (int i = 0; i < 30; i++) {
            String name = "a" + (i % 20);
            builder.put(name, AttributeValue.ofNumber(i));
            expected.put(name, AttributeValue.ofNumber(i));
        }
        Map<String, AttributeValue> item = builder.build();
        assertThat(item).containsExactlyEntriesOf(expected);
        assertThat(Items.builder(12).put("only", AttributeValue.ofNull()).build())
                .containsExactly(Map.entry("only", AttributeValue.ofNull()));
    }
}
