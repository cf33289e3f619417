package io.tabletheory.engine.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.tabletheory.annotation.PartitionKey;
import io.tabletheory.api.error.ModelException;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.fixtures.Account;
import io.tabletheory.engine.fixtures.Everything;
import io.tabletheory.engine.fixtures.Everything.Address;
import io.tabletheory.engine.fixtures.Everything.Node;
import io.tabletheory.engine.fixtures.Everything.Profile;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MappingRoundTripTest {
    private final SchemaFactory factory = new SchemaFactory(java.util.Map.of());

    record Scalars(@PartitionKey String id, long aLong, double aDouble, float aFloat, int anInt) {}

    record Small(@PartitionKey String id, int count) {}

    static Everything everything() {
        return new Everything(
                "e1",
                -42,
                Long.MAX_VALUE,
                (short) 7,
                (byte) -3,
                0.1,
                0.1f,
                null,
                123L,
                2.5e-7,
                new BigDecimal("12345678901234567890.123456789012345678"),
                new BigInteger("-99999999999999999999999999999999999999"),
                true,
                Boolean.FALSE,
                new byte[] {0, 1, (byte) 0xff},
                Instant.parse("2026-11-24T07:08:21.120Z"),
                Everything.Color.GREEN,
                List.of("a", "b", "a"),
                List.of(new Address("Main St", 1), new Address("High St", 22)),
                new LinkedHashSet<>(List.of("x", "y")),
                new LinkedHashSet<>(List.of(1L, 1000L)),
                new LinkedHashSet<>(List.of(new byte[] {9, 8})),
                new LinkedHashMap<>(Map.of("one", 1)),
                new LinkedHashMap<>(Map.of("home", List.of(new Address("Elm", 5)))),
                new Address("Oak", 3),
                new Profile("writes code", 36),
                new Node("root", List.of(new Node("leaf", List.of()))),
                "",
                "not stored");
    }

    @Test
    void everySupportedType_roundTripsExactly() {
        ObjectMapping<Everything> mapping = factory.schema(Everything.class).mapping();
        Everything original = everything();

        Everything read = mapping.read(mapping.write(original));

        assertThat(read)
                .usingRecursiveComparison()
                .ignoringFields("transientNote", "optional")
                .isEqualTo(original);
        assertThat(read.transientNote()).isNull();
        assertThat(read.optional()).isNull();
    }

    @Test
    void write_usesTheCrossLanguageEncodings() {
        Map<String, AttributeValue> item =
                factory.schema(Everything.class).mapping().write(everything());

        assertThat(item.get("aFloat")).isEqualTo(AttributeValue.ofNumber("0.1"));
        assertThat(((AttributeValue.NumberValue) item.get("aDouble")).value()).isEqualTo("0.1");
        assertThat(((AttributeValue.NumberValue) item.get("boxedDouble")).value())
                .isEqualTo("0.00000025");
        assertThat(item.get("boxedInt")).isEqualTo(AttributeValue.ofNull());
        assertThat(item.get("at")).isEqualTo(AttributeValue.ofString("2026-11-24T07:08:21.12Z"));
        assertThat(item.get("color")).isEqualTo(AttributeValue.ofString("GREEN"));
        assertThat(item.get("bytes")).isEqualTo(AttributeValue.ofBinary(new byte[] {0, 1, (byte) 0xff}));
        assertThat(item.get("labels")).isEqualTo(AttributeValue.ofStringSet(List.of("x", "y")));
        assertThat(item.get("numbers")).isEqualTo(AttributeValue.ofNumberSet(List.of("1", "1000")));
        assertThat(item.get("blobs")).isInstanceOf(AttributeValue.BinarySetValue.class);
        assertThat(item.get("home"))
                .isEqualTo(AttributeValue.ofMap(
                        Map.of("street_line", AttributeValue.ofString("Oak"), "number", AttributeValue.ofNumber(3))));
        assertThat(item).doesNotContainKeys("optional", "transientNote");
    }

    @Test
    void emptySets_areWrittenAsNull_asTheGoSdkWritesThem_andReadBackEmpty() {
        Everything empty = new Everything(
                "e2", 0, 0, (short) 0, (byte) 0, 0, 0, null, null, null, null, null, false, null, null, null, null,
                null, null, Set.of(), Set.of(), Set.of(), null, null, null, null, null, null, null);
        ObjectMapping<Everything> mapping = factory.schema(Everything.class).mapping();

        Map<String, AttributeValue> item = mapping.write(empty);

        assertThat(item)
                .containsEntry("labels", AttributeValue.ofNull())
                .containsEntry("numbers", AttributeValue.ofNull())
                .containsEntry("blobs", AttributeValue.ofNull());
        assertThat(mapping.read(item).labels()).isEmpty();
        assertThat(mapping.read(item).numbers()).isEmpty();
    }

    @Test
    void aMissingAttribute_readsAsTheFieldDefault() {
        Small small = factory.schema(Small.class).mapping().read(Map.of("id", AttributeValue.ofString("s")));

        assertThat(small).isEqualTo(new Small("s", 0));
    }

    @Test
    void unknownAttributes_areIgnoredOnRead() {
        Small small = factory.schema(Small.class)
                .mapping()
                .read(Map.of("id", AttributeValue.ofString("s"), "other", AttributeValue.ofBoolean(true)));

        assertThat(small).isEqualTo(new Small("s", 0));
    }

    @Test
    void aStoredValueOfTheWrongType_isAnErrorNamingFieldAndAttribute() {
        ObjectMapping<Small> mapping = factory.schema(Small.class).mapping();

        assertThatThrownBy(() ->
                        mapping.read(Map.of("id", AttributeValue.ofString("s"), "count", AttributeValue.ofString("7"))))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("Small.count (attribute 'count'): expected N but the stored value is S");
    }

    @Test
    void aStoredNumberThatDoesNotFitTheField_isAnError() {
        ObjectMapping<Small> mapping = factory.schema(Small.class).mapping();

        assertThatThrownBy(() -> mapping.read(
                        Map.of("id", AttributeValue.ofString("s"), "count", AttributeValue.ofNumber("1.5"))))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("the stored number 1.5 does not fit a int");
    }

    @Test
    void aNonFiniteDouble_cannotBeWritten() {
        ObjectMapping<Scalars> mapping = factory.schema(Scalars.class).mapping();

        assertThatThrownBy(() -> mapping.write(new Scalars("s", 0, Double.NaN, 0, 0)))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("Scalars.aDouble")
                .hasMessageContaining("DynamoDB numbers are finite");
    }

    @Test
    void scalars_roundTrip() {
        ObjectMapping<Scalars> mapping = factory.schema(Scalars.class).mapping();
        qt().forAll(
                        strings().allPossible().ofLengthBetween(1, 40),
                        longs().all(),
                        doubles().fromZeroToOne(),
                        integers().between(-30, 30))
                .checkAssert((id, l, fraction, exponent) -> {
                    double d = (fraction - 0.5) * Math.pow(10, exponent);
                    float f = (float) d;
                    Scalars original = new Scalars(id, l, d, f, l.intValue());
                    assertThat(mapping.read(mapping.write(original))).isEqualTo(original);
                });
    }

    @Test
    void aDoubleBelowDynamoDbsRange_isAnErrorNamingTheField() {
        ObjectMapping<Scalars> mapping = factory.schema(Scalars.class).mapping();

        assertThatThrownBy(() -> mapping.write(new Scalars("s", 0, Double.MIN_VALUE, 0, 0)))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("Scalars.aDouble")
                .hasMessageContaining("Number underflow");
    }

    @Test
    void intsAndLongs_areWrittenAsTheirDecimalText() {
        ObjectMapping<Scalars> mapping = factory.schema(Scalars.class).mapping();
        qt().forAll(integers().all()).checkAssert(value -> assertThat(
                        mapping.write(new Scalars("s", value, 0, 0, value)).get("anInt"))
                .isEqualTo(AttributeValue.ofNumber(Integer.toString(value))));
    }

    @Test
    void withChanges_setsTheFieldsOfABeanInPlace() {
        ModelSchema<Account> schema = factory.schema(Account.class);
        Account account = new Account("a1", BigDecimal.TEN);

        Account changed = schema.mapping().with(account, Map.of(schema.version().orElseThrow(), 0));

        assertThat(changed).isSameAs(account);
        assertThat(account.getVersion()).isZero();
    }
}
