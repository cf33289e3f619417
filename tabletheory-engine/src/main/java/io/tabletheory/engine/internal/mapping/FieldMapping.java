package io.tabletheory.engine.internal.mapping;

import io.tabletheory.api.error.ModelException;
import io.tabletheory.api.value.AttributeType;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.convert.ConversionException;
import io.tabletheory.engine.internal.convert.PrimitiveWrites;
import io.tabletheory.engine.internal.convert.ValueConverter;
import java.util.List;
import java.util.Set;

/**
 * How one field of a model (or nested) class maps to one attribute: its names, converter, roles, index
 * memberships and omit-empty rule, and how to get and set it. Built by {@link SchemaFactory}; immutable.
 *
 * @param location {@code Class.field}, for error messages
 * @param javaName the field or record component name
 * @param attributeName the DynamoDB attribute name
 * @param rawType the field's class
 * @param converter converts non-null values
 * @param roles key, version, lifecycle and TTL roles
 * @param omitEmpty whether empty values are left out of the item
 * @param indexPartitionKeyOf global indexes whose partition key this field is
 * @param indexSortKeyOf global indexes whose sort key this field is
 * @param localIndexSortKeyOf local indexes whose sort key this field is
 * @param accessor reads and sets the field
 */
public record FieldMapping(
        String location,
        String javaName,
        String attributeName,
        Class<?> rawType,
        ValueConverter<Object> converter,
        Set<FieldRole> roles,
        boolean omitEmpty,
        List<String> indexPartitionKeyOf,
        List<String> indexSortKeyOf,
        List<String> localIndexSortKeyOf,
        PropertyAccessor accessor) {

    public FieldMapping {
        roles = Set.copyOf(roles);
        indexPartitionKeyOf = List.copyOf(indexPartitionKeyOf);
        indexSortKeyOf = List.copyOf(indexSortKeyOf);
        localIndexSortKeyOf = List.copyOf(localIndexSortKeyOf);
    }

    /**
     * A hash of the field's location and attribute name, which equal fields share: cheap, as fields are map keys on
     * every write of a lifecycle field, where the record's own hash would hash every component each time.
     */
    @Override
    public int hashCode() {
        return 31 * location.hashCode() + attributeName.hashCode();
    }

    /** Whether the field has this role. */
    public boolean has(FieldRole role) {
        return roles.contains(role);
    }

    /** The field's value in {@code target}. */
    public Object get(Object target) {
        return accessor.get(target);
    }

    /**
     * The attribute value of this field of {@code target}: {@code write(get(target))}, with a primitive {@code int},
     * {@code long}, {@code double} or {@code boolean} written without boxing it when the field keeps its built-in
     * converter.
     *
     * @throws ModelException when the value cannot be stored, naming this field
     */
    public AttributeValue writeOf(Object target) {
        return accessor.write(target, this);
    }

    /** Whether a primitive field's values may be written by the primitive writes below, its converter built in. */
    boolean writesPrimitives() {
        return PrimitiveWrites.isBuiltIn(converter, rawType);
    }

    /** {@link #write} of an {@code int} or {@code long}, unboxed; for fields that {@link #writesPrimitives()}. */
    AttributeValue writeLong(long value) {
        return omitEmpty && value == 0 ? null : PrimitiveWrites.ofLong(value);
    }

    /** {@link #write} of a {@code double}, unboxed; for fields that {@link #writesPrimitives()}. */
    AttributeValue writeDouble(double value) {
        if (omitEmpty && value == 0) {
            return null;
        }
        try {
            return PrimitiveWrites.ofDouble(value);
        } catch (ConversionException e) {
            throw failure(e);
        }
    }

    /** {@link #write} of a {@code boolean}, unboxed; for fields that {@link #writesPrimitives()}. */
    AttributeValue writeBoolean(boolean value) {
        return omitEmpty && !value ? null : PrimitiveWrites.ofBoolean(value);
    }

    /**
     * The attribute value for a Java value, or {@code null} when nothing is written: an omitted empty value, or an
     * empty set. A null Java value is written as {@code NULL} unless the field omits empty values.
     *
     * @throws ModelException when the value cannot be stored, naming this field
     */
    public AttributeValue write(Object value) {
        if (value == null) {
            return omitEmpty ? null : AttributeValue.ofNull();
        }
        try {
            if (omitEmpty && converter.isEmpty(value)) {
                return null;
            }
            return converter.write(value);
        } catch (ConversionException e) {
            throw failure(e);
        }
    }

    /**
     * The Java value for a stored attribute, or the field's default (null, zero, false, an empty set) when it is
     * absent or {@code NULL}.
     *
     * @throws ModelException when the stored value does not fit the field, naming the field and attribute
     */
    public Object read(AttributeValue value) {
        if (value == null || value.type() == AttributeType.NULL) {
            return defaultValue();
        }
        try {
            return converter.read(value);
        } catch (ConversionException e) {
            throw failure(e);
        }
    }

    private ModelException failure(ConversionException e) {
        return new ModelException(location + " (attribute '" + attributeName + "'): " + e.getMessage(), e);
    }

    /** The value of a field whose attribute is absent. */
    public Object defaultValue() {
        return Defaults.of(rawType);
    }
}
