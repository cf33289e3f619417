package io.tabletheory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.value.AttributeValue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The public cursor: the Go SDK's golden cursor, both ways, and its errors. */
class CursorTest {
    /** The Go SDK's contract fixture cursor_v0.1_basic.cursor. */
    private static final String GOLDEN =
            "eyJsYXN0S2V5Ijp7IlBLIjp7IlMiOiJVU0VSIzEifSwiU0siOnsiUyI6IlBST0ZJTEUifX0sImluZGV4Ijoi"
                    + "Z3NpLWVtYWlsIiwic29ydCI6IkFTQyJ9";

    @Test
    void encode_writesTheGoSdksGoldenCursor() {
        Cursor cursor = Cursor.of(
                        Map.of("SK", AttributeValue.ofString("PROFILE"), "PK", AttributeValue.ofString("USER#1")))
                .withIndex("gsi-email")
                .withSort("ASC");

        assertThat(cursor.encode()).isEqualTo(GOLDEN);
        assertThat(new String(Base64.getUrlDecoder().decode(GOLDEN), StandardCharsets.UTF_8))
                .isEqualTo(
                        "{\"lastKey\":{\"PK\":{\"S\":\"USER#1\"},\"SK\":{\"S\":\"PROFILE\"}},\"index\":\"gsi-email\","
                                + "\"sort\":\"ASC\"}");
    }

    @Test
    void decode_readsTheGoldenCursor_andTheEmptyStringAsNoCursor() {
        Cursor cursor = Cursor.decode(GOLDEN).orElseThrow();

        assertThat(cursor.lastKey())
                .isEqualTo(Map.of("PK", AttributeValue.ofString("USER#1"), "SK", AttributeValue.ofString("PROFILE")));
        assertThat(cursor.index()).contains("gsi-email");
        assertThat(cursor.sort()).contains("ASC");
        assertThat(cursor.encode()).isEqualTo(GOLDEN);
        assertThat(Cursor.decode("")).isEmpty();
    }

    @Test
    void badInput_isRefusedSayingWhy() {
        assertThatThrownBy(() -> Cursor.decode("not a cursor!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("base64url");
        assertThatThrownBy(() -> Cursor.of(Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("non-empty lastKey");
        assertThat(new Cursor(Map.of("PK", AttributeValue.ofNumber(7)), Optional.of(""), Optional.empty()).index())
                .isEmpty();
    }
}
