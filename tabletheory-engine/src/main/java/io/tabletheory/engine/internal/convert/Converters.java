package io.tabletheory.engine.internal.convert;

import io.tabletheory.AttributeConverter;
import io.tabletheory.api.error.ModelException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Picks the converter for a field's generic type: strings, every numeric primitive and box, BigDecimal and
 * BigInteger, booleans, {@code byte[]}, {@link Instant}, enums, {@code List<E>}, {@code Set<E>} of strings, numbers
 * or byte arrays, {@code Map<String, V>}, and nested records or JavaBeans (through {@code nested}). A type with no
 * mapping is a {@link ModelException} naming the field.
 */
public final class Converters {
    private final Function<Class<?>, Supplier<NestedMapping<?>>> nested;
    private final Map<Class<?>, AttributeConverter<?>> custom;

    /**
     * Converters that map nested classes with {@code nested}, which returns a supplier of the class's mapping (so
     * a class may refer to itself) or throws a {@link ModelException} when the class cannot be mapped, and use the
     * registered {@code custom} converters before the built-in ones.
     */
    public Converters(
            Function<Class<?>, Supplier<NestedMapping<?>>> nested, Map<Class<?>, AttributeConverter<?>> custom) {
        this.nested = nested;
        this.custom = Map.copyOf(custom);
    }

    /** The converter for a field annotated with {@code @Convert}. */
    public static ValueConverter<Object> custom(AttributeConverter<?> converter) {
        return erase(new CustomConverter<>(converter));
    }

    /** The epoch-seconds converter for {@code Instant} TTL fields. */
    public static ValueConverter<Object> epochSeconds() {
        return erase(EpochSecondsConverter.INSTANCE);
    }

    /**
     * The converter for {@code type}.
     *
     * @param location the field, for error messages, e.g. {@code User.tags}
     * @throws ModelException when the type has no mapping
     */
    public ValueConverter<Object> forType(Type type, String location) {
        return erase(resolve(type, location));
    }

    private ValueConverter<?> resolve(Type type, String location) {
        if (type instanceof Class<?> raw) {
            return forClass(raw, location);
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw == List.class) {
                return new ListConverter<>(resolve(bound(arguments[0], location), location + "[]"));
            }
            if (raw == Set.class) {
                return setOf(bound(arguments[0], location), location);
            }
            if (raw == java.util.Optional.class) {
                return new OptionalConverter<>(resolve(bound(arguments[0], location), location));
            }
            if (raw == Map.class) {
                if (bound(arguments[0], location) != String.class) {
                    throw new ModelException(
                            location + ": map keys must be String (DynamoDB map keys are strings), not "
                                    + arguments[0].getTypeName());
                }
                return new MapConverter<>(resolve(bound(arguments[1], location), location + "{}"));
            }
            throw unsupported(type, location);
        }
        throw unsupported(type, location);
    }

    private ValueConverter<?> forClass(Class<?> raw, String location) {
        AttributeConverter<?> registered = custom.get(raw);
        if (registered != null) {
            return new CustomConverter<>(registered);
        }
        if (raw == String.class) {
            return StringConverter.INSTANCE;
        }
        if (raw == int.class || raw == Integer.class) {
            return NumberConverter.INTEGER;
        }
        if (raw == long.class || raw == Long.class) {
            return NumberConverter.LONG;
        }
        if (raw == short.class || raw == Short.class) {
            return NumberConverter.SHORT;
        }
        if (raw == byte.class || raw == Byte.class) {
            return NumberConverter.BYTE;
        }
        if (raw == double.class || raw == Double.class) {
            return NumberConverter.DOUBLE;
        }
        if (raw == float.class || raw == Float.class) {
            return NumberConverter.FLOAT;
        }
        if (raw == BigDecimal.class) {
            return NumberConverter.BIG_DECIMAL;
        }
        if (raw == BigInteger.class) {
            return NumberConverter.BIG_INTEGER;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return BooleanConverter.INSTANCE;
        }
        if (raw == byte[].class) {
            return BinaryConverter.INSTANCE;
        }
        if (raw == Instant.class) {
            return InstantConverter.INSTANCE;
        }
        if (raw == java.util.UUID.class) {
            return TextConverter.UUIDS;
        }
        if (raw == java.time.LocalDate.class) {
            return TextConverter.LOCAL_DATES;
        }
        if (raw == java.time.LocalDateTime.class) {
            return TextConverter.LOCAL_DATE_TIMES;
        }
        if (raw == java.time.OffsetDateTime.class) {
            return TextConverter.OFFSET_DATE_TIMES;
        }
        if (raw.isEnum()) {
            return enumConverter(raw);
        }
        if (raw == List.class || raw == Set.class || raw == Map.class || raw == java.util.Optional.class) {
            throw new ModelException(location + ": a raw " + raw.getSimpleName()
                    + " cannot be mapped; declare its element type, e.g. " + raw.getSimpleName() + "<String>");
        }
        if (raw.isPrimitive()
                || raw.isArray()
                || raw.isInterface()
                || raw.getName().startsWith("java.")) {
            throw unsupported(raw, location);
        }
        return objectConverter(raw);
    }

    private ValueConverter<?> setOf(Type elementType, String location) {
        if (elementType == String.class) {
            return new SetConverter<>(StringConverter.INSTANCE, SetConverter.Kind.STRINGS);
        }
        if (elementType == byte[].class) {
            return new SetConverter<>(BinaryConverter.INSTANCE, SetConverter.Kind.BINARIES);
        }
        if (elementType instanceof Class<?> raw && (Number.class.isAssignableFrom(raw))) {
            ValueConverter<?> numbers = forClass(raw, location);
            if (numbers instanceof NumberConverter<?>) {
                return new SetConverter<>(numbers, SetConverter.Kind.NUMBERS);
            }
        }
        throw new ModelException(location + ": a Set must hold String, a number type or byte[] (DynamoDB's SS, NS"
                + " and BS), not " + elementType.getTypeName() + "; use a List for other elements");
    }

    private static Type bound(Type argument, String location) {
        if (argument instanceof WildcardType wildcard) {
            Type[] upper = wildcard.getUpperBounds();
            if (upper.length == 1 && upper[0] != Object.class) {
                return upper[0];
            }
            throw new ModelException(location + ": the type argument " + argument.getTypeName()
                    + " is too vague to map; name the element type");
        }
        return argument;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ValueConverter<?> enumConverter(Class<?> raw) {
        return new EnumConverter(raw.asSubclass(Enum.class));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private ValueConverter<?> objectConverter(Class<?> raw) {
        Supplier mapping = nested.apply(raw);
        return new ObjectConverter<>(mapping);
    }

    private static ModelException unsupported(Type type, String location) {
        return new ModelException(location + ": no mapping for type " + type.getTypeName() + "; supported are String,"
                + " numbers, boolean, byte[], Instant, OffsetDateTime, LocalDate, LocalDateTime, UUID, enums,"
                + " Optional, List, Set, Map<String, ?> and nested records or JavaBeans, or register an"
                + " AttributeConverter for it");
    }

    @SuppressWarnings("unchecked")
    private static ValueConverter<Object> erase(ValueConverter<?> converter) {
        return (ValueConverter<Object>) converter;
    }
}
