package io.tabletheory.engine.internal.mapping;

import io.tabletheory.api.error.ModelException;
import io.tabletheory.api.value.AttributeValue;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;

/**
 * The {@link PropertyAccessor} of one field, over method handles made once when the model is mapped: a getter typed
 * {@code (Object)Object} and, for a bean, a setter typed {@code (Object,Object)void}, called with {@code invokeExact}
 * (no reflective call, no argument array, no access check per call). For an {@code int}, {@code long}, {@code
 * double} or {@code boolean} field a second getter returns the primitive itself, which {@link #write} hands to the
 * field's primitive write when the field keeps its built-in converter, so no box is made.
 */
final class HandleAccessor implements PropertyAccessor {
    /** The primitive types read without a box. */
    private enum Primitive {
        INT,
        LONG,
        DOUBLE,
        BOOLEAN
    }

    private final MethodHandle getter;
    private final MethodHandle setter;
    private final Primitive primitive;
    /** The getter typed {@code (Object)primitive}, for a {@link #primitive} field; else {@code null}. */
    private final MethodHandle primitiveGetter;

    private final String location;
    private final String readFailure;

    private HandleAccessor(
            Class<?> type, MethodHandle getter, MethodHandle setter, String location, String readFailure) {
        this.getter = getter.asType(MethodType.methodType(Object.class, Object.class));
        this.setter =
                setter == null ? null : setter.asType(MethodType.methodType(void.class, Object.class, Object.class));
        this.primitive = type == int.class
                ? Primitive.INT
                : type == long.class
                        ? Primitive.LONG
                        : type == double.class ? Primitive.DOUBLE : type == boolean.class ? Primitive.BOOLEAN : null;
        this.primitiveGetter = primitive == null ? null : getter.asType(MethodType.methodType(type, Object.class));
        this.location = location;
        this.readFailure = readFailure;
    }

    /**
     * The accessor of a field of {@code type}.
     *
     * @param getter reads the field: {@code (Model)type}
     * @param setter writes it: {@code (Model,type)void}, or {@code null} for a record component
     * @param readFailure what a failed read says after the location (the exception follows)
     */
    static PropertyAccessor of(
            Class<?> type, MethodHandle getter, MethodHandle setter, String location, String readFailure) {
        return new HandleAccessor(type, getter, setter, location, readFailure);
    }

    @Override
    public Object get(Object target) {
        try {
            return getter.invokeExact(target);
        } catch (Throwable failed) {
            throw readFailed(failed);
        }
    }

    @Override
    public void set(Object target, Object value) {
        if (setter == null) {
            throw new IllegalStateException(location + " is a record component and cannot be set");
        }
        try {
            setter.invokeExact(target, value);
        } catch (Throwable failed) {
            throw new ModelException(location + ": cannot set the field: " + failed, failed);
        }
    }

    @Override
    public AttributeValue write(Object target, FieldMapping field) {
        if (primitive == null || !field.writesPrimitives()) {
            return field.write(get(target));
        }
        try {
            return switch (primitive) {
                case INT -> field.writeLong((int) primitiveGetter.invokeExact(target));
                case LONG -> field.writeLong((long) primitiveGetter.invokeExact(target));
                case DOUBLE -> field.writeDouble((double) primitiveGetter.invokeExact(target));
                case BOOLEAN -> field.writeBoolean((boolean) primitiveGetter.invokeExact(target));
            };
        } catch (ModelException unstorable) {
            throw unstorable;
        } catch (Throwable failed) {
            throw readFailed(failed);
        }
    }

    /** The exception of a read that threw (a record accessor's own code, or a target of the wrong class). */
    private ModelException readFailed(Throwable failed) {
        return new ModelException(location + ": " + readFailure + failed, failed);
    }
}
