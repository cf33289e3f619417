package io.tabletheory.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the time-to-live attribute: a {@code long}/{@code Long} of epoch seconds or an {@link java.time.Instant}
 * (stored as its epoch second), written as a number. Creating the table from the model turns DynamoDB's TTL on
 * for this attribute.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Ttl {}
