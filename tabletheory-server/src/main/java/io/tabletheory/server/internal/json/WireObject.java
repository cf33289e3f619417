package io.tabletheory.server.internal.json;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Typed access to one JSON object of a request, in the terms of DynamoDB's wire shapes. A member of the wrong JSON
 * type is a {@code SerializationException} with DynamoDB's (Coral's) text followed by the member's path, e.g. {@code
 * NUMBER_VALUE cannot be converted to String at 'Item.pk.S'}; a required member that is absent is DynamoDB's {@code
 * 1 validation error detected} ValidationException. A member set to JSON {@code null} counts as absent, as on
 * DynamoDB; members this server does not know are ignored, as DynamoDB ignores them.
 */
public final class WireObject {
    /** The package of DynamoDB's shapes, as Coral names them in its messages. */
    static final String SHAPES = "com.amazonaws.dynamodb.v20120810.";

    private final Map<String, Object> members;
    private final String path;

    /** A top-level object of parsed JSON members ({@link JsonTree#readValue}), as {@link JsonTree#parseObject} gives. */
    public static WireObject root(Map<String, Object> members) {
        return new WireObject(members, "");
    }

    WireObject(Map<String, Object> members, String path) {
        this.members = members;
        this.path = path;
    }

    /** This object's path from the request root, empty for the root. */
    public String path() {
        return path;
    }

    /** Whether the member is present and not null. */
    public boolean has(String member) {
        Object value = members.get(member);
        return value != null && value != JsonTree.NULL;
    }

    /** The names of the members present and not null, in request order. */
    public Set<String> memberNames() {
        Map<String, Object> present = new LinkedHashMap<>();
        members.forEach((name, value) -> {
            if (value != JsonTree.NULL) {
                present.put(name, value);
            }
        });
        return Collections.unmodifiableSet(present.keySet());
    }

    /** A string member. */
    public Optional<String> string(String member) {
        return raw(member).map(value -> asString(value, childPath(member)));
    }

    /** A string member that must be present. */
    public String requiredString(String member) {
        return string(member).orElseThrow(() -> missing(member));
    }

    /** A boolean member. */
    public Optional<Boolean> bool(String member) {
        return raw(member).map(value -> asBoolean(value, childPath(member)));
    }

