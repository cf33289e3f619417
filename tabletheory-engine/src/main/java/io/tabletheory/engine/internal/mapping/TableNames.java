package io.tabletheory.engine.internal.mapping;

import io.tabletheory.annotation.Table;
import io.tabletheory.api.error.ModelException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The table name of a model: {@code @Table}'s value, or the class's simple name in the plural as the Go SDK derives
 * it ({@code User} → {@code Users}, {@code Address} → {@code Addresses}, {@code Category} → {@code Categories}; a
 * vowel before the {@code y} keeps it, {@code Key} → {@code Keys}, where Go writes {@code Keies}; other endings
 * just add {@code s}, {@code Box} → {@code Boxs}, to name the same table as Go). Validated against DynamoDB's
 * naming rule.
 */
final class TableNames {
    private static final Pattern VALID = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");

    private TableNames() {}

    static String of(Class<?> type) {
        Table table = type.getAnnotation(Table.class);
        String name = table != null ? table.value() : plural(type.getSimpleName());
        if (!VALID.matcher(name).matches()) {
            throw new ModelException(type.getName() + ": table name '" + name + "' is invalid; DynamoDB table names"
                    + " are 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'");
        }
        return name;
    }

    static String plural(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("s")) {
            return name + "es";
        }
        if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return name.substring(0, name.length() - 1) + "ies";
        }
        return name + "s";
    }
}
