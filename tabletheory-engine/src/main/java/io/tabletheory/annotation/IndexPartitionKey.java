package io.tabletheory.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the field the partition key of one or more global secondary indexes.
 *
 * <pre>{@code @IndexPartitionKey("email-index") String email}</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface IndexPartitionKey {
    /** The names of the global secondary indexes this field is the partition key of. */
    String[] value();
}
