package io.tabletheory.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the optimistic-lock version: an integer field ({@code int}, {@code long}, {@code Integer}, {@code Long}),
 * stored as a number. A create writes 0; an update adds 1; updates and deletes of an item are conditioned on the
 * version the caller holds, so a stale writer fails with a {@code ConditionFailedException}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Version {}
