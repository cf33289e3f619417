package io.tabletheory.api.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.tabletheory.api.error.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class CanonicalNumbersTest {
    /** What the full path makes of a text: its canonical form, or the message it is refused with. */
    private static String fullPath(String text) {
        try {
            return NumberText.read(text).canonical();
        } catch (ValidationException refused) {
            return "refused: " + refused.getMessage();
        }
    }

    private static String fastOrFullPath(String text) {
        try {
            return DynamoNumbers.canonical(text);
        } catch (ValidationException refused) {
            return "refused: " + refused.getMessage();
        }
    }

    /** Number-like texts: signs, leading and trailing zeros, points, exponents, and stray characters. */
    private static Gen<String> numberLikeTexts() {
        Gen<String> pieces = Generate.pick(List.of(
                "0",
                "0",
                "0",
                "1",
                "2",
                "5",
                "9",
                "00",
                "10",
                "100",
                "-",
                "+",
                ".",
                "e",
                "E",
                "e-",
                "e+",
                "123",
                "99999999999999999999",
                "0000000000",
                "x"));
        return lists().of(pieces).ofSizeBetween(1, 8).map(parts -> String.join("", parts));
    }

    /** Texts that are numbers: an optional sign, integer digits, an optional fraction, an optional exponent. */
    private static Gen<String> numberTexts() {
        Gen<String> digits = lists().of(integers().between(0, 9))
                .ofSizeBetween(0, 45)
                .map(list -> list.stream().map(String::valueOf).reduce("", String::concat));
        Gen<String> sign = Generate.pick(List.of("", "", "-", "+"));
        Gen<String> exponent = Generate.pick(List.of("", "", "", "e5", "E-3", "e+130", "e-140", "e126"));
        return sign.zip(digits, digits, exponent, (s, integer, fraction, e) -> {
            String body = integer.isEmpty() && fraction.isEmpty() ? "0" : integer;
            return s + body + (fraction.isEmpty() ? "" : "." + fraction) + e;
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0",
                "1",
                "-1",
                "10",
                "1000",
                "0.5",
                "-0.5",
                "0.05",
                "12.34",
                "98.5",
                "1234567890",
                "12345678901234567890123456789012345678",
                "0.00000000000000000000000000000000000000000001",
            })
    void canonicalTexts_areRecognisedAndKept(String text) {
        assertThat(CanonicalNumbers.isCanonical(text)).isTrue();
        assertThat(DynamoNumbers.canonical(text)).isSameAs(text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "-",
                "-0",
                "+1",
                "01",
                "1.",
                ".5",
                "1.50",
                "0.0",
                "00",
                "1e3",
                "1E3",
                "0.",
                "1.5e1",
                " 1",
                "1 ",
                "123456789012345678901234567890123456789",
                "-0.1x"
            })
    void otherTexts_takeTheFullPath(String text) {
        assertThat(CanonicalNumbers.isCanonical(text)).isFalse();
    }

    @Test
    void integersOutOfRange_takeTheFullPath() {
        assertThat(CanonicalNumbers.isCanonical("1" + "0".repeat(125))).isTrue();
        assertThat(CanonicalNumbers.isCanonical("1" + "0".repeat(126))).isFalse();
        assertThat(CanonicalNumbers.isCanonical("0." + "0".repeat(129) + "1")).isTrue();
        assertThat(CanonicalNumbers.isCanonical("0." + "0".repeat(130) + "1")).isFalse();
    }

    @Test
    void theFastPath_agreesWithTheFullPath_onNumberLikeTexts() {
        qt().withExamples(5000).forAll(numberLikeTexts()).checkAssert(text -> assertAgree(text));
    }

    @Test
    void theFastPath_agreesWithTheFullPath_onNumbers() {
        qt().withExamples(5000).forAll(numberTexts()).checkAssert(text -> assertAgree(text));
    }

    @Test
    void everyCanonicalForm_isRecognisedByTheFastPath() {
        qt().withExamples(5000).forAll(numberTexts()).checkAssert(text -> {
            String canonical = fullPath(text);
            if (!canonical.startsWith("refused")) {
                assertThat(CanonicalNumbers.isCanonical(canonical))
                        .as(canonical)
                        .isTrue();
            }
        });
    }

    private static void assertAgree(String text) {
        assertThat(fastOrFullPath(text)).as(text).isEqualTo(fullPath(text));
        if (CanonicalNumbers.isCanonical(text)) {
            assertThat(fullPath(text)).as(text).isEqualTo(text);
        }
    }
}
