package io.tabletheory.inmemory.internal.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.item.RandomValues;
import io.tabletheory.inmemory.internal.item.ValueOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link StorageKey}: its values round trip, and it orders by hash, then values, then edge. */
class StorageKeyTest {

    @Test
    void entry_keepsItsValuesAndOrdersByHashThenValues() {
        qt().withExamples(2_000).forAll(longs().all()).checkAssert(seed -> {
            RandomValues values = new RandomValues(seed);
            AttributeValue partition = AttributeValue.ofString(values.nonEmptyString());
            AttributeValue sort = values.number();
            AttributeValue otherSort = values.number();
            StorageKey key = StorageKey.entry(partition, sort);
            StorageKey listed = StorageKey.entry(List.of(partition, sort));
            StorageKey other = StorageKey.entry(List.of(partition, otherSort));
            assertThat(key.values()).containsExactly(partition, sort);
            assertThat(key).isEqualTo(listed).hasSameHashCodeAs(listed);
            assertThat(StorageKey.ORDER.compare(key, listed)).isZero();
            assertThat(Integer.signum(StorageKey.ORDER.compare(key, other)))
                    .isEqualTo(Integer.signum(ValueOrder.compare(sort, otherSort)));
            assertThat(key.equals(other)).isEqualTo(sort.equals(otherSort));
            assertThat(StorageKey.ORDER.compare(StorageKey.bound(List.of(partition), -1), key))
                    .isNegative();
            assertThat(StorageKey.ORDER.compare(StorageKey.bound(List.of(partition), 1), key))
                    .isPositive();
            assertThat(StorageKey.ORDER.compare(StorageKey.bound(List.of(partition, sort), -1), key))
                    .isNegative();
        });
    }

    @Test
    void indexEntry_holdsFourValues() {
        List<AttributeValue> values = List.of(
                AttributeValue.ofString("g"),
                AttributeValue.ofNumber(2),
                AttributeValue.ofString("p"),
                AttributeValue.ofNumber(1));
        StorageKey key = StorageKey.entry(values);
        assertThat(key.values()).isEqualTo(values);
        assertThat(key.partition()).isEqualTo(AttributeValue.ofString("g"));
        assertThat(key.edge()).isZero();
    }

    @Test
    void key_refusesMoreThanFourValuesAndABadEdge() {
        AttributeValue value = AttributeValue.ofString("v");
        assertThatThrownBy(() -> StorageKey.entry(List.of(value, value, value, value, value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most four values");
        assertThatThrownBy(() -> StorageKey.bound(List.of(value), 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("edge must be -1, 0 or 1");
    }
}
