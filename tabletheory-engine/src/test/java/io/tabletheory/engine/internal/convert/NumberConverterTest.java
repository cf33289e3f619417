package io.tabletheory.engine.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.floats;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.value.AttributeValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class NumberConverterTest {
    private static final List<NumberConverter<?>> CONVERTERS = List.of(
            NumberConverter.BYTE,
            NumberConverter.SHORT,
            NumberConverter.INTEGER,
            NumberConverter.LONG,
            NumberConverter.FLOAT,
            NumberConverter.DOUBLE,
            NumberConverter.BIG_DECIMAL,
            NumberConverter.BIG_INTEGER);

    /** Number texts: integers of every size, at the types' bounds, fractions, doubles (some out of range). */
    private static Gen<String> numberTexts() {
        Gen<String> bounds = Generate.pick(List.of(
                "127",
                "128",
                "-128",
                "-129",
                "32767",
                "32768",
                "-32768",
                "-32769",
                "2147483647",
                "2147483648",
                "-2147483648",
                "-2147483649",
                "9223372036854775807",
                "9223372036854775808",
                "-9223372036854775808",
                "-9223372036854775809",
                "999999999999999999",
                "1000000000000000000",
                "0",
                "0.5",
                "-1.25",
                "340282356779733661637539395458142568448",
                "1.4E-45",
                "4.9E-324",
                "3.4028235E38"));
        Gen<String> integers = longs().all().map(value -> Long.toString(value));
        Gen<String> fractions = longs().all()
                .zip(integers().between(-60, 60), (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale)
                        .toString());
        Gen<String> doubles = doubles().any().map(Object::toString);
        return bounds.mix(integers)
                .mix(fractions)
                .mix(doubles.assuming(text -> !text.contains("Infinity") && !text.contains("NaN")));
    }

    @Test
    void read_agreesWithTheExactPath() {
        qt().withExamples(5_000).forAll(numberTexts()).checkAssert(text -> {
            AttributeValue.NumberValue number;
            try {
                number = AttributeValue.ofNumber(text);
            } catch (ValidationException outOfRange) {
                return;
            }
            for (NumberConverter<?> converter : CONVERTERS) {
                assertThat(outcome(() -> converter.read(number)))
                        .as(converter + " " + number)
                        .isEqualTo(outcome(() -> converter.readExactly(number)));
            }
        });
    }

    @Test
    void write_agreesWithTheExactDecimal() {
        qt().withExamples(10_000).forAll(doubles().any()).checkAssert(value -> assertWriteAgrees(value));
        qt().withExamples(10_000).forAll(floats().any()).checkAssert(value -> assertWriteAgrees(value));
        qt().withExamples(10_000).forAll(longs().all()).checkAssert(value -> assertWriteAgrees(value));
    }

    private static void assertWriteAgrees(Number value) {
        NumberConverter<?> converter = value instanceof Double
                ? NumberConverter.DOUBLE
                : value instanceof Float ? NumberConverter.FLOAT : NumberConverter.LONG;
        @SuppressWarnings("unchecked")
        NumberConverter<Number> typed = (NumberConverter<Number>) converter;
        assertThat(outcome(() -> typed.write(value)))
                .as(value.toString())
                .isEqualTo(outcome(() -> writtenExactly(value)));
        assertThat(outcome(() -> typed.isEmpty(value)))
                .isEqualTo(outcome(() -> NumberConverter.toDecimal(value).signum() == 0));
    }

    /** How numbers were written before the fast path: through their exact BigDecimal. */
    private static AttributeValue writtenExactly(Number value) {
        try {
            return AttributeValue.ofNumber(NumberConverter.toDecimal(value));
        } catch (ValidationException outOfRange) {
            throw new ConversionException(value + " cannot be stored as a DynamoDB number: " + outOfRange.getMessage());
        }
    }

    /** What a conversion gives: its value, or the message it fails with. */
    private static String outcome(Supplier<?> conversion) {
        try {
            Object value = conversion.get();
            return value.getClass().getSimpleName() + " " + value;
        } catch (RuntimeException failed) {
            return failed.getClass().getSimpleName() + ": " + failed.getMessage();
        }
    }
}
