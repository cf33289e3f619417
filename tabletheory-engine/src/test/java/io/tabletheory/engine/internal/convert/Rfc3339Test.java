package io.tabletheory.engine.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class Rfc3339Test {
    @Test
    void format_dropsTrailingZerosOfTheFractionAsGoDoes() {
        assertThat(Rfc3339.format(Instant.parse("2026-11-24T07:08:21.120Z"))).isEqualTo("2026-11-24T07:08:21.12Z");
        assertThat(Rfc3339.format(Instant.parse("2026-11-24T07:08:21.000000001Z")))
                .isEqualTo("2026-11-24T07:08:21.000000001Z");
        assertThat(Rfc3339.format(Instant.parse("2026-11-24T07:08:21.123456789Z")))
                .isEqualTo("2026-11-24T07:08:21.123456789Z");
    }

    @Test
    void format_ofAWholeSecond_hasNoFraction() {
        assertThat(Rfc3339.format(Instant.parse("2026-11-24T07:08:21Z"))).isEqualTo("2026-11-24T07:08:21Z");
    }

    @Test
    void parse_acceptsAnyOffset() {
        assertThat(Rfc3339.parse("2026-11-24T09:08:21.5+02:00")).isEqualTo(Instant.parse("2026-11-24T07:08:21.5Z"));
        assertThat(Rfc3339.parse("2026-11-24t07:08:21z")).isEqualTo(Instant.parse("2026-11-24T07:08:21Z"));
    }

    @Test
    void parse_rejectsTextThatIsNotRfc3339() {
        assertThatThrownBy(() -> Rfc3339.parse("24/11/2026")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void formatThenParse_returnsTheSameInstant() {
        qt().forAll(longs().between(0, 253_402_300_799L), integers().between(0, 999_999_999))
                .checkAssert((seconds, nanos) -> {
                    Instant instant = Instant.ofEpochSecond(seconds, nanos);
                    assertThat(Rfc3339.parse(Rfc3339.format(instant))).isEqualTo(instant);
                });
    }
}
