package io.tabletheory.engine.internal.cursor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.json.JsonReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CursorCodecTest {
    private static final String DESIGN_EXAMPLE =
            "eyJsYXN0S2V5Ijp7IlBLIjp7IlMiOiJVU0VSIzEifSwiU0siOnsiUyI6IlBST0ZJTEUifX0sImluZGV4IjoiZ3NpLWVtYWlsIiwic29ydCI6IkFTQyJ9";

    @Test
    void encode_matchesTheCrossLanguageExampleByteForByte() {
        String cursor = CursorCodec.encode(
                Map.of("SK", AttributeValue.ofString("PROFILE"), "PK", AttributeValue.ofString("USER#1")),
                Optional.of("gsi-email"),
                Optional.of("ASC"));

        assertThat(cursor).isEqualTo(DESIGN_EXAMPLE);
        assertThat(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8))
                .isEqualTo(
                        "{\"lastKey\":{\"PK\":{\"S\":\"USER#1\"},\"SK\":{\"S\":\"PROFILE\"}},\"index\":\"gsi-email\","
                                + "\"sort\":\"ASC\"}");
    }

    @Test
    void decode_ofTheExample_givesItsParts() {
        DecodedCursor cursor = CursorCodec.decode(DESIGN_EXAMPLE);

        assertThat(cursor.lastKey())
                .isEqualTo(Map.of("PK", AttributeValue.ofString("USER#1"), "SK", AttributeValue.ofString("PROFILE")));
        assertThat(cursor.index()).contains("gsi-email");
        assertThat(cursor.sort()).contains("ASC");
    }

    @Test
    void encode_escapesLikeGo_andOmitsEmptyParts() {
        String cursor = CursorCodec.encode(
                Map.of("k", AttributeValue.ofString("<a&b>\u2028\"\n")), Optional.empty(), Optional.empty());

        assertThat(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8))
                .isEqualTo("{\"lastKey\":{\"k\":{\"S\":\"\\u003ca\\u0026b\\u003e\\u2028\\\"\\n\"}}}");
    }

    @Test
    void anEmptyLastKey_encodesAsNoCursor() {
        assertThat(CursorCodec.encode(Map.of(), Optional.of("i"), Optional.of("ASC")))
                .isEmpty();
    }

    @Test
    void everyKeyType_roundTrips() {
        qt().forAll(strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(1, 30), longs().all())
                .checkAssert((text, number) -> {
                    Map<String, AttributeValue> key = Map.of(
                            "s", AttributeValue.ofString(text),
                            "n", AttributeValue.ofNumber(number),
                            "b", AttributeValue.ofBinary(text.getBytes(StandardCharsets.UTF_8)));
                    assertThat(CursorCodec.decode(CursorCodec.encode(key, Optional.empty(), Optional.of("DESC")))
                                    .lastKey())
                            .isEqualTo(key);
                });
    }

    @Test
    void textBeyondTheBasicPlane_roundTrips() {
        Map<String, AttributeValue> key = Map.of("pk", AttributeValue.ofString("caf\u00e9 \ud83d\ude00"));

        assertThat(CursorCodec.decode(CursorCodec.encode(key, Optional.empty(), Optional.empty()))
                        .lastKey())
                .isEqualTo(key);
    }

    @Test
    void textThatIsNotACursor_isRejectedSayingWhy() {
        assertThatThrownBy(() -> CursorCodec.decode("not a cursor!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid cursor: it is not base64url text");
        assertThatThrownBy(() -> CursorCodec.decode(encoded("[1,2]")))
                .hasMessage("invalid cursor: its content is not a JSON object");
        assertThatThrownBy(() -> CursorCodec.decode(encoded("{\"lastKey\":{\"PK\":{\"S\":1}}}")))
                .hasMessage("invalid cursor: lastKey.PK must hold a string");
        assertThatThrownBy(() -> CursorCodec.decode(encoded("{\"lastKey\":{\"PK\":{\"S\":\"a\",\"N\":\"1\"}}}")))
                .hasMessageContaining("lastKey.PK is not a DynamoDB JSON value with exactly one type");
        assertThatThrownBy(() -> CursorCodec.decode(encoded("{\"lastKey\":{\"PK\":{\"N\":\"NaN\"}}}")))
                .hasMessageContaining("lastKey.PK is not a valid DynamoDB value");
        assertThatThrownBy(() -> CursorCodec.decode(encoded("{\"index\":\"x\"}")))
                .hasMessage("invalid cursor: it has no lastKey object");
        assertThatThrownBy(() -> CursorCodec.decode(encoded("{\"lastKey\":{\"a\":{\"S\":\"x\"}},\"extra\":1}")))
                .hasMessage("invalid cursor: it has an unknown member \"extra\"");
        assertThat(List.of(DESIGN_EXAMPLE)).isNotEmpty();
    }

    private static String encoded(String json) {
        return Base64.getUrlEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCursorLongerThanTheLimit_isRejectedBeforeDecoding() {
        String atLimit = cursorOf("{\"lastKey\":{\"n\":{\"N\":\"" + "0".repeat(20_000) + "1\"}}}");
        String overLimit = "A".repeat(CursorCodec.MAX_LENGTH + 1);

        assertThat(CursorCodec.decode(atLimit).lastKey()).containsEntry("n", AttributeValue.ofNumber(1));
        assertThatThrownBy(() -> CursorCodec.decode(overLimit))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid cursor: it is 65537 characters long, and a cursor has at most 65536");
    }

    @Test
    void aNumberOfTensOfKilobytesInACursor_isRejectedInOnePass() {
        String digits = cursorOf("{\"lastKey\":{\"n\":{\"N\":\"" + "9".repeat(40_000) + "\"}}}");

        assertThatThrownBy(() -> CursorCodec.decode(digits))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Number overflow");
    }

    @Test
    void jsonNumbersAndNesting_areBounded() {
        String longNumber = cursorOf("{\"lastKey\":{\"n\":" + "1".repeat(JsonReader.MAX_NUMBER_LENGTH + 1) + "}}");
        String deep = cursorOf("[".repeat(JsonReader.MAX_DEPTH + 1) + "]".repeat(JsonReader.MAX_DEPTH + 1));
        String atDepth = cursorOf("[".repeat(JsonReader.MAX_DEPTH) + "]".repeat(JsonReader.MAX_DEPTH));
        String hostile = cursorOf("[".repeat(20_000));

        assertThatThrownBy(() -> CursorCodec.decode(longNumber))
                .hasMessage("invalid cursor: its content is not JSON: a number longer than 64 characters at offset 16");
        assertThatThrownBy(() -> CursorCodec.decode(deep))
                .hasMessage("invalid cursor: its content is not JSON: values nested more than 80 deep at offset 80");
        assertThatThrownBy(() -> CursorCodec.decode(atDepth))
                .hasMessage("invalid cursor: its content is not a JSON object");
        assertThatThrownBy(() -> CursorCodec.decode(hostile)).hasMessageContaining("values nested more than 80 deep");
    }

    private static String cursorOf(String json) {
        return Base64.getUrlEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
