package io.tabletheory.engine.internal;

import java.math.BigInteger;

/** Version numbers in the Java type of a {@code @Version} field. */
final class Versions {
    private Versions() {}

    /** The first version, 0, as a value of the field's type. */
    static Object zero(Class<?> type) {
        if (type == long.class || type == Long.class) {
            return 0L;
        }
        if (type == short.class || type == Short.class) {
            return (short) 0;
        }
        if (type == BigInteger.class) {
            return BigInteger.ZERO;
        }
        return 0;
    }
}
