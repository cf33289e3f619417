package io.tabletheory.inmemory.internal.expr.check;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.expr.syntax.ExpressionKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * DynamoDB's rules for ExpressionAttributeNames and ExpressionAttributeValues: keys must be {@code #name} /
 * {@code :name} tokens; every placeholder an expression uses must be defined (checked per expression, in text
 * order); every entry must be used by one of the request's expressions (checked over their union, after parsing,
 * so a short-circuited condition never causes a false "unused").
 */
public final class PlaceholderRules {
    private static final Pattern NAME_KEY = Pattern.compile("#[A-Za-z0-9_]+");
    private static final Pattern VALUE_KEY = Pattern.compile(":[A-Za-z0-9_]+");

    private PlaceholderRules() {}

    /** Rejects a malformed key in either map. */
    public static void checkKeys(Map<String, String> names, Map<String, AttributeValue> values) {
        for (String key : names.keySet()) {
            if (!NAME_KEY.matcher(key).matches()) {
                throw new ValidationException(
                        "ExpressionAttributeNames contains invalid key: Syntax error; key: \"" + key + "\"");
            }
        }
        for (String key : values.keySet()) {
            if (!VALUE_KEY.matcher(key).matches()) {
                throw new ValidationException(
                        "ExpressionAttributeValues contains invalid key: Syntax error; key: \"" + key + "\"");
            }
        }
    }

    /** Rejects the first placeholder of one expression that its request does not define. */
    public static void checkDefined(
            List<String> placeholders,
            ExpressionKind kind,
            Map<String, String> names,
            Map<String, AttributeValue> values) {
        for (String placeholder : placeholders) {
            if (placeholder.startsWith("#") && !names.containsKey(placeholder)) {
                throw kind.invalid("An expression attribute name used in the document path is not defined;"
                        + " attribute name: " + placeholder);
            }
            if (placeholder.startsWith(":") && !values.containsKey(placeholder)) {
                throw kind.invalid("An expression attribute value used in expression is not defined;"
                        + " attribute value: " + placeholder);
            }
        }
    }

    /** Rejects entries of either map that none of the request's expressions uses. */
    public static void checkUsed(
            Collection<String> used, Map<String, String> names, Map<String, AttributeValue> values) {
        List<String> unusedNames = unused(names.keySet(), used);
        if (!unusedNames.isEmpty()) {
            throw new ValidationException("Value provided in ExpressionAttributeNames unused in expressions: keys: {"
                    + String.join(", ", unusedNames) + "}");
        }
        List<String> unusedValues = unused(values.keySet(), used);
        if (!unusedValues.isEmpty()) {
            throw new ValidationException("Value provided in ExpressionAttributeValues unused in expressions: keys: {"
                    + String.join(", ", unusedValues) + "}");
        }
    }

    private static List<String> unused(Collection<String> defined, Collection<String> used) {
        List<String> unused = new ArrayList<>();
        for (String key : defined) {
            if (!used.contains(key)) {
                unused.add(key);
            }
        }
        return unused;
    }
}
