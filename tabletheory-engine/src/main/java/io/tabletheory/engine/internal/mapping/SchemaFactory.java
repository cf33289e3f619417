package io.tabletheory.engine.internal.mapping;

import io.tabletheory.annotation.Attribute;
import io.tabletheory.annotation.Convert;
import io.tabletheory.annotation.CreatedAt;
import io.tabletheory.annotation.Ignore;
import io.tabletheory.annotation.IndexPartitionKey;
import io.tabletheory.annotation.IndexSortKey;
import io.tabletheory.annotation.LocalIndexSortKey;
import io.tabletheory.annotation.OmitEmpty;
import io.tabletheory.annotation.PartitionKey;
import io.tabletheory.annotation.SortKey;
import io.tabletheory.annotation.Ttl;
import io.tabletheory.annotation.UpdatedAt;
import io.tabletheory.annotation.Version;
import io.tabletheory.api.error.ModelException;
import io.tabletheory.engine.internal.convert.Converters;
import io.tabletheory.engine.internal.convert.NestedMapping;
import io.tabletheory.engine.internal.convert.ValueConverter;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Builds and caches the mapping of model classes: reads the annotations of a record's components or a JavaBean's
 * fields, picks converters, and validates the model (one partition key, mappable types, integer versions, ...), so
 * that every model error is a {@link ModelException} naming the class and field, raised once, at first use. One
 * factory per {@code TableTheory}; thread-safe.
 */
public final class SchemaFactory {
    private final ConcurrentMap<Class<?>, ObjectMapping<?>> objects = new ConcurrentHashMap<>();
    private final ConcurrentMap<Class<?>, ModelSchema<?>> schemas = new ConcurrentHashMap<>();
    private final ThreadLocal<Set<Class<?>>> building = ThreadLocal.withInitial(HashSet::new);
    private final Converters converters;
    private final Function<String, String> environment;

    /**
     * A factory with these converters registered for their types (they take precedence over built-in ones), reading
     * {@code @Table(nameFromEnv)} variables from the process environment.
     */
    public SchemaFactory(java.util.Map<Class<?>, io.tabletheory.AttributeConverter<?>> customConverters) {
        this(customConverters, System::getenv);
    }

    /** A factory as above that reads {@code @Table(nameFromEnv)} variables from {@code environment}. */
    public SchemaFactory(
            java.util.Map<Class<?>, io.tabletheory.AttributeConverter<?>> customConverters,
            Function<String, String> environment) {
        this.converters = new Converters(this::nestedMapping, customConverters);
        this.environment = environment;
    }

    /** The class of {@code instance}, typed as its static type (for {@link #schema} of an object's own model). */
    @SuppressWarnings("unchecked")
    public static <T> Class<T> classOf(T instance) {
        return (Class<T>) instance.getClass();
    }

    /**
     * The schema of a model class, built and validated on first call.
     *
     * @throws ModelException when the class cannot be a model
     */
    @SuppressWarnings("unchecked")
    public <T> ModelSchema<T> schema(Class<T> type) {
        ModelSchema<?> cached = schemas.get(type);
        if (cached != null) {
            return (ModelSchema<T>) cached;
        }
        ModelSchema<T> built = ModelSchemas.build(objectMapping(type), TableNames.of(type, environment));
        ModelSchema<?> raced = schemas.putIfAbsent(type, built);
        return raced == null ? built : (ModelSchema<T>) raced;
    }

    /** The mapping of a class used as a model or nested in one. */
    @SuppressWarnings("unchecked")
    public <T> ObjectMapping<T> objectMapping(Class<T> type) {
        ObjectMapping<?> cached = objects.get(type);
        if (cached != null) {
            return (ObjectMapping<T>) cached;
        }
        Set<Class<?>> inProgress = building.get();
        inProgress.add(type);
        ObjectMapping<T> built;
        try {
            built = buildObjectMapping(type);
        } finally {
            inProgress.remove(type);
        }
        ObjectMapping<?> raced = objects.putIfAbsent(type, built);
        return raced == null ? built : (ObjectMapping<T>) raced;
    }

    private Supplier<NestedMapping<?>> nestedMapping(Class<?> type) {
        if (building.get().contains(type)) {
            return () -> objectMapping(type);
        }
        ObjectMapping<?> mapping = objectMapping(type);
        return () -> mapping;
    }

