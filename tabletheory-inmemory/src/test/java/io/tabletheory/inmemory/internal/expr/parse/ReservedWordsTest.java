package io.tabletheory.inmemory.internal.expr.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReservedWordsTest {

    @Test
    void list_hasDynamoDbs573Words() {
        assertThat(ReservedWords.count()).isEqualTo(573);
    }

    @Test
    void check_ignoresCase() {
        assertThat(ReservedWords.isReserved("name")).isTrue();
        assertThat(ReservedWords.isReserved("Status")).isTrue();
        assertThat(ReservedWords.isReserved("ZONE")).isTrue();
        assertThat(ReservedWords.isReserved("abort")).isTrue();
        assertThat(ReservedWords.isReserved("email")).isFalse();
        assertThat(ReservedWords.isReserved("pk")).isFalse();
    }
}
