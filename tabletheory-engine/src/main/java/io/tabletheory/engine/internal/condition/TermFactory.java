package io.tabletheory.engine.internal.condition;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.convert.ConversionException;
import io.tabletheory.engine.internal.mapping.FieldMapping;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Turns what a user wrote ({@code "email", "begins_with", "ada@"}) into a {@link Term}: finds the field by Java or
 * attribute name, parses the operator, checks the value's shape for the operator, and converts each operand with
 * the field's converter. Every mistake is an {@link IllegalArgumentException} naming the call, field and problem.
 */
public final class TermFactory {
    private TermFactory() {}

    /** The term for {@code call(field, operator, value)} on this model. */
    public static Term term(ModelSchema<?> schema, String call, String fieldName, String operatorText, Object value) {
        FieldMapping field = field(schema, fieldName);
        Operator operator = Operator.parse(operatorText);
        Supplier<String> where = () -> call + "(\"" + fieldName + "\", \"" + operatorText + "\", ...)";
        List<AttributeValue> values;
        if (operator.takesNoValue()) {
            values = List.of();
        } else if (operator == Operator.BETWEEN) {
            List<Object> bounds = elements(value, where);
            if (bounds.size() != 2) {
                throw new IllegalArgumentException(where.get() + ": between takes a list of exactly two bounds, e.g."
                        + " List.of(1, 5); got " + bounds.size());
            }
            values = List.of(operand(field, bounds.get(0), where), operand(field, bounds.get(1), where));
        } else if (operator == Operator.IN) {
            List<Object> candidates = elements(value, where);
            if (candidates.isEmpty() || candidates.size() > 100) {
                throw new IllegalArgumentException(
                        where.get() + ": in takes 1 to 100 values, got " + candidates.size());
            }
            values = candidates.stream()
                    .map(candidate -> operand(field, candidate, where))
                    .toList();
        } else if (operator == Operator.CONTAINS) {
            values = List.of(containsOperand(field, value, where));
        } else {
            values = List.of(operand(field, value, where));
        }
        return new Term(field, operator, values);
    }

    /** The field of this Java or attribute name. */
    public static FieldMapping field(ModelSchema<?> schema, String fieldName) {
        return schema.mapping()
                .field(fieldName)
                .orElseThrow(() -> new IllegalArgumentException(schema.modelName() + " has no field or attribute '"
                        + fieldName + "'; its fields are "
                        + schema.mapping().fields().stream()
                                .map(FieldMapping::javaName)
                                .collect(Collectors.joining(", "))));
    }

    /** A value converted with the field's converter; {@code where} names the call in an error. */
    public static AttributeValue operand(FieldMapping field, Object value, Supplier<String> where) {
        if (value == null) {
            throw new IllegalArgumentException(
                    where.get() + ": needs a value, not null (use \"exists\" or \"not_exists\"" + " to test presence)");
        }
        try {
            AttributeValue written = field.converter().write(value);
            if (written == null) {
                throw new IllegalArgumentException(where.get() + ": an empty set cannot be an operand");
            }
            return written;
        } catch (ClassCastException | ConversionException wrongType) {
            throw new IllegalArgumentException(where.get() + ": the value " + value + " ("
                    + value.getClass().getSimpleName() + ") does not fit " + field.location() + " ("
                    + field.rawType().getSimpleName() + ")");
        }
    }

    /** For contains: a substring of a string field, or one element of a set or list field. */
    private static AttributeValue containsOperand(FieldMapping field, Object value, Supplier<String> where) {
        if (value != null
                && (Set.class.isAssignableFrom(field.rawType()) || List.class.isAssignableFrom(field.rawType()))
                && !(value instanceof Collection<?>)) {
            Object single = Set.class.isAssignableFrom(field.rawType()) ? Set.of(value) : List.of(value);
            AttributeValue collection = operand(field, single, where);
            return single(collection);
        }
        return operand(field, value, where);
    }

    /** The one element of a one-element set or list; any other value is itself. */
    private static AttributeValue single(AttributeValue collection) {
        return collection.accept(SINGLE_ELEMENT);
    }

    private static final AttributeValue.Visitor<AttributeValue> SINGLE_ELEMENT = new AttributeValue.Visitor<>() {
        @Override
        public AttributeValue visitString(AttributeValue.StringValue value) {
            return value;
        }

        @Override
        public AttributeValue visitNumber(AttributeValue.NumberValue value) {
            return value;
        }

        @Override
        public AttributeValue visitBinary(AttributeValue.BinaryValue value) {
            return value;
        }

        @Override
        public AttributeValue visitStringSet(AttributeValue.StringSetValue value) {
            return AttributeValue.ofString(value.values().iterator().next());
        }

        @Override
        public AttributeValue visitNumberSet(AttributeValue.NumberSetValue value) {
            return value.values().iterator().next();
        }

        @Override
        public AttributeValue visitBinarySet(AttributeValue.BinarySetValue value) {
            return value.values().iterator().next();
        }

        @Override
        public AttributeValue visitMap(AttributeValue.MapValue value) {
            return value;
        }

        @Override
        public AttributeValue visitList(AttributeValue.ListValue value) {
            return value.values().get(0);
        }

        @Override
        public AttributeValue visitNull(AttributeValue.NullValue value) {
            return value;
        }

        @Override
        public AttributeValue visitBoolean(AttributeValue.BooleanValue value) {
            return value;
        }
    };

    private static List<Object> elements(Object value, Supplier<String> where) {
        if (value instanceof Collection<?> collection) {
            return new ArrayList<>(collection);
        }
        if (value != null && value.getClass().isArray()) {
            List<Object> elements = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                elements.add(Array.get(value, i));
            }
            return elements;
        }
        throw new IllegalArgumentException(where.get() + ": needs a list or array of values, not " + value);
    }
}
