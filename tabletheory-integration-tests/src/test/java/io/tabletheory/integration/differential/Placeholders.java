package io.tabletheory.integration.differential;

import io.tabletheory.api.value.AttributeValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code #name} and {@code :value} placeholders of one request, shared by all of its expressions (DynamoDB
 * checks placeholders across the whole request, so two expressions must never reuse a token). Mutable; one per
 * request being built.
 */
final class Placeholders {
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, AttributeValue> values = new LinkedHashMap<>();

    /** A fresh {@code #nK} token standing for {@code attribute}. */
    String name(String attribute) {
        String token = "#n" + names.size();
        names.put(token, attribute);
        return token;
    }

    /** A fresh {@code :vK} token standing for {@code value}. */
    String value(AttributeValue value) {
        String token = ":v" + values.size();
        values.put(token, value);
        return token;
    }

    /** The name substitutions so far. */
    Map<String, String> names() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(names));
    }

    /** The value substitutions so far. */
    Map<String, AttributeValue> values() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
