package io.tabletheory.engine.internal.mapping;

import io.tabletheory.api.error.ModelException;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.api.value.Items;
import io.tabletheory.engine.internal.convert.NestedMapping;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a record or JavaBean class maps to an attribute map: its mapped fields, and how to build an instance. Records
 * are built through their canonical constructor (ignored components get their default); beans through their
 * no-argument constructor and field writes. Built once per class by {@link SchemaFactory}; immutable and
 * thread-safe.
 */
public final class ObjectMapping<T> implements NestedMapping<T> {
    private final Class<T> type;
    /** {@code type.isRecord()}, asked once: the JDK answers it by a native call. */
    private final boolean record;

    private final List<FieldMapping> fields;
    private final Constructor<T> constructor;
    /**
     * For records: one entry per canonical-constructor parameter, the index of its field in {@link #fields}, or -1
     * for an ignored component.
     */
    private final int[] recordSlots;
    /** For records: the default of each canonical-constructor parameter. */
    private final List<Class<?>> recordSlotTypes;

    ObjectMapping(
            Class<T> type,
            List<FieldMapping> fields,
            Constructor<T> constructor,
            List<Optional<FieldMapping>> recordSlots,
            List<Class<?>> recordSlotTypes) {
        this.type = type;
        this.record = type.isRecord();
        this.fields = List.copyOf(fields);
        this.constructor = constructor;
        this.recordSlots = new int[recordSlots.size()];
        for (int i = 0; i < this.recordSlots.length; i++) {
            this.recordSlots[i] = recordSlots.get(i).map(this.fields::indexOf).orElse(-1);
        }
        this.recordSlotTypes = List.copyOf(recordSlotTypes);
    }

    /** The mapped class. */
    public Class<T> type() {
        return type;
    }

    /** The mapped fields, in declaration order. */
    public List<FieldMapping> fields() {
        return fields;
    }

    /** Whether instances are records (rebuilt on change) rather than JavaBeans (changed in place). */
    public boolean isRecord() {
        return record;
    }

    /** The field mapped to this Java name or attribute name. */
    public Optional<FieldMapping> field(String javaOrAttributeName) {
        for (FieldMapping field : fields) {
            if (field.javaName().equals(javaOrAttributeName)) {
                return Optional.of(field);
            }
        }
        for (FieldMapping field : fields) {
            if (field.attributeName().equals(javaOrAttributeName)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /**
     * The item of {@code value}, in field order: immutable, and kept without a copy by the request it goes into
     * ({@link Items}).
     */
    @Override
    public Map<String, AttributeValue> write(T value) {
        Items.Builder attributes = Items.builder(fields.size());
        for (FieldMapping field : fields) {
            AttributeValue written = field.writeOf(value);
            if (written != null) {
                attributes.put(field.attributeName(), written);
            }
        }
        return attributes.build();
    }

    @Override
    public T read(Map<String, AttributeValue> attributes) {
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            FieldMapping field = fields.get(i);
            values[i] = field.read(attributes.get(field.attributeName()));
        }
        return instantiate(values);
    }

    /**
     * {@code original} with some fields changed: a new record, or the same bean with the fields set (so a caller's
     * bean sees the stored version and timestamps). A record with nothing to change is returned as it is.
     */
    public T with(T original, Map<FieldMapping, Object> changes) {
        if (!isRecord()) {
            changes.forEach((field, value) -> field.accessor().set(original, value));
            return original;
        }
        if (changes.isEmpty()) {
            return original;
        }
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            FieldMapping field = fields.get(i);
            values[i] = changes.containsKey(field) ? changes.get(field) : field.get(original);
        }
        return instantiate(values);
    }

    /** An instance holding {@code values}, one per field in {@link #fields()} order. */
    private T instantiate(Object[] values) {
        try {
            if (isRecord()) {
                Object[] arguments = new Object[recordSlots.length];
                for (int i = 0; i < arguments.length; i++) {
                    int slot = recordSlots[i];
                    arguments[i] = slot >= 0 ? values[slot] : Defaults.of(recordSlotTypes.get(i));
                }
                return constructor.newInstance(arguments);
            }
            T bean = constructor.newInstance();
            for (int i = 0; i < values.length; i++) {
                fields.get(i).accessor().set(bean, values[i]);
            }
            return bean;
        } catch (InvocationTargetException e) {
            throw new ModelException(
                    "the constructor of " + type.getName() + " threw " + e.getCause() + " while reading an item",
                    e.getCause());
        } catch (InstantiationException | IllegalAccessException e) {
            throw new ModelException("cannot instantiate " + type.getName() + ": " + e.getMessage(), e);
        }
    }
}
