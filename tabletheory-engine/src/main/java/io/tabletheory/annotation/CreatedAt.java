package io.tabletheory.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the creation timestamp: an {@link java.time.Instant} set by every create to the TableTheory clock's
 * now, stored as an RFC 3339 string in UTC with up to nanosecond precision (trailing zeros of the fraction dropped,
 * as the Go, TypeScript and Python TableTheory SDKs write it). Updates never change it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface CreatedAt {}
