package io.tabletheory.engine.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.AttributeConverter;
import io.tabletheory.annotation.Attribute;
import io.tabletheory.annotation.Convert;
import io.tabletheory.annotation.Naming;
import io.tabletheory.annotation.NamingConvention;
import io.tabletheory.annotation.PartitionKey;
import io.tabletheory.api.error.ModelException;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Naming conventions, the extra built-in types, and custom converters. */
class ModelingTest {
    @Naming(NamingConvention.SNAKE_CASE)
    record SnakeUser(
            @PartitionKey String userID, String firstName, String httpURLValue, @Attribute("GSI1PK") String gsi) {}

    record CamelUser(@PartitionKey String id, String first_name) {}

    /** Money stored as "EUR 10.50". */
    record Money(String currency, BigDecimal amount) {}

    /** Stores Money as one string, and may be a key. */
    public static final class MoneyConverter implements AttributeConverter<Money> {
        @Override
        public AttributeValue toAttributeValue(Money money) {
            return AttributeValue.ofString(
                    money.currency() + " " + money.amount().toPlainString());
        }

        @Override
        public Money fromAttributeValue(AttributeValue value) {
            String[] parts = ((AttributeValue.StringValue) value).value().split(" ");
            return new Money(parts[0], new BigDecimal(parts[1]));
        }

        @Override
        public Optional<ScalarAttributeType> keyType() {
            return Optional.of(ScalarAttributeType.S);
        }
    }

    record Priced(@PartitionKey String id, Money price, @Convert(MoneyConverter.class) Money fee) {}

    record Typed(
            @PartitionKey UUID id,
            LocalDate day,
            LocalDateTime local,
            OffsetDateTime at,
            Optional<String> maybe,
            Optional<Integer> none) {}

    @Test
    void snakeCase_derivesNamesLikeTheOtherSdks_andKeepsExplicitNames() {
        ModelSchema<SnakeUser> schema = new SchemaFactory(Map.of()).schema(SnakeUser.class);

        assertThat(schema.mapping().fields())
                .extracting(FieldMapping::attributeName)
                .containsExactly("user_id", "first_name", "http_url_value", "GSI1PK");
    }

    @Test
    void aDerivedNameThatBreaksTheConvention_isAModelError() {
        assertThatThrownBy(() -> new SchemaFactory(Map.of()).schema(CamelUser.class))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("CamelUser.first_name: the attribute name 'first_name' derived from the field"
                        + " does not follow CAMEL_CASE");
    }

    @Test
    void snakeCase_ofCommonJavaNames() {
        assertThat(AttributeNames.snakeCase("id")).isEqualTo("id");
        assertThat(AttributeNames.snakeCase("createdAt")).isEqualTo("created_at");
        assertThat(AttributeNames.snakeCase("userID")).isEqualTo("user_id");
        assertThat(AttributeNames.snakeCase("urlValue")).isEqualTo("url_value");
        assertThat(AttributeNames.snakeCase("address2Line")).isEqualTo("address2_line");
    }

    @Test
    void uuidsDatesAndOptionals_roundTrip_asStrings() {
        ObjectMapping<Typed> mapping =
                new SchemaFactory(Map.of()).schema(Typed.class).mapping();
        Typed original = new Typed(
                UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"),
                LocalDate.of(2026, 11, 24),
                LocalDateTime.of(2026, 11, 24, 7, 8, 21, 120_000_000),
                OffsetDateTime.of(2026, 11, 24, 9, 8, 21, 500_000_000, ZoneOffset.ofHours(2)),
                Optional.of("yes"),
                Optional.empty());

        Map<String, AttributeValue> item = mapping.write(original);

        assertThat(item)
                .containsEntry("id", AttributeValue.ofString("0f8fad5b-d9cb-469f-a165-70867728950e"))
                .containsEntry("day", AttributeValue.ofString("2026-11-24"))
                .containsEntry("local", AttributeValue.ofString("2026-11-24T07:08:21.12"))
                .containsEntry("at", AttributeValue.ofString("2026-11-24T09:08:21.5+02:00"))
                .containsEntry("maybe", AttributeValue.ofString("yes"))
                .doesNotContainKey("none");
        assertThat(mapping.read(item)).isEqualTo(original);
    }

    @Test
    void customConverters_applyPerTypeAndPerField() {
        ObjectMapping<Priced> mapping = new SchemaFactory(Map.of(Money.class, new MoneyConverter()))
                .schema(Priced.class)
                .mapping();
        Priced original = new Priced("p1", new Money("EUR", new BigDecimal("10.50")), new Money("USD", BigDecimal.ONE));

        Map<String, AttributeValue> item = mapping.write(original);

        assertThat(item).containsEntry("price", AttributeValue.ofString("EUR 10.50"));
        assertThat(item).containsEntry("fee", AttributeValue.ofString("USD 1"));
        assertThat(mapping.read(item)).isEqualTo(original);
    }

    @Test
    void aFieldOfAnUnregisteredCustomType_isMappedAsANestedObject() {
        ObjectMapping<Priced> mapping =
                new SchemaFactory(Map.of()).schema(Priced.class).mapping();

        assertThat(mapping.write(new Priced("p1", new Money("EUR", BigDecimal.TEN), new Money("EUR", BigDecimal.ONE)))
                        .get("price"))
                .isInstanceOf(AttributeValue.MapValue.class);
    }

    @Test
    void aStoredValueACustomConverterCannotRead_isAModelErrorNamingTheField() {
        ObjectMapping<Priced> mapping =
                new SchemaFactory(Map.of()).schema(Priced.class).mapping();

        assertThatThrownBy(() -> mapping.read(
                        Map.of("id", AttributeValue.ofString("p1"), "fee", AttributeValue.ofString("garbage"))))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("Priced.fee (attribute 'fee')")
                .hasMessageContaining("MoneyConverter failed to read");
    }
}
