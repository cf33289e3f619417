package io.tabletheory.api.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.tabletheory.api.error.ValidationException;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberValueTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "+3, 3",
        ".5, 0.5",
        "0001.23, 1.23",
        "1e3, 1000",
        "1E+3, 1000",
        "1000.0, 1000",
        "001000, 1000",
        "1E-3, 0.001",
        "-0, 0",
        "-0.000, 0",
        "-17.4E37, -174000000000000000000000000000000000000",
        "123.4500, 123.45"
    })
    void canonicalForm_isDynamoDbsOutputForm(String input, String canonical) {
        assertThat(AttributeValue.ofNumber(input).value()).isEqualTo(canonical);
    }

    @Test
    void exponents_areExpandedToPlainDecimals() {
        assertThat(AttributeValue.ofNumber("1e-130").value()).isEqualTo("0." + "0".repeat(129) + "1");
        assertThat(AttributeValue.ofNumber("1e125").value()).isEqualTo("1" + "0".repeat(125));
    }

    @Test
    void numbersOfTheSameValue_areEqual() {
        assertThat(AttributeValue.ofNumber("1e3")).isEqualTo(AttributeValue.ofNumber(1000));
        assertThat(AttributeValue.ofNumber("1e3").hashCode())
                .isEqualTo(AttributeValue.ofNumber("1000.00").hashCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "dog", " 1", "1 ", "", "1e", "--1", "0x10"})
    void textThatIsNotANumber_isRejectedWithDynamoDbsMessage(String input) {
        assertThatThrownBy(() -> AttributeValue.ofNumber(input))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The parameter cannot be converted to a numeric value: " + input);
    }

    @Test
    void moreThan38SignificantDigits_isRejected() {
        assertThat(AttributeValue.ofNumber("1".repeat(38)).value()).hasSize(38);
        assertThat(AttributeValue.ofNumber("1" + "0".repeat(60)).value()).hasSize(61);
        assertThatThrownBy(() -> AttributeValue.ofNumber("1".repeat(39)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Attempting to store more than 38 significant digits in a Number");
    }

    @Test
    void magnitudesOutsideDynamoDbsRange_areRejected() {
        assertThat(AttributeValue.ofNumber("9.9999999999999999999999999999999999999E+125"))
                .isNotNull();
        assertThatThrownBy(() -> AttributeValue.ofNumber("1E+126"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Number overflow. Attempting to store a number with magnitude larger than supported range");
        assertThatThrownBy(() -> AttributeValue.ofNumber("-1E+126"))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("Number overflow");
        assertThatThrownBy(() -> AttributeValue.ofNumber("1E-131"))
                .isInstanceOf(ValidationException.class)
                .hasMessage(
                        "Number underflow. Attempting to store a number with magnitude smaller than supported range");
    }

    @Test
    void canonicalization_isIdempotent_andKeepsTheValue() {
        qt().forAll(longs().all(), integers().between(-40, 40)).checkAssert((unscaled, scale) -> {
            BigDecimal number = BigDecimal.valueOf(unscaled, scale);
            String canonical = AttributeValue.ofNumber(number).value();
            assertThat(AttributeValue.ofNumber(canonical).value()).isEqualTo(canonical);
            assertThat(new BigDecimal(canonical)).isEqualByComparingTo(number);
        });
    }

    @Test
    void equality_matchesNumericEquality() {
        qt().forAll(longs().between(-1000, 1000), integers().between(0, 5), longs().between(-1000, 1000))
                .checkAssert((a, scale, b) -> {
                    BigDecimal left = BigDecimal.valueOf(a).setScale(scale);
                    BigDecimal right = BigDecimal.valueOf(b);
                    assertThat(AttributeValue.ofNumber(left).equals(AttributeValue.ofNumber(right)))
                            .isEqualTo(left.compareTo(right) == 0);
                    assertThat(Integer.signum(AttributeValue.ofNumber(left).compareTo(AttributeValue.ofNumber(right))))
                            .isEqualTo(Integer.signum(left.compareTo(right)));
                });
    }

    @Test
    void canonicalForm_isBigDecimalsPlainFormWithoutTrailingZeros() {
        qt().forAll(
                        strings().numericBetween(0, 99_999).map(Object::toString),
                        strings().numericBetween(0, 99_999).map(Object::toString),
                        integers().between(-140, 140),
                        integers().between(0, 40))
                .checkAssert((integer, fraction, exponent, leadingZeros) -> {
                    String text = "0".repeat(leadingZeros) + integer + "." + fraction + "0".repeat(leadingZeros) + "e"
                            + exponent;
                    BigDecimal exact = new BigDecimal(text);
                    String expected = exact.signum() == 0
                            ? "0"
                            : exact.stripTrailingZeros().toPlainString();
                    long leadingExponent = exact.signum() == 0
                            ? 0
                            : (long) exact.stripTrailingZeros().precision()
                                    - exact.stripTrailingZeros().scale()
                                    - 1;
                    if (leadingExponent > DynamoNumbers.MAX_EXPONENT || leadingExponent < DynamoNumbers.MIN_EXPONENT) {
                        assertThatThrownBy(() -> AttributeValue.ofNumber(text)).isInstanceOf(ValidationException.class);
                    } else {
                        assertThat(AttributeValue.ofNumber(text).value()).isEqualTo(expected);
                        assertThat(AttributeValue.ofNumber("-" + text).value())
                                .isEqualTo(expected.equals("0") ? "0" : "-" + expected);
                    }
                });
    }

    @Test
    void megabytesOfDigits_costOnePassOverTheText() {
        // A guard against quadratic work, not a benchmark: BigDecimal arithmetic on 4 MB of digits takes hours.
        int size = 4 * 1024 * 1024;
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            assertThatThrownBy(() -> AttributeValue.ofNumber("7".repeat(size)))
                    .hasMessage(
                            "Number overflow. Attempting to store a number with magnitude larger than supported range");
            assertThatThrownBy(() -> AttributeValue.ofNumber("0." + "7".repeat(size)))
                    .hasMessage("Attempting to store more than 38 significant digits in a Number");
            assertThatThrownBy(() -> AttributeValue.ofNumber("0." + "0".repeat(size) + "1"))
                    .hasMessageStartingWith("Number underflow");
            assertThatThrownBy(() -> AttributeValue.ofNumber("1".repeat(size) + "x"))
                    .hasMessageStartingWith("The parameter cannot be converted to a numeric value: 111");
            assertThat(AttributeValue.ofNumber("0".repeat(size)).value()).isEqualTo("0");
            assertThat(AttributeValue.ofNumber("0".repeat(size) + "1.5" + "0".repeat(size))
                            .value())
                    .isEqualTo("1.5");
        });
    }

    @Test
    void exponentsOfMoreThanNineDigits_areNotNumbers() {
        assertThatThrownBy(() -> AttributeValue.ofNumber("1e-123456789")).hasMessageStartingWith("Number underflow");
        assertThatThrownBy(() -> AttributeValue.ofNumber("1e1234567890"))
                .hasMessage("The parameter cannot be converted to a numeric value: 1e1234567890");
        assertThat(AttributeValue.ofNumber("5.").value()).isEqualTo("5");
        assertThatThrownBy(() -> AttributeValue.ofNumber(".")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> AttributeValue.ofNumber("+")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> AttributeValue.ofNumber("1e+")).isInstanceOf(ValidationException.class);
    }
}
