package io.tabletheory.engine.internal.mapping;

import io.tabletheory.api.value.AttributeValue;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Reads (and, for JavaBeans, writes) one property of a model object: a record component through its accessor, a
 * bean field directly. Part of a {@link FieldMapping}. Built once per field over method handles
 * ({@link HandleAccessor}), so a read is no reflective call and a primitive is read without boxing.
 */
interface PropertyAccessor {
    Object get(Object target);

    void set(Object target, Object value);

    /**
     * The attribute {@code field} writes for this property of {@code target}, or {@code null} when it writes none:
     * {@code field.write(get(target))}, which accessors of primitives do without the box.
     */
    default AttributeValue write(Object target, FieldMapping field) {
        return field.write(get(target));
    }

    /** A record component, read through its accessor method; records are rebuilt, never set. */
    static PropertyAccessor ofRecordComponent(Method accessor, String location) {
        Reflection.opened(accessor, accessor.getDeclaringClass(), location);
        MethodHandle getter = Reflection.unreflect(accessor, location);
        return HandleAccessor.of(accessor.getReturnType(), getter, null, location, "the accessor threw ");
    }

    /** A JavaBean field, read and written directly. */
    static PropertyAccessor ofField(Field field, String location) {
        Reflection.opened(field, field.getDeclaringClass(), location);
        return HandleAccessor.of(
                field.getType(),
                Reflection.getter(field, location),
                Reflection.setter(field, location),
                location,
                "cannot read the field: ");
    }
}
