package io.tabletheory.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Leaves the attribute out of the stored item when the value is empty: {@code null}, an empty string, zero,
 * {@code false}, or an empty collection or map. Empty sets are never written, with or without this annotation,
 * because DynamoDB forbids them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface OmitEmpty {}
