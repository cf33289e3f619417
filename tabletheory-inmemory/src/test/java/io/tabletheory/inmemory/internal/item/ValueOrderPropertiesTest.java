package io.tabletheory.inmemory.internal.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ValueOrder#compareStrings} orders by code point (UTF-8's byte order) whatever the strings hold: ASCII,
 * characters above the surrogates, surrogate pairs and unpaired surrogates, after a long common prefix or none.
 */
class ValueOrderPropertiesTest {
    private static final char[] ALPHABET = {'a', 'b', 'Z', '0', 'é', '\u0800', '\uD7FF', '\uE000', '\uFFFD', '\uFFFF'};

    @Test
    void compareStrings_ordersByCodePoint() {
        qt().withExamples(20_000).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            String prefix = text(random, random.nextInt(30));
            String left = prefix + text(random, random.nextInt(4));
            String right = prefix + text(random, random.nextInt(4));
            int expected = Integer.signum(Arrays.compare(
                    left.codePoints().toArray(), right.codePoints().toArray()));
            assertThat(Integer.signum(ValueOrder.compareStrings(left, right))).isEqualTo(expected);
            assertThat(Integer.signum(ValueOrder.compareStrings(right, left))).isEqualTo(-expected);
        });
    }

    private static String text(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(6)) {
                case 0 -> text.appendCodePoint(0x10000 + random.nextInt(0x100000));
                case 1 -> text.append((char) (0xD800 + random.nextInt(0x800)));
                default -> text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
        }
        return text.toString();
    }
}
