package io.tabletheory.inmemory.internal.table;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.tabletheory.api.error.ValidationException;
import org.junit.jupiter.api.Test;

/** An item operation's table name is refused exactly when it breaks the length or the pattern rule. */
class TableNamesPropertiesTest {
    private static final String ALPHABET = "aZ09_.-/ é:";

    @Test
    void validateItemTable_refusesExactlyWhatBreaksTheRules() {
        qt().withExamples(2_000)
                .forAll(lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 260))
                .checkAssert(picks -> {
                    StringBuilder name = new StringBuilder();
                    picks.forEach(pick -> name.append(ALPHABET.charAt(pick)));
                    String text = name.toString();
                    boolean valid = !text.isEmpty()
                            && text.length() <= 255
                            && TableNames.PATTERN.matcher(text).matches();
                    if (valid) {
                        assertThatCode(() -> TableNames.validateItemTable(text)).doesNotThrowAnyException();
                    } else {
                        assertThatThrownBy(() -> TableNames.validateItemTable(text))
                                .isInstanceOf(ValidationException.class)
                                .hasMessageContaining("at 'tableName' failed to satisfy constraint");
                    }
                });
    }
}
