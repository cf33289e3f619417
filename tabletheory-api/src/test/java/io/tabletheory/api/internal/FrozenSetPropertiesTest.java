package io.tabletheory.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** {@link Immutables#orderedSet} and its {@link FrozenSet}: the same set, in the same order, never changed. */
class FrozenSetPropertiesTest {

    @Test
    void orderedSet_isTheSameSetInTheSameOrder() {
        qt().withExamples(2_000)
                .forAll(
                        lists().of(integers().between(-50, 50)).ofSizeBetween(0, 30),
                        integers().between(-60, 60))
                .checkAssert((elements, probe) -> {
                    Set<Integer> original = new LinkedHashSet<>(elements);
                    Set<Integer> frozen = Immutables.orderedSet(original, "set");
                    assertThat(frozen).isEqualTo(original);
                    assertThat(original).isEqualTo(frozen);
                    assertThat(frozen.hashCode()).isEqualTo(original.hashCode());
                    assertThat(frozen.toString()).isEqualTo(original.toString());
                    assertThat(new ArrayList<>(frozen)).isEqualTo(new ArrayList<>(original));
                    assertThat(frozen.contains(probe)).isEqualTo(original.contains(probe));
                    assertThat(Arrays.asList(frozen.toArray())).isEqualTo(new ArrayList<>(original));
                    List<Integer> visited = new ArrayList<>();
                    frozen.forEach(visited::add);
                    assertThat(visited).isEqualTo(new ArrayList<>(original));
                    for (Integer element : original) {
                        assertThat(frozen.contains(element)).isTrue();
                    }
                    assertThat(Immutables.orderedSet(frozen, "set")).isSameAs(frozen);
                });
    }

    @Test
    void orderedSet_ofASetWithItsOwnOrder_keepsElementsDistinctByEquals() {
        Set<String> ignoringCase = new TreeSet<>(Comparator.comparing(String::toLowerCase));
        ignoringCase.add("b");
        ignoringCase.add("A");
        assertThat(Immutables.orderedSet(ignoringCase, "set")).containsExactly("A", "b");
    }

    @Test
    void orderedSet_cannotBeChangedAndRefusesNulls() {
        Set<String> frozen = Immutables.orderedSet(Set.of("a"), "set");
        assertThatThrownBy(() -> frozen.add("b")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(frozen::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(frozen.contains(null)).isFalse();
        Set<String> withNull = new LinkedHashSet<>();
        withNull.add(null);
        assertThatThrownBy(() -> Immutables.orderedSet(withNull, "SS values"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("SS values has a null element");
    }
}
