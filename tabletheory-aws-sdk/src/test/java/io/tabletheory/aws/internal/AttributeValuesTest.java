package io.tabletheory.aws.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.value.AttributeValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;

class AttributeValuesTest {

    private static software.amazon.awssdk.services.dynamodb.model.AttributeValue roundTripThroughSdk(
            AttributeValue value, software.amazon.awssdk.services.dynamodb.model.AttributeValue.Type expectedType) {
        var sdk = AttributeValues.toSdk(value);
        assertThat(sdk.type()).isEqualTo(expectedType);
        assertThat(AttributeValues.fromSdk(sdk)).isEqualTo(value);
        return sdk;
    }

    @Test
    void string_travelsAsS() {
        var sdk = roundTripThroughSdk(
                AttributeValue.ofString("héllo \u0000 \uD83D\uDE00"),
                software.amazon.awssdk.services.dynamodb.model.AttributeValue.Type.S);

        assertThat(sdk.s()).isEqualTo("héllo \u0000 \uD83D\uDE00");
    }

    @Test
    void emptyString_travelsAsEmptyS() {
        assertThat(roundTripThroughSdk(
                                AttributeValue.ofString(""),
                                software.amazon.awssdk.services.dynamodb.model.AttributeValue.Type.S)
                        .s())
                .isEmpty();
    }

    @Test
    void number_travelsAsItsCanonicalString() {
        var sdk = roundTripThroughSdk(
                AttributeValue.ofNumber("1e3"), software.amazon.awssdk.services.dynamodb.model.AttributeValue.Type.N);

        assertThat(sdk.n()).isEqualTo("1000");
    }

    @Test
    void number_fromSdkInAnyFormIsCanonicalized() {
        var sdk = software.amazon.awssdk.services.dynamodb.model.AttributeValue.builder()
                .n("+001.50E2")
                .build();

        assertThat(AttributeValues.fromSdk(sdk)).isEqualTo(AttributeValue.ofNumber("150"));
    }

    @Test
    void binary_travelsAsSdkBytes() {
        byte[] bytes = {0, 1, (byte) 0x7f, (byte) 0x80, (byte) 0xff};
        var sdk = roundTripThroughSdk(
                AttributeValue.ofBinary(bytes), software.amazon.awssdk.services.dynamodb.model.AttributeValue.Type.B);

        assertThat(sdk.b()).isEqualTo(SdkBytes.fromByteArray(bytes));
    }

    @Test
    void binary_fromSdkIsCopiedAwayFromTheSdkBuffer() {
        byte[] buffer = {1, 2, 3};
        var sdk = software.amazon.awssdk.services.dynamodb.model.AttributeValue.builder()
                .b(SdkBytes.fromByteArrayUnsafe(buffer))
                .build();

        AttributeValue value = AttributeValues.fromSdk(sdk);
        buffer[0] = 9;

        assertThat(value).isEqualTo(AttributeValue.ofBinary(new byte[] {1, 2, 3}));
    }

    @Test
    void stringSet_travelsAsSsInOrder() {
        var sdk = roundTripThroughSdk(
                AttributeValue.ofStringSet(List.of("b", "a", "")),
                software.amazon.awssdk.services.dynamodb.model.AttributeValue.Type.SS);

        assertThat(sdk.ss()).containsExactly("b", "a", "");
    }

    @Test
    void numberSet_travelsAsNsOfCanonicalStrings() {
        var sdk = roundTripThroughSdk(
                AttributeValue.ofNumberSet(List.of("1e2", "-0.50", "7")),
                software.amazon.awssdk.services.dynamodb.model.AttributeValue.Type.NS);

        assertThat(sdk.ns()).containsExactly("100", "-0.5", "7");
    }

    @Test
    void binarySet_travelsAsBs() {
        var sdk = roundTripThroughSdk(
                AttributeValue.ofBinarySet(List.of(new byte[] {1}, new byte[] {2, 3}, new byte[0])),
                software.amazon.awssdk.services.dynamodb.model.AttributeValue.Type.BS);

        assertThat(sdk.bs())
                .containsExactly(
                        SdkBytes.fromByteArray(new byte[] {1}),
                        SdkBytes.fromByteArray(new byte[] {2, 3}),
                        SdkBytes.fromByteArray(new byte[0]));
    }

    @Test
    void map_travelsAsMKeepingOrder() {
        Map<String, AttributeValue> entries = new LinkedHashMap<>();
        entries.put("z", AttributeValue.ofNumber(1));
        entries.put("a", AttributeValue.ofString("x"));
        var sdk = roundTripThroughSdk(
                AttributeValue.ofMap(entries), software.amazon.awssdk.services.dynamodb.model.AttributeValue.Type.M);

        assertThat(sdk.m()).containsOnlyKeys("z", "a");
        assertThat(sdk.m().keySet()).containsExactly("z", "a");
    }

