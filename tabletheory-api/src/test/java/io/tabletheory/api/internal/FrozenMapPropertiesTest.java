package io.tabletheory.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Immutables#orderedMap} and its {@link FrozenMap}: the same map, in the same order, never changed, never copied twice. */
class FrozenMapPropertiesTest {

    @Test
    void orderedMap_isTheSameMapInTheSameOrder() {
        qt().withExamples(2_000)
                .forAll(
                        lists().of(strings().basicLatinAlphabet().ofLengthBetween(0, 4))
                                .ofSizeBetween(1, 40),
                        integers().all())
                .checkAssert((keys, salt) -> {
                    Map<String, Integer> original = new LinkedHashMap<>();
                    for (int i = 0; i < keys.size(); i++) {
                        original.put(keys.get(i), salt + i);
                    }
                    Map<String, Integer> frozen = Immutables.orderedMap(original, "map");
                    assertThat(frozen).isEqualTo(original);
                    assertThat(original).isEqualTo(frozen);
                    assertThat(frozen.hashCode()).isEqualTo(original.hashCode());
                    assertThat(frozen.toString()).isEqualTo(original.toString());
                    assertThat(new ArrayList<>(frozen.entrySet())).isEqualTo(new ArrayList<>(original.entrySet()));
                    List<String> visited = new ArrayList<>();
                    frozen.forEach((key, value) -> {
                        visited.add(key);
                        assertThat(value).isEqualTo(original.get(key));
                    });
                    assertThat(visited).containsExactlyElementsOf(original.keySet());
                    for (String key : original.keySet()) {
                        assertThat(frozen.get(key)).isEqualTo(original.get(key));
                        assertThat(frozen.containsKey(key)).isTrue();
                    }
                    assertThat(new ArrayList<>(frozen.keySet())).isEqualTo(new ArrayList<>(original.keySet()));
                    assertThat(frozen.keySet()).isEqualTo(original.keySet());
                    assertThat(new ArrayList<>(frozen.values())).isEqualTo(new ArrayList<>(original.values()));
                    assertThat(frozen.containsValue(salt)).isEqualTo(original.containsValue(salt));
                    assertThat(frozen.containsValue(salt - 1)).isFalse();
                    assertThat(frozen.keySet()).isNotSameAs(frozen.keySet());
                    assertThat(frozen.get("absent key")).isNull();
                    assertThat(frozen.containsKey(null)).isFalse();
                    assertThat(Immutables.orderedMap(frozen, "map")).isSameAs(frozen);
                });
    }

    @Test
    void orderedMapOfArrays_isTheMapALinkedHashMapFilledInTheSameOrderWouldBe() {
        qt().withExamples(2_000)
                .forAll(
                        lists().of(strings().basicLatinAlphabet().ofLengthBetween(0, 2))
                                .ofSizeBetween(1, 40),
                        integers().all())
                .checkAssert((keys, salt) -> {
                    Map<String, Integer> filled = new LinkedHashMap<>();
                    Object[] keyArray = new Object[keys.size()];
                    Object[] valueArray = new Object[keys.size()];
                    for (int i = 0; i < keys.size(); i++) {
                        filled.put(keys.get(i), salt + i);
                        keyArray[i] = keys.get(i);
                        valueArray[i] = salt + i;
                    }
                    Map<String, Integer> frozen = Immutables.orderedMapOfArrays(keyArray, valueArray, "map");
                    assertThat(frozen).isEqualTo(filled);
                    assertThat(new ArrayList<>(frozen.entrySet())).isEqualTo(new ArrayList<>(filled.entrySet()));
                    assertThat(Immutables.orderedMap(frozen, "map")).isSameAs(frozen);
                });
    }

    @Test
    void orderedMapOfArrays_ofKeysThatRepeat_neverTakesTheCachedShapeOfDistinctOnes() {
        Map<String, Integer> distinct =
                Immutables.orderedMapOfArrays(new Object[] {"a", "b"}, new Object[] {1, 2}, "map");
        Map<String, Integer> repeated =
                Immutables.orderedMapOfArrays(new Object[] {"a", "b", "a"}, new Object[] {1, 2, 3}, "map");
        assertThat(distinct).containsExactly(Map.entry("a", 1), Map.entry("b", 2));
        assertThat(repeated).containsExactly(Map.entry("a", 3), Map.entry("b", 2));
        assertThat(Immutables.orderedMapOfArrays(new Object[0], new Object[0], "map"))
                .isEmpty();
    }

    @Test
    void mapsWithTheSameKeys_eachKeepTheirOwnValues() {
        Map<String, Integer> first = new LinkedHashMap<>();
        Map<String, Integer> second = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            first.put("k" + i, i);
            second.put("k" + i, -i);
        }
        assertThat(Immutables.orderedMap(first, "first")).isEqualTo(first);
        assertThat(Immutables.orderedMap(second, "second")).isEqualTo(second);
    }

    @Test
    void orderedMap_cannotBeChanged() {
        Map<String, Integer> frozen = Immutables.orderedMap(Map.of("a", 1, "b", 2), "map");
        assertThatThrownBy(() -> frozen.put("c", 3)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.entrySet().iterator().remove())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.entrySet().iterator().next().setValue(5))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(frozen::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(frozen).containsOnly(Map.entry("a", 1), Map.entry("b", 2));
    }

    @Test
    void orderedMap_rejectsNullKeysAndValuesByName() {
        Map<String, Integer> nullKey = new HashMap<>();
        nullKey.put(null, 1);
        Map<String, Integer> nullValue = new HashMap<>();
        nullValue.put("a", null);
        assertThatThrownBy(() -> Immutables.orderedMap(nullKey, "item"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("item has a null key");
        assertThatThrownBy(() -> Immutables.orderedMap(nullValue, "item"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("item has a null value for key a");
    }
}
