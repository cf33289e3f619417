package io.tabletheory.engine.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A set of strings written as it is (a {@code HashSet} or {@code LinkedHashSet} with the built-in string converter)
 * gives the string set that writing it element by element gives, in the same order, with the same errors.
 */
class SetConverterPropertiesTest {
    private final SetConverter<String> strings =
            new SetConverter<>(StringConverter.INSTANCE, SetConverter.Kind.STRINGS);

    @Test
    void stringSets_writeTheElementsInTheirOrder_whateverTheSet() {
        qt().withExamples(1_000)
                .forAll(lists().of(strings().basicLatinAlphabet().ofLengthBetween(0, 3))
                        .ofSizeBetween(1, 20))
                .checkAssert(elements -> {
                    for (Set<String> set : List.<Set<String>>of(
                            new LinkedHashSet<>(elements), new HashSet<>(elements), new TreeSet<>(elements))) {
                        AttributeValue expected = AttributeValue.ofStringSet(new ArrayList<>(set));
                        AttributeValue written = strings.write(set);
                        assertThat(written).isEqualTo(expected);
                        assertThat(new ArrayList<>(((AttributeValue.StringSetValue) written).values()))
                                .containsExactlyElementsOf(set);
                    }
                });
    }

    @Test
    void aStringSetWithANull_isRefusedAsBefore() {
        Set<String> withNull = new LinkedHashSet<>(Arrays.asList("a", null));
        assertThatThrownBy(() -> strings.write(withNull))
                .isInstanceOf(ConversionException.class)
                .hasMessage("a set with a null element cannot be stored (DynamoDB sets hold no nulls)");
        assertThat(strings.write(Set.of())).isEqualTo(AttributeValue.ofNull());
    }
}