    @Test
    void emptyMapAndList_travelAsEmptyMAndL() {
        var map = roundTripThroughSdk(
                AttributeValue.ofMap(Map.of()), software.amazon.awssdk.services.dynamodb.model.AttributeValue.Type.M);
        var list = roundTripThroughSdk(
                AttributeValue.ofList(List.of()), software.amazon.awssdk.services.dynamodb.model.AttributeValue.Type.L);

        assertThat(map.hasM()).isTrue();
        assertThat(map.m()).isEmpty();
        assertThat(list.hasL()).isTrue();
        assertThat(list.l()).isEmpty();
    }

    @Test
    void list_travelsAsLInOrder() {
        var sdk = roundTripThroughSdk(
                AttributeValue.ofList(List.of(AttributeValue.ofString("a"), AttributeValue.ofNumber(2))),
                software.amazon.awssdk.services.dynamodb.model.AttributeValue.Type.L);

        assertThat(sdk.l()).hasSize(2);
        assertThat(sdk.l().get(1).n()).isEqualTo("2");
    }

    @Test
    void null_travelsAsNulTrue() {
        var sdk = roundTripThroughSdk(
                AttributeValue.ofNull(), software.amazon.awssdk.services.dynamodb.model.AttributeValue.Type.NUL);

        assertThat(sdk.nul()).isTrue();
    }

    @Test
    void booleans_travelAsBool() {
        assertThat(roundTripThroughSdk(
                                AttributeValue.ofBoolean(true),
                                software.amazon.awssdk.services.dynamodb.model.AttributeValue.Type.BOOL)
                        .bool())
                .isTrue();
        assertThat(roundTripThroughSdk(
                                AttributeValue.ofBoolean(false),
                                software.amazon.awssdk.services.dynamodb.model.AttributeValue.Type.BOOL)
                        .bool())
                .isFalse();
    }

    @Test
    void nestedValues_roundTripAtEveryLevel() {
        AttributeValue nested = AttributeValue.ofMap(Map.of(
                "list",
                AttributeValue.ofList(List.of(
                        AttributeValue.ofMap(Map.of(
                                "sets",
                                AttributeValue.ofList(List.of(
                                        AttributeValue.ofStringSet(List.of("x")),
                                        AttributeValue.ofNumberSet(List.of("1.5")),
                                        AttributeValue.ofBinarySet(List.of(new byte[] {4})))))),
                        AttributeValue.ofNull(),
                        AttributeValue.ofBoolean(true))),
                "binary",
                AttributeValue.ofBinary(new byte[] {7})));

        roundTripThroughSdk(nested, software.amazon.awssdk.services.dynamodb.model.AttributeValue.Type.M);
    }

    @Test
    void items_keepAttributeOrderBothWays() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("pk", AttributeValue.ofString("k"));
        item.put("b", AttributeValue.ofNumber(2));
        item.put("a", AttributeValue.ofNumber(1));

        var sdk = AttributeValues.toSdk(item);

        assertThat(sdk.keySet()).containsExactly("pk", "b", "a");
        assertThat(AttributeValues.fromSdk(sdk)).isEqualTo(item);
        assertThat(AttributeValues.fromSdk(sdk).keySet()).containsExactly("pk", "b", "a");
    }

    @Test
    void emptyParameterMaps_becomeAbsent() {
        assertThat(AttributeValues.toSdkOrNull(Map.of())).isNull();
        assertThat(AttributeValues.toSdkOrNull(Map.of(":v", AttributeValue.ofNumber(1))))
                .containsOnlyKeys(":v");
    }

    @Test
    void itemView_isTheMapOfConvertedValues_andAnSdkBuilderCopiesItInOrder() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("pk", AttributeValue.ofString("k"));
        item.put("n", AttributeValue.ofNumber(2));
        item.put("m", AttributeValue.ofMap(Map.of("inner", AttributeValue.ofBoolean(true))));
        Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> filled = new LinkedHashMap<>();
        item.forEach((name, value) -> filled.put(name, AttributeValues.toSdk(value)));

        var view = AttributeValues.toSdk(item);

        assertThat(view).isEqualTo(filled).hasSameHashCodeAs(filled).containsExactlyEntriesOf(filled);
        assertThat(view.get("n")).isEqualTo(filled.get("n"));
        assertThat(view.get("absent")).isNull();
        assertThat(view.containsKey("m")).isTrue();
        assertThatThrownBy(() -> view.put("x", filled.get("pk"))).isInstanceOf(UnsupportedOperationException.class);
        var request = software.amazon.awssdk.services.dynamodb.model.PutItemRequest.builder()
                .tableName("t")
                .item(view)
                .build();
        assertThat(request.item()).containsExactlyEntriesOf(filled);
    }
}
