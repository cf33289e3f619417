package io.tabletheory.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the field the sort key of one or more local secondary indexes. A local index shares the table's partition
 * key and must be created with the table.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface LocalIndexSortKey {
    /** The names of the local secondary indexes this field is the sort key of. */
    String[] value();
}
