package io.tabletheory.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The naming convention of a model's attribute names, as in the other TableTheory SDKs. Without it, attributes
 * are named camelCase: the Java name as written ({@code firstName}). With {@link NamingConvention#SNAKE_CASE},
 * {@code firstName} is stored as {@code first_name} and {@code userID} as {@code user_id}. Names given with
 * {@link Attribute} must follow the convention too ({@code PK} and {@code SK} are always allowed).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Naming {
    /** The convention. */
    NamingConvention value();
}
