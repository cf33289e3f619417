package io.tabletheory.engine.internal.mapping;

import io.tabletheory.annotation.Attribute;
import io.tabletheory.annotation.Naming;
import io.tabletheory.annotation.NamingConvention;
import io.tabletheory.api.error.ModelException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The attribute name of a field: the {@code @Attribute} name as written (so a model can map an existing table's
 * names, such as {@code GSI1PK}), or the Java name under the class's {@link Naming} convention: camelCase as
 * written, or snake_case ({@code userID} → {@code user_id}). A derived name must follow its convention, and every
 * name must be non-empty and at most 255 bytes (DynamoDB's limit for key and projected attribute names).
 */
final class AttributeNames {
    private static final Pattern CAMEL = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
    private static final int MAX_BYTES = 255;

    private AttributeNames() {}

    static String of(Class<?> owner, String javaName, Attribute attribute, String location) {
        if (attribute != null) {
            return checked(attribute.value(), location, "@Attribute names an empty attribute");
        }
        NamingConvention convention = convention(owner);
        String derived = convention == NamingConvention.SNAKE_CASE ? snakeCase(javaName) : javaName;
        Pattern rule = convention == NamingConvention.SNAKE_CASE ? SNAKE : CAMEL;
        if (!rule.matcher(derived).matches()) {
            throw new ModelException(location + ": the attribute name '" + derived + "' derived from the field does"
                    + " not follow " + convention + " (" + rule.pattern() + "); rename the field or name the"
                    + " attribute with @Attribute");
        }
        return checked(derived, location, "the attribute name is empty");
    }

    static NamingConvention convention(Class<?> owner) {
        Naming naming = owner.getAnnotation(Naming.class);
        return naming == null ? NamingConvention.CAMEL_CASE : naming.value();
    }

    /** {@code firstName} → {@code first_name}, {@code userID} → {@code user_id}, {@code httpURLValue} → {@code http_url_value}. */
    static String snakeCase(String javaName) {
        StringBuilder out = new StringBuilder(javaName.length() + 8);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                char previous = javaName.charAt(i - 1);
                boolean nextIsLower = i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
                if (Character.isLowerCase(previous)
                        || Character.isDigit(previous)
                        || (Character.isUpperCase(previous) && nextIsLower)) {
                    out.append('_');
                }
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    private static String checked(String name, String location, String emptyProblem) {
        if (name.isEmpty()) {
            throw new ModelException(location + ": " + emptyProblem);
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new ModelException(location + ": the attribute name '" + name.substring(0, 20) + "...' is longer than"
                    + " DynamoDB's 255 bytes");
        }
        return name;
    }
}
