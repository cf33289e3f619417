package io.tabletheory.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Leaves the attribute out of the stored item when the value is empty: {@code null}, an empty string, zero,
 * {@code false}, or an empty collection or map. Without it, a null or an empty set is stored as {@code NULL} (as
 * the other TableTheory SDKs store it). Put it on a set you will {@code add} to with the update builder: DynamoDB's
 * ADD accepts a missing attribute but refuses a {@code NULL} one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface OmitEmpty {}
