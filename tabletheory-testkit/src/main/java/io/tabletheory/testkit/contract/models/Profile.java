package io.tabletheory.testkit.contract.models;

import io.tabletheory.AttributeConverter;
import io.tabletheory.annotation.Convert;
import io.tabletheory.annotation.Naming;
import io.tabletheory.annotation.NamingConvention;
import io.tabletheory.annotation.PartitionKey;
import io.tabletheory.annotation.Table;
import io.tabletheory.api.value.AttributeValue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** The contract's model for naming conventions, text-stored types, Optional and a custom converter. */
@Table("tt-contract-profiles")
@Naming(NamingConvention.SNAKE_CASE)
public record Profile(
        @PartitionKey UUID profileId,
        String displayName,
        LocalDate birthDate,
        OffsetDateTime lastSeenAt,
        Optional<String> nickName,
        @Convert(Colour.Converter.class) Colour favouriteColour) {

    /** A colour stored as "#rrggbb". */
    public record Colour(int red, int green, int blue) {
        /** Stores a colour as its hex text. */
        public static final class Converter implements AttributeConverter<Colour> {
            @Override
            public AttributeValue toAttributeValue(Colour colour) {
                return AttributeValue.ofString(
                        String.format("#%02x%02x%02x", colour.red(), colour.green(), colour.blue()));
            }

            @Override
            public Colour fromAttributeValue(AttributeValue value) {
                String hex = ((AttributeValue.StringValue) value).value();
                return new Colour(
                        Integer.parseInt(hex.substring(1, 3), 16),
                        Integer.parseInt(hex.substring(3, 5), 16),
                        Integer.parseInt(hex.substring(5, 7), 16));
            }
        }
    }
}