    private <T> ObjectMapping<T> buildObjectMapping(Class<T> type) {
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers()) || type.isEnum() || type.isArray()) {
            throw new ModelException(type.getName() + " cannot be mapped: a model is a record or a concrete JavaBean");
        }
        if (type.isMemberClass() && !type.isRecord() && !Modifier.isStatic(type.getModifiers())) {
            throw new ModelException(type.getName() + " is an inner class; make it static so it can be instantiated");
        }
        return type.isRecord() ? recordMapping(type) : beanMapping(type);
    }

    private <T> ObjectMapping<T> recordMapping(Class<T> type) {
        RecordComponent[] components = type.getRecordComponents();
        List<FieldMapping> fields = new ArrayList<>();
        List<Optional<FieldMapping>> slots = new ArrayList<>();
        List<Class<?>> slotTypes = new ArrayList<>();
        Class<?>[] parameterTypes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            parameterTypes[i] = component.getType();
            slotTypes.add(component.getType());
            if (component.isAnnotationPresent(Ignore.class)) {
                slots.add(Optional.empty());
                continue;
            }
            String location = type.getSimpleName() + "." + component.getName();
            FieldMapping field = field(
                    type,
                    component,
                    component.getName(),
                    component.getType(),
                    component.getGenericType(),
                    PropertyAccessor.ofRecordComponent(component.getAccessor(), location),
                    location);
            fields.add(field);
            slots.add(Optional.of(field));
        }
        try {
            Constructor<T> constructor =
                    Reflection.opened(type.getDeclaredConstructor(parameterTypes), type, type.getName());
            return new ObjectMapping<>(type, checkUnique(type, fields), constructor, slots, slotTypes);
        } catch (NoSuchMethodException e) {
            throw new ModelException(type.getName() + " has no canonical constructor", e);
        }
    }

    private <T> ObjectMapping<T> beanMapping(Class<T> type) {
        Constructor<T> constructor;
        try {
            constructor = Reflection.opened(type.getDeclaredConstructor(), type, type.getName());
        } catch (NoSuchMethodException e) {
            throw new ModelException(type.getName() + " has no no-argument constructor; a JavaBean model needs one"
                    + " (or make the model a record)");
        }
        Deque<Class<?>> hierarchy = new ArrayDeque<>();
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            hierarchy.push(current);
        }
        List<FieldMapping> fields = new ArrayList<>();
        for (Class<?> declaring : hierarchy) {
            for (Field field : declaring.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers)
                        || Modifier.isTransient(modifiers)
                        || field.isSynthetic()
                        || field.isAnnotationPresent(Ignore.class)) {
                    continue;
                }
                String location = type.getSimpleName() + "." + field.getName();
                if (Modifier.isFinal(modifiers)) {
                    throw new ModelException(location + " is final; JavaBean fields must be settable to be read back"
                            + " (mark it @Ignore or transient to leave it out)");
                }
                fields.add(field(
                        type,
                        field,
                        field.getName(),
                        field.getType(),
                        field.getGenericType(),
                        PropertyAccessor.ofField(field, location),
                        location));
            }
        }
        if (fields.isEmpty()) {
            throw new ModelException(type.getName() + " has no fields to map");
        }
        return new ObjectMapping<>(type, checkUnique(type, fields), constructor, List.of(), List.of());
    }

    private FieldMapping field(
            Class<?> owner,
            AnnotatedElement annotations,
            String javaName,
            Class<?> rawType,
            Type genericType,
            PropertyAccessor accessor,
            String location) {
        String attributeName = AttributeNames.of(owner, javaName, annotations.getAnnotation(Attribute.class), location);
        Set<FieldRole> roles = EnumSet.noneOf(FieldRole.class);
        addIf(roles, annotations, PartitionKey.class, FieldRole.PARTITION_KEY);
        addIf(roles, annotations, SortKey.class, FieldRole.SORT_KEY);
        addIf(roles, annotations, Version.class, FieldRole.VERSION);
        addIf(roles, annotations, CreatedAt.class, FieldRole.CREATED_AT);
        addIf(roles, annotations, UpdatedAt.class, FieldRole.UPDATED_AT);
        addIf(roles, annotations, Ttl.class, FieldRole.TTL);
        ValueConverter<Object> converter;
        Convert convert = annotations.getAnnotation(Convert.class);
        if (convert != null) {
            converter = Converters.custom(instantiate(convert.value(), location));
        } else if (roles.contains(FieldRole.TTL) && rawType == java.time.Instant.class) {
            converter = Converters.epochSeconds();
        } else {
            converter = converters.forType(genericType, location);
        }
        IndexPartitionKey indexPartition = annotations.getAnnotation(IndexPartitionKey.class);
        IndexSortKey indexSort = annotations.getAnnotation(IndexSortKey.class);
        LocalIndexSortKey localSort = annotations.getAnnotation(LocalIndexSortKey.class);
        return new FieldMapping(
                location,
                javaName,
                attributeName,
                rawType,
                converter,
                roles,
                annotations.isAnnotationPresent(OmitEmpty.class),
                indexPartition == null ? List.of() : List.of(indexPartition.value()),
                indexSort == null ? List.of() : List.of(indexSort.value()),
                localSort == null ? List.of() : List.of(localSort.value()),
                accessor);
    }

    private static io.tabletheory.AttributeConverter<?> instantiate(
            @SuppressWarnings("rawtypes") Class<? extends io.tabletheory.AttributeConverter> type, String location) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new ModelException(
                    location + ": @Convert(" + type.getSimpleName() + ".class) needs a public"
                            + " no-argument constructor: " + e,
                    e);
        }
    }

    private static void addIf(
            Set<FieldRole> roles,
            AnnotatedElement annotations,
            Class<? extends java.lang.annotation.Annotation> annotation,
            FieldRole role) {
        if (annotations.isAnnotationPresent(annotation)) {
            roles.add(role);
        }
    }

    private static List<FieldMapping> checkUnique(Class<?> type, List<FieldMapping> fields) {
        Map<String, FieldMapping> byAttribute = new java.util.HashMap<>();
        for (FieldMapping field : fields) {
            FieldMapping clash = byAttribute.putIfAbsent(field.attributeName(), field);
            if (clash != null) {
                throw new ModelException(type.getName() + ": fields " + clash.javaName() + " and " + field.javaName()
                        + " both map to attribute '" + field.attributeName() + "'");
            }
        }
        return fields;
    }
}
