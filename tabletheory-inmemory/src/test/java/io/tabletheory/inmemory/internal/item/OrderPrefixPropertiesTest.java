package io.tabletheory.inmemory.internal.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.tabletheory.api.value.AttributeValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link OrderPrefix} keeps {@link ValueOrder}: where two values' prefixes differ as unsigned ints, the values
 * compare the same way, and equal values have equal prefixes. Strings share long prefixes or none and hold short
 * texts, NUL characters, characters of every UTF-8 length and unpaired surrogates; numbers are near one another
 * (many round to one float), of both signs, tiny and huge; binaries share prefixes and hold 0x00 and 0xFF bytes.
 */
class OrderPrefixPropertiesTest {
    private static final List<String> STEMS =
            List.of("", "a", "ab", "abc", "abcd", "abcde", "é", "\u0800x", "\uD83D\uDE00");
    private static final char[] ALPHABET = {
        '\u0000', 'a', 'b', 'Z', '0', 'é', '\u07FF', '\u0800', '\uD7FF', '\uE000', '\uFFFF'
    };

    @Test
    void prefixes_keepTheValueOrder() {
        qt().withExamples(30_000).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            int type = random.nextInt(3);
            AttributeValue left = value(random, type);
            AttributeValue right = random.nextInt(8) == 0 ? copy(left) : value(random, type);
            int order = Integer.signum(ValueOrder.compare(left, right));
            int prefixes = Integer.signum(Integer.compareUnsigned(OrderPrefix.of(left), OrderPrefix.of(right)));
            if (order == 0) {
                assertThat(prefixes).as("equal values, equal prefixes").isZero();
            } else if (prefixes != 0) {
                assertThat(prefixes).as("%s against %s", left, right).isEqualTo(order);
            }
        });
    }

    @Test
    void prefixes_tellShortStringsNumbersAndBinariesApart() {
        assertThat(Integer.compareUnsigned(OrderPrefix.ofString("a"), OrderPrefix.ofString("ab")))
                .isNegative();
        assertThat(Integer.compareUnsigned(OrderPrefix.ofString("\uFFFF"), OrderPrefix.ofString("\uD83D\uDE00")))
                .isNegative();
        assertThat(OrderPrefix.ofString("abcd")).isEqualTo(OrderPrefix.ofString("abcdz"));
        assertThat(Integer.compareUnsigned(OrderPrefix.ofNumber("-2"), OrderPrefix.ofNumber("-1")))
                .isNegative();
        assertThat(Integer.compareUnsigned(OrderPrefix.ofNumber("-0.5"), OrderPrefix.ofNumber("0")))
                .isNegative();
        assertThat(Integer.compareUnsigned(OrderPrefix.ofNumber("0"), OrderPrefix.ofNumber("0.000001")))
                .isNegative();
        assertThat(Integer.compareUnsigned(
                        OrderPrefix.of(AttributeValue.ofBinary(new byte[] {1})),
                        OrderPrefix.of(AttributeValue.ofBinary(new byte[] {(byte) 0x80}))))
                .isNegative();
    }

    private static AttributeValue value(Random random, int type) {
        return switch (type) {
            case 0 -> AttributeValue.ofString(text(random));
            case 1 -> AttributeValue.ofNumber(number(random));
            default -> AttributeValue.ofBinary(bytes(random));
        };
    }

    private static AttributeValue copy(AttributeValue value) {
        return switch (value.type()) {
            case S -> AttributeValue.ofString(
                    new String(ScalarViews.string(value).value().toCharArray()));
            case N -> AttributeValue.ofNumber(ScalarViews.number(value).value());
            default -> AttributeValue.ofBinary(ScalarViews.binary(value).value());
        };
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder(STEMS.get(random.nextInt(STEMS.size())));
        int length = random.nextInt(5);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(7)) {
                case 0 -> text.appendCodePoint(0x10000 + random.nextInt(0x100000));
                case 1 -> text.append((char) (0xD800 + random.nextInt(0x800)));
                default -> text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
        }
        return text.toString();
    }

    private static BigDecimal number(Random random) {
        BigDecimal base =
                switch (random.nextInt(4)) {
                    case 0 -> BigDecimal.valueOf(random.nextInt(200) - 100);
                    case 1 -> new BigDecimal("1.000000" + random.nextInt(1_000));
                    case 2 -> new BigDecimal(random.nextInt(1_000) + "E" + (random.nextInt(240) - 120));
                    default -> BigDecimal.valueOf(random.nextLong(), random.nextInt(40) - 20);
                };
        return random.nextBoolean() ? base : base.negate();
    }

    private static byte[] bytes(Random random) {
        byte[] stem = {1, 2, 3, (byte) 0xff};
        int shared = random.nextInt(5);
        byte[] bytes = new byte[shared + random.nextInt(4)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = i < shared
                    ? stem[i]
                    : (byte) List.of(0, 1, 0x7f, 0x80, 0xff)
                            .get(random.nextInt(5))
                            .intValue();
        }
        return bytes;
    }
}
