package io.tabletheory.aws.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.tabletheory.api.value.AttributeValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Any attribute value, however nested, survives the trip to the SDK's model and back unchanged. */
class AttributeValuesPropertyTest {

    @Test
    void everyValue_roundTripsThroughTheSdkModel() {
        qt().withExamples(500).forAll(values(3)).checkAssert(value -> assertThat(
                        AttributeValues.fromSdk(AttributeValues.toSdk(value)))
                .isEqualTo(value));
    }

    @Test
    void everyItem_roundTripsThroughTheSdkModel() {
        qt().withExamples(200).forAll(maps(2)).checkAssert(item -> assertThat(
                        AttributeValues.fromSdk(AttributeValues.toSdk(item)))
                .isEqualTo(item));
    }

    private static Gen<AttributeValue> values(int depth) {
        List<Gen<AttributeValue>> kinds = new ArrayList<>(List.of(
                text().map(AttributeValue::ofString),
                numbers().map(AttributeValue::ofNumber),
                binaries().map(AttributeValue::ofBinary),
                lists().of(text()).ofSizeBetween(1, 5).map(AttributeValuesPropertyTest::stringSet),
                lists().of(numbers()).ofSizeBetween(1, 5).map(AttributeValuesPropertyTest::numberSet),
                lists().of(binaries()).ofSizeBetween(1, 5).map(AttributeValuesPropertyTest::binarySet),
                booleans().all().map(AttributeValue::ofBoolean),
                Generate.constant(AttributeValue.ofNull())));
        if (depth > 0) {
            kinds.add(lists().of(values(depth - 1)).ofSizeBetween(0, 4).map(AttributeValue::ofList));
            kinds.add(maps(depth - 1).map(AttributeValue::ofMap));
        }
        return Generate.pick(kinds).flatMap(kind -> kind);
    }

    private static Gen<Map<String, AttributeValue>> maps(int depth) {
        return lists().of(text().zip(values(depth), Map::entry))
                .ofSizeBetween(0, 4)
                .map(entries -> {
                    Map<String, AttributeValue> map = new LinkedHashMap<>();
                    entries.forEach(entry -> map.put(entry.getKey(), entry.getValue()));
                    return map;
                });
    }

    private static Gen<String> text() {
        return strings().allPossible().ofLengthBetween(0, 12);
    }

    /** Decimal texts of up to 19 significant digits, with exponents well inside DynamoDB's range. */
    private static Gen<String> numbers() {
        return longs().all().zip(integers().between(-40, 40), (unscaled, scale) -> new BigDecimal(
                        BigInteger.valueOf(unscaled), scale)
                .toString());
    }

    private static Gen<byte[]> binaries() {
        return Generate.byteArrays(Generate.range(0, 16), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
    }

    private static AttributeValue stringSet(List<String> strings) {
        return AttributeValue.ofStringSet(List.copyOf(new LinkedHashSet<>(strings)));
    }

    private static AttributeValue numberSet(List<String> numbers) {
        Map<BigDecimal, String> distinct = new LinkedHashMap<>();
        numbers.forEach(number -> distinct.putIfAbsent(new BigDecimal(number).stripTrailingZeros(), number));
        return AttributeValue.ofNumberSet(List.copyOf(distinct.values()));
    }

    private static AttributeValue binarySet(List<byte[]> binaries) {
        Map<String, byte[]> distinct = new LinkedHashMap<>();
        binaries.forEach(bytes -> distinct.putIfAbsent(HexFormat.of().formatHex(bytes), bytes));
        return AttributeValue.ofBinarySet(List.copyOf(distinct.values()));
    }
}
