package io.tabletheory.engine.internal.mapping;

import io.tabletheory.api.error.ModelException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Reads (and, for JavaBeans, writes) one property of a model object: a record component through its accessor, a
 * bean field directly. Part of a {@link FieldMapping}.
 */
interface PropertyAccessor {
    /** The arguments of an accessor call, shared rather than allocated per call. */
    Object[] NO_ARGUMENTS = {};

    Object get(Object target);

    void set(Object target, Object value);

    /** A record component, read through its accessor method; records are rebuilt, never set. */
    static PropertyAccessor ofRecordComponent(Method accessor, String location) {
        Reflection.opened(accessor, accessor.getDeclaringClass(), location);
        return new PropertyAccessor() {
            @Override
            public Object get(Object target) {
                try {
                    return accessor.invoke(target, NO_ARGUMENTS);
                } catch (IllegalAccessException e) {
                    throw new ModelException(location + ": cannot read the record component: " + e.getMessage(), e);
                } catch (InvocationTargetException e) {
                    throw new ModelException(location + ": the accessor threw " + e.getCause(), e.getCause());
                }
            }

            @Override
            public void set(Object target, Object value) {
                throw new IllegalStateException(location + " is a record component and cannot be set");
            }
        };
    }

    /** A JavaBean field, read and written directly. */
    static PropertyAccessor ofField(Field field, String location) {
        Reflection.opened(field, field.getDeclaringClass(), location);
        return new PropertyAccessor() {
            @Override
            public Object get(Object target) {
                try {
                    return field.get(target);
                } catch (IllegalAccessException e) {
                    throw new ModelException(location + ": cannot read the field: " + e.getMessage(), e);
                }
            }

            @Override
            public void set(Object target, Object value) {
                try {
                    field.set(target, value);
                } catch (IllegalAccessException e) {
                    throw new ModelException(location + ": cannot set the field: " + e.getMessage(), e);
                }
            }
        };
    }
}
