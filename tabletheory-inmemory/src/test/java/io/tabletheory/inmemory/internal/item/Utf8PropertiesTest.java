package io.tabletheory.inmemory.internal.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link Utf8#length} is the length of the JDK's UTF-8 encoding, for short and long texts of any content. */
class Utf8PropertiesTest {

    @Test
    void length_isTheLengthOfTheEncoding() {
        qt().withExamples(3_000)
                .forAll(longs().all(), integers().between(1, 12))
                .checkAssert((seed, pieces) -> {
                    RandomValues values = new RandomValues(seed);
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < pieces; i++) {
                        text.append(seed % 2 == 0 ? values.string() : "ascii text " + i);
                    }
                    String joined = text.toString();
                    assertThat(Utf8.length(joined))
                            .as(joined)
                            .isEqualTo(joined.getBytes(StandardCharsets.UTF_8).length);
                });
    }
}
