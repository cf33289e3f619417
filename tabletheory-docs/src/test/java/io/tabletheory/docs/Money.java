package io.tabletheory.docs;

import java.util.Objects;

/**
 * The README's custom type ("Custom types and naming"): an amount in cents and its currency, which TableTheory
 * cannot map without a converter.
 *
 * @param cents the amount in the currency's smallest unit
 * @param currency the ISO 4217 code, e.g. {@code EUR}
 */
public record Money(long cents, String currency) {
    public Money {
        Objects.requireNonNull(currency, "currency");
    }
}
