package io.tabletheory.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the DynamoDB table of a model class. Without it the table name is the class's simple name in the plural, as
 * the Go TableTheory SDK derives it: {@code User} → {@code Users}, {@code Address} → {@code Addresses},
 * {@code Category} → {@code Categories}.
 *
 * <p>Where the table's name differs per stage (CDK and SAM inject it as an environment variable), name the
 * variable instead: {@code @Table(nameFromEnv = "TABLE_NAME")}. The variable is read when the model is registered
 * ({@code TableTheory.register}) or first used, from the environment given to {@code
 * TableTheory.builder().environment(...)} (the process environment by default); a missing or empty variable is a
 * {@link io.tabletheory.api.error.ModelException} naming the model and the variable, so a misconfigured function
 * fails at start-up, not at its first request.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Table {
    /**
     * The table name: 3 to 255 characters of {@code [a-zA-Z0-9_.-]}. Leave it out to use {@link #nameFromEnv()}; a
     * model gives one of the two, not both.
     */
    String value() default "";

    /**
     * The environment variable that holds the table name, read at registration; the name must follow the same rule
     * as {@link #value()}. Empty (the default) when the name is given by {@link #value()}.
     */
    String nameFromEnv() default "";
}
