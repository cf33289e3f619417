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
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Table {
    /** The table name: 3 to 255 characters of {@code [a-zA-Z0-9_.-]}. */
    String value();
}