    /** An integer member (DynamoDB's {@code Integer}). */
    public Optional<Integer> integer(String member) {
        return raw(member).map(value -> {
            long number = asLong(value, childPath(member), "Integer");
            if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
                throw WireException.serialization(
                        "NUMBER_VALUE cannot be converted to Integer at '" + childPath(member) + "'");
            }
            return (int) number;
        });
    }

    /** A long member (DynamoDB's {@code Long}). */
    public Optional<Long> longValue(String member) {
        return raw(member).map(value -> asLong(value, childPath(member), "Long"));
    }

    /** A structure member of DynamoDB shape {@code shape} (for messages). */
    public Optional<WireObject> object(String member, String shape) {
        return raw(member).map(value -> asObject(value, childPath(member), shape, "Unexpected field type"));
    }

    /** A structure member that must be present. */
    public WireObject requiredObject(String member, String shape) {
        return object(member, shape).orElseThrow(() -> missing(member));
    }

    /** A list member's raw elements; each is checked by the caller with the {@code element...} helpers. */
    public Optional<List<Object>> list(String member) {
        return raw(member).map(value -> asList(value, childPath(member)));
    }

    /** A list of strings; empty when absent. */
    public List<String> stringList(String member) {
        List<String> strings = new ArrayList<>();
        List<Object> elements = list(member).orElse(List.of());
        for (int index = 0; index < elements.size(); index++) {
            strings.add(asString(elements.get(index), childPath(member) + "." + index));
        }
        return strings;
    }

    /** A list of structures of shape {@code shape}; empty when absent. */
    public List<WireObject> objectList(String member, String shape) {
        List<WireObject> objects = new ArrayList<>();
        List<Object> elements = list(member).orElse(List.of());
        for (int index = 0; index < elements.size(); index++) {
            objects.add(asObject(
                    elements.get(index), childPath(member) + "." + index, shape, "Unexpected value type in payload"));
        }
        return objects;
    }

    /** A map member (a JSON object used as a map) whose values are of shape {@code valueShape}, raw. */
    public Optional<Map<String, Object>> map(String member, String valueShape) {
        return raw(member).map(value -> asMap(value, childPath(member), valueShape));
    }

    /** A map of strings; empty when absent. */
    public Map<String, String> stringMap(String member) {
        Map<String, String> strings = new LinkedHashMap<>();
        map(member, "java.lang.String")
                .orElse(Map.of())
                .forEach((key, value) -> strings.put(key, asString(value, childPath(member) + "." + key)));
        return strings;
    }

    /** A map of structures of shape {@code valueShape}; empty when absent. */
    public Map<String, WireObject> objectMap(String member, String valueShape) {
        Map<String, WireObject> objects = new LinkedHashMap<>();
        map(member, SHAPES + valueShape)
                .orElse(Map.of())
                .forEach((key, value) -> objects.put(
                        key,
                        asObject(
                                value, childPath(member) + "." + key, valueShape, "Unexpected value type in payload")));
        return objects;
    }

    /** A map whose values are lists of structures of shape {@code shape} (BatchWriteItem's RequestItems). */
    public Map<String, List<WireObject>> objectListMap(String member, String shape) {
        Map<String, List<WireObject>> lists = new LinkedHashMap<>();
        map(member, "java.util.List<" + SHAPES + shape + ">").orElse(Map.of()).forEach((key, value) -> {
            String listPath = childPath(member) + "." + key;
            List<WireObject> objects = new ArrayList<>();
            List<Object> elements = asList(value, listPath);
            for (int index = 0; index < elements.size(); index++) {
                objects.add(asObject(
                        elements.get(index), listPath + "." + index, shape, "Unexpected value type in payload"));
            }
            lists.put(key, objects);
        });
        return lists;
    }

    /** A list of attribute-value maps (BatchGetItem's Keys); empty when absent. */
    public List<Map<String, AttributeValue>> attributeMapList(String member) {
        List<Map<String, AttributeValue>> maps = new ArrayList<>();
        List<Object> elements = list(member).orElse(List.of());
        for (int index = 0; index < elements.size(); index++) {
            String elementPath = childPath(member) + "." + index;
            maps.add(AttributeValueDecoder.decodeMap(
                    asMap(elements.get(index), elementPath, SHAPES + "AttributeValue"), elementPath));
        }
        return maps;
    }

    /** A map of attribute values (an item or a key). */
    public Optional<Map<String, AttributeValue>> attributeMap(String member) {
        return map(member, SHAPES + "AttributeValue")
                .map(values -> AttributeValueDecoder.decodeMap(values, childPath(member)));
    }

    /** A map of attribute values that must be present. */
    public Map<String, AttributeValue> requiredAttributeMap(String member) {
        return attributeMap(member).orElseThrow(() -> missing(member));
    }

    /** The path of a member of this object. */
    public String childPath(String member) {
        return path.isEmpty() ? member : path + "." + member;
    }

    /**
     * DynamoDB's error for a required member that is absent: {@code Value null at 'tableName' ...}, a nested member
     * named by its full path ({@link #constraintPathOf}).
     */
    public ValidationException missing(String member) {
        return new ValidationException("1 validation error detected: Value null at '" + constraintPathOf(member)
                + "' failed to satisfy constraint: Member must not be null");
    }

    /**
     * A member of this object as DynamoDB names it in constraint errors: each name of the path with its first letter
     * in lower case, each list index counted from 1 and followed by {@code member} (member {@code KeyType} of the
     * object at {@code KeySchema.0} is {@code keySchema.1.member.keyType}).
     */
    public String constraintPathOf(String member) {
        StringBuilder constraint = new StringBuilder();
        if (!path.isEmpty()) {
            for (String step : path.split("\\.")) {
                if (!step.isEmpty() && step.chars().allMatch(Character::isDigit)) {
                    constraint.append(Integer.parseInt(step) + 1).append(".member.");
                } else {
                    constraint.append(constraintPath(step)).append('.');
                }
            }
        }
        return constraint.append(constraintPath(member)).toString();
    }

    /** A member as DynamoDB names it in constraint errors: the first letter in lower case ({@code tableName}). */
    public static String constraintPath(String member) {
        return Character.toLowerCase(member.charAt(0)) + member.substring(1);
    }

    /** A member's raw JSON value, or {@code null} when absent. */
    Object member(String member) {
        return raw(member).orElse(null);
    }

    private Optional<Object> raw(String member) {
        Object value = members.get(member);
        return value == null || value == JsonTree.NULL ? Optional.empty() : Optional.of(value);
    }

    /** A string element, or the serialization error DynamoDB gives for another JSON type. */
    static String asString(Object value, String path) {
        if (value instanceof String text) {
            return text;
        }
        throw scalarMismatch(value, path, "String");
    }

    static boolean asBoolean(Object value, String path) {
        if (value instanceof Boolean bool) {
            return bool;
        }
        throw scalarMismatch(value, path, "Boolean");
    }

    private static long asLong(Object value, String path, String javaType) {
        if (value instanceof JsonTree.JsonNumber number && number.integral()) {
            try {
                return Long.parseLong(number.text());
            } catch (NumberFormatException tooLarge) {
                throw WireException.serialization(
                        "NUMBER_VALUE cannot be converted to " + javaType + " at '" + path + "'");
            }
        }
        throw scalarMismatch(value, path, javaType);
    }

    @SuppressWarnings("unchecked")
    static WireObject asObject(Object value, String path, String shape, String scalarMessage) {
        if (value instanceof Map) {
            return new WireObject((Map<String, Object>) value, path);
        }
        if (value instanceof List) {
            throw WireException.serialization(
                    "Unrecognized collection type class " + SHAPES + shape + " at '" + path + "'");
        }
        throw WireException.serialization(scalarMessage + " at '" + path + "'");
    }

    @SuppressWarnings("unchecked")
    static List<Object> asList(Object value, String path) {
        if (value instanceof List) {
            return (List<Object>) value;
        }
        if (value instanceof Map) {
            throw WireException.serialization("Start of structure or map found where not expected at '" + path + "'");
        }
        throw WireException.serialization("Unexpected field type at '" + path + "'");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value, String path, String valueShape) {
        if (value instanceof Map) {
            return (Map<String, Object>) value;
        }
        if (value instanceof List) {
            throw WireException.serialization("Unrecognized collection type java.util.Map<java.lang.String, "
                    + valueShape + "> at '" + path + "'");
        }
        throw WireException.serialization("Unexpected field type at '" + path + "'");
    }

    private static WireException scalarMismatch(Object value, String path, String javaType) {
        if (value instanceof Map) {
            return WireException.serialization("Start of structure or map found where not expected at '" + path + "'");
        }
        if (value instanceof List) {
            return WireException.serialization(
                    "Unrecognized collection type class java.lang." + javaType + " at '" + path + "'");
        }
        return WireException.serialization(kind(value) + " cannot be converted to " + javaType + " at '" + path + "'");
    }

    /** Coral's name for a scalar JSON value's kind. */
    private static String kind(Object value) {
        if (value instanceof String) {
            return "STRING_VALUE";
        }
        if (value instanceof Boolean bool) {
            return bool ? "TRUE_VALUE" : "FALSE_VALUE";
        }
        if (value instanceof JsonTree.JsonNumber number) {
            return number.integral() ? "NUMBER_VALUE" : "DECIMAL_VALUE";
        }
        return "NULL_VALUE";
    }
}
