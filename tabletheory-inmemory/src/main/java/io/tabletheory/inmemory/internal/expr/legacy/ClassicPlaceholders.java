package io.tabletheory.inmemory.internal.expr.legacy;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.expr.syntax.DocumentPath;
import io.tabletheory.inmemory.internal.expr.syntax.PathElement;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names and values a translated classic parameter refers to, each behind a placeholder of its own. The tokens
 * ({@code #~0}, {@code :~0}) contain a character DynamoDB forbids in a request's placeholders, so a request that
 * combines classic and expression parameters (KeyConditions with a FilterExpression) cannot collide with them.
 * Mutable while one request is translated; {@link #names()} and {@link #values()} are read-only views.
 */
public final class ClassicPlaceholders {
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, AttributeValue> values = new LinkedHashMap<>();

    /** A top-level attribute as a document path. */
    public DocumentPath attribute(String name) {
        return path(name(name));
    }

    /** A top-level attribute as an expression attribute name token. */
    public String name(String name) {
        String token = "#~" + names.size();
        names.put(token, name);
        return token;
    }

    /** The document path of a name token. */
    public static DocumentPath path(String nameToken) {
        return new DocumentPath(List.of(new PathElement.Placeholder(nameToken)));
    }

    /** A value as an expression attribute value token. */
    public String value(AttributeValue value) {
        String token = ":~" + values.size();
        values.put(token, value);
        return token;
    }

    /** The attribute names by token. */
    public Map<String, String> names() {
        return Collections.unmodifiableMap(names);
    }

    /** The values by token. */
    public Map<String, AttributeValue> values() {
        return Collections.unmodifiableMap(values);
    }

    /** {@code request} and these names together, for a request that also carries expressions. */
    public Map<String, String> namesWith(Map<String, String> request) {
        Map<String, String> all = new LinkedHashMap<>(request);
        all.putAll(names);
        return Collections.unmodifiableMap(all);
    }

    /** {@code request} and these values together, for a request that also carries expressions. */
    public Map<String, AttributeValue> valuesWith(Map<String, AttributeValue> request) {
        Map<String, AttributeValue> all = new LinkedHashMap<>(request);
        all.putAll(values);
        return Collections.unmodifiableMap(all);
    }
}
