package io.tabletheory.annotation;

import io.tabletheory.AttributeConverter;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Stores this field with the given converter instead of the built-in mapping of its type. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Convert {
    /** The converter class; it needs a public no-argument constructor. */
    @SuppressWarnings("rawtypes")
    Class<? extends AttributeConverter> value();
}
