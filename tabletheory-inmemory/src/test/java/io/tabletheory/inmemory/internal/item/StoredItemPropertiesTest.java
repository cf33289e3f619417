package io.tabletheory.inmemory.internal.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.reference.Values;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link StoredItem}: the item it was made from, in the same order, with the size rule's size, copied once at most. */
class StoredItemPropertiesTest {

    @Test
    void storedItem_isTheItemInItsOrderWithItsSize() {
        qt().withExamples(2_000).forAll(longs().all()).checkAssert(seed -> {
            Map<String, AttributeValue> item = new RandomValues(seed).attributes(2, 12);
            StoredItem stored = StoredItem.of(item);
            assertThat(stored.item()).isEqualTo(item);
            assertThat(new ArrayList<>(stored.item().entrySet())).isEqualTo(new ArrayList<>(item.entrySet()));
            assertThat(stored.sizeBytes()).isEqualTo(Values.itemSize(item));
            assertThat(stored.sizeBytes()).isEqualTo(ItemSize.of(item));
        });
    }

    @Test
    void storingAStoredItem_doesNotCopyIt() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            StoredItem stored = StoredItem.of(new RandomValues(seed).attributes(1, 8));
            assertThat(StoredItem.of(stored.item()).item()).isSameAs(stored.item());
        });
    }
}
