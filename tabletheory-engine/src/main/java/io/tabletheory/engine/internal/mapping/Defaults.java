package io.tabletheory.engine.internal.mapping;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The value a field gets when its attribute is absent: zero or false for primitives, an empty set for sets (DynamoDB
 * cannot store an empty set, so absent means empty), an empty Optional for optionals, null otherwise.
 */
final class Defaults {
    private static final Map<Class<?>, Object> PRIMITIVES = Map.of(
            int.class,
            0,
            long.class,
            0L,
            short.class,
            (short) 0,
            byte.class,
            (byte) 0,
            double.class,
            0d,
            float.class,
            0f,
            boolean.class,
            false,
            char.class,
            '\0');

    private Defaults() {}

    static Object of(Class<?> type) {
        if (type.isPrimitive()) {
            return PRIMITIVES.get(type);
        }
        if (type == Set.class) {
            return new LinkedHashSet<>();
        }
        if (type == java.util.Optional.class) {
            return java.util.Optional.empty();
        }
        return null;
    }
}
