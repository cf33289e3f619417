package io.tabletheory.engine.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class UtcTimestampsTest {
    /** Instants over the whole range a four-digit year covers and a little beyond, with any nanoseconds. */
    private static Gen<Instant> instants() {
        Gen<Integer> nanos = Generate.pick(List.of(0, 1, 10, 120_000_000, 123_456_789, 999_999_999, 500_000_000))
                .mix(integers().between(0, 999_999_999));
        return longs().between(-62_167_219_200L - 86_400L, 253_402_300_800L + 86_400L)
                .zip(nanos, Instant::ofEpochSecond);
    }

    @Test
    void format_agreesWithTheFormatter() {
        qt().withExamples(20_000).forAll(instants()).checkAssert(instant -> assertThat(Rfc3339.format(instant))
                .isEqualTo(Rfc3339.formatWithFormatter(instant)));
    }

    @Test
    void parse_agreesWithTheFormatter_onWhatFormatWrites() {
        qt().withExamples(20_000).forAll(instants()).checkAssert(instant -> {
            String text = Rfc3339.formatWithFormatter(instant);
            assertThat(Rfc3339.parse(text)).as(text).isEqualTo(Rfc3339.parseWithFormatter(text));
            assertThat(Rfc3339.parse(text.toLowerCase(java.util.Locale.ROOT)))
                    .isEqualTo(Rfc3339.parseWithFormatter(text));
        });
    }

    @Test
    void parse_agreesWithTheFormatter_onMutatedTexts() {
        Gen<String> replacements = Generate.pick(List.of("0", "9", "3", "6", "2", ".", ":", "-", "Z", "+", "", "12"));
        qt().withExamples(20_000)
                .forAll(instants(), integers().between(0, 40), replacements)
                .checkAssert((instant, position, replacement) -> {
                    String text = Rfc3339.formatWithFormatter(instant);
                    int at = Math.min(position, text.length() - 1);
                    String mutated = text.substring(0, at) + replacement + text.substring(at + 1);
                    assertThat(outcome(() -> Rfc3339.parse(mutated)))
                            .as(mutated)
                            .isEqualTo(outcome(() -> Rfc3339.parseWithFormatter(mutated)));
                });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-02-29T00:00:00Z", "2024-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-11-24T24:00:00Z",
                "2026-11-24T07:60:00Z", "2026-11-24T07:08:60Z", "2026-11-24T07:08:21.Z",
                        "2026-11-24T07:08:21.1234567890Z",
                "2026-11-24T07:08:21+02:00", "2026-11-24 07:08:21Z", "0000-01-01T00:00:00Z",
                        "9999-12-31T23:59:59.999999999Z",
                "2026-13-01T00:00:00Z", "2026-00-01T00:00:00Z", "2026-11-00T00:00:00Z", "+2026-11-24T07:08:21Z",
                "2026-11-24T07:08:21.5z", "2026-11-24t07:08:21Z",
            })
    void parse_agreesWithTheFormatter_atTheEdges(String text) {
        assertThat(outcome(() -> Rfc3339.parse(text))).isEqualTo(outcome(() -> Rfc3339.parseWithFormatter(text)));
    }

    /** The instant parsed, or the kind of refusal. */
    private static String outcome(java.util.function.Supplier<Instant> parse) {
        try {
            return parse.get().toString();
        } catch (DateTimeParseException refused) {
            return "refused";
        }
    }
}
