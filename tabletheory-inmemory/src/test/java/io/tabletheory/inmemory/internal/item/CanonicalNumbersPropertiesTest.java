package io.tabletheory.inmemory.internal.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.reference.Values;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link CanonicalNumbers} against {@code BigDecimal}: its order, and the reference model's size rule ({@link
 * Values#numberSize}), the way numbers were ordered and sized before it.
 */
class CanonicalNumbersPropertiesTest {

    @Test
    void compare_ordersAsBigDecimalDoes() {
        qt().withExamples(5_000).forAll(longs().all()).checkAssert(seed -> {
            RandomValues values = new RandomValues(seed);
            AttributeValue.NumberValue left = values.number();
            AttributeValue.NumberValue right = seed % 3 == 0 ? left : values.number();
            assertThat(Integer.signum(CanonicalNumbers.compare(left.value(), right.value())))
                    .as("%s against %s", left.value(), right.value())
                    .isEqualTo(left.bigDecimalValue().compareTo(right.bigDecimalValue()));
        });
    }

    @Test
    void size_isTheRuleComputedWithBigDecimal() {
        qt().withExamples(5_000).forAll(longs().all()).checkAssert(seed -> {
            AttributeValue.NumberValue number = new RandomValues(seed).number();
            assertThat(CanonicalNumbers.size(number.value()))
                    .as(number.value())
                    .isEqualTo(Values.numberSize(number.bigDecimalValue()));
        });
    }

    @ParameterizedTest(name = "{0} against {1} is {2}")
    @CsvSource({
        "0, 0, 0",
        "0, 0.001, -1",
        "-0.001, 0, -1",
        "0.1, 0.09, 1",
        "-0.1, -0.09, -1",
        "10, 9.99, 1",
        "1.5, 1.25, 1",
        "100, 100, 0",
        "-100, -99, -1",
        "1E125, 9.99E124, 1"
    })
    void compare_orderEdgeCases(String left, String right, int expected) {
        assertThat(Integer.signum(CanonicalNumbers.compare(
                        AttributeValue.ofNumber(left).value(),
                        AttributeValue.ofNumber(right).value())))
                .isEqualTo(expected);
    }
}
