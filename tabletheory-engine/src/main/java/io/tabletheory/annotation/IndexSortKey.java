package io.tabletheory.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the field the sort key of one or more global secondary indexes (which also need an {@link
 * IndexPartitionKey}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface IndexSortKey {
    /** The names of the global secondary indexes this field is the sort key of. */
    String[] value();
}
