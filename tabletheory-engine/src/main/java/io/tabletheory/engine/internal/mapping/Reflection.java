package io.tabletheory.engine.internal.mapping;

import io.tabletheory.api.error.ModelException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Method;

/**
 * Opening a model's constructors, fields and accessors to reflection, in one place, so that a model in a Java
 * module that does not open its package to TableTheory fails with a {@link ModelException} naming the exact
 * {@code opens} line to add, instead of the JDK's raw {@link InaccessibleObjectException}.
 */
final class Reflection {
    private Reflection() {}

    /**
     * Makes {@code member} of {@code type} accessible.
     *
     * @throws ModelException when the module of {@code type} does not open its package to TableTheory
     */
    static <M extends AccessibleObject> M opened(M member, Class<?> type, String location) {
        try {
            member.setAccessible(true);
            return member;
        } catch (InaccessibleObjectException | SecurityException closed) {
            String packageName = type.getPackageName();
            Module engine = Reflection.class.getModule();
            String opensLine = engine.isNamed()
                    ? "opens " + packageName + " to " + engine.getName() + ";"
                    : "opens " + packageName + ";";
            String module =
                    type.getModule().isNamed() ? "module " + type.getModule().getName() : "its module";
            throw new ModelException(
                    location + ": TableTheory reads and builds models by reflection, but "
                            + module + " does not open package " + packageName + " to it; add \"" + opensLine
                            + "\" to the module-info.java of " + module,
                    closed);
        }
    }

    /**
     * A method handle calling {@code method}, opened already by {@link #opened} (so the handle needs no access of its
     * own: the JDK skips the check for an accessible member).
     */
    static MethodHandle unreflect(Method method, String location) {
        try {
            return MethodHandles.lookup().unreflect(method);
        } catch (IllegalAccessException e) {
            throw new ModelException(location + ": cannot read the record component: " + e.getMessage(), e);
        }
    }

    /** A method handle reading {@code field}, opened already by {@link #opened}. */
    static MethodHandle getter(Field field, String location) {
        try {
            return MethodHandles.lookup().unreflectGetter(field);
        } catch (IllegalAccessException e) {
            throw new ModelException(location + ": cannot read the field: " + e.getMessage(), e);
        }
    }

    /** A method handle setting {@code field}, opened already by {@link #opened}. */
    static MethodHandle setter(Field field, String location) {
        try {
            return MethodHandles.lookup().unreflectSetter(field);
        } catch (IllegalAccessException e) {
            throw new ModelException(location + ": cannot set the field: " + e.getMessage(), e);
        }
    }
}
