package io.tabletheory.inmemory.internal.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.reference.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link StoredItem}: the same map as the item it was made from, in the same order, with the size rule's size. */
class StoredItemPropertiesTest {

    @Test
    void storedItem_isTheSameMapInTheSameOrder() {
        qt().withExamples(2_000).forAll(longs().all()).checkAssert(seed -> {
            Map<String, AttributeValue> item = new RandomValues(seed).attributes(2, 12);
            StoredItem stored = StoredItem.of(item);
            assertThat(stored).isEqualTo(item);
            assertThat(item).isEqualTo(stored);
            assertThat(stored.hashCode()).isEqualTo(item.hashCode());
            assertThat(stored.toString()).isEqualTo(item.toString());
            assertThat(new ArrayList<>(stored.entrySet())).isEqualTo(new ArrayList<>(item.entrySet()));
            List<String> visited = new ArrayList<>();
            stored.forEach((name, value) -> {
                visited.add(name);
                assertThat(value).isSameAs(item.get(name));
            });
            assertThat(visited).containsExactlyElementsOf(item.keySet());
            for (String name : item.keySet()) {
                assertThat(stored.get(name)).isSameAs(item.get(name));
                assertThat(stored.containsKey(name)).isTrue();
            }
            String absent = "absent" + seed;
            assertThat(stored.get(absent)).isNull();
            assertThat(stored.containsKey(absent)).isFalse();
            assertThat(StoredItem.of(stored)).isSameAs(stored);
        });
    }

    @Test
    void sizeBytes_isTheSizeRuleOfTheItem() {
        qt().withExamples(2_000).forAll(longs().all()).checkAssert(seed -> {
            Map<String, AttributeValue> item = new RandomValues(seed).attributes(2, 12);
            assertThat(StoredItem.of(item).sizeBytes()).isEqualTo(ItemSize.of(new LinkedHashMap<>(item)));
            assertThat(ItemSize.of(StoredItem.of(item))).isEqualTo(Values.itemSize(item));
        });
    }

    @Test
    void itemsWithTheSameNames_eachKeepTheirOwnValues() {
        qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            RandomValues values = new RandomValues(seed);
            Map<String, AttributeValue> first = values.attributes(1, 8);
            Map<String, AttributeValue> second = new LinkedHashMap<>();
            first.keySet().forEach(name -> second.put(name, values.value(1)));
            StoredItem storedFirst = StoredItem.of(first);
            StoredItem storedSecond = StoredItem.of(second);
            assertThat(storedFirst).isEqualTo(first);
            assertThat(storedSecond).isEqualTo(second);
        });
    }

    @Test
    void storedItem_cannotBeChanged() {
        StoredItem stored = StoredItem.of(Map.of("pk", AttributeValue.ofString("a")));
        assertThatThrownBy(() -> stored.put("pk", AttributeValue.ofString("b")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> stored.remove("pk")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> stored.entrySet().iterator().remove())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(stored::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(stored).containsEntry("pk", AttributeValue.ofString("a"));
    }
}
