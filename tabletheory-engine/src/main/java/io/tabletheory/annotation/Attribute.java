package io.tabletheory.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the DynamoDB attribute of a field, when it differs from the Java name.
 *
 * <pre>{@code @Attribute("PK") String id}</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Attribute {
    /** The attribute name: non-empty, at most 255 bytes for key attributes. */
    String value();
}
