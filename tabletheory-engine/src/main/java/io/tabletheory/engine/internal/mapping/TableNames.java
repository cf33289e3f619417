package io.tabletheory.engine.internal.mapping;

import io.tabletheory.annotation.Table;
import io.tabletheory.api.error.ModelException;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The table name of a model: {@code @Table}'s value, or the class's simple name in the plural as the Go SDK derives
 * it ({@code User} → {@code Users}, {@code Address} → {@code Addresses}, {@code Category} → {@code Categories}; a
 * vowel before the {@code y} keeps it, {@code Key} → {@code Keys}, where Go writes {@code Keies}; other endings
 * just add {@code s}, {@code Box} → {@code Boxs}, to name the same table as Go), or the value of the environment
 * variable {@code @Table(nameFromEnv = ...)} names. Validated against DynamoDB's naming rule.
 */
final class TableNames {
    private static final Pattern VALID = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");

    private TableNames() {}

    static String of(Class<?> type, Function<String, String> environment) {
        Table table = type.getAnnotation(Table.class);
        if (table != null && !table.nameFromEnv().isEmpty()) {
            return fromEnvironment(type, table, environment);
        }
        String name = table != null && !table.value().isEmpty() ? table.value() : plural(type.getSimpleName());
        return valid(type, name, "");
    }

    private static String fromEnvironment(Class<?> type, Table table, Function<String, String> environment) {
        String variable = table.nameFromEnv();
        if (!table.value().isEmpty()) {
            throw new ModelException(type.getName() + ": @Table gives both a name ('" + table.value()
                    + "') and nameFromEnv (" + variable + "); give one of them");
        }
        String name = environment.apply(variable);
        if (name == null || name.isEmpty()) {
            throw new ModelException(type.getName() + ": @Table(nameFromEnv = \"" + variable + "\") but the"
                    + " environment variable " + variable + " is " + (name == null ? "not set" : "empty")
                    + "; set " + variable + " to the table's name (CDK and SAM set it per stage), or give"
                    + " TableTheory.builder().environment(...) an environment that has it");
        }
        return valid(type, name, " (from the environment variable " + variable + ")");
    }

    private static String valid(Class<?> type, String name, String source) {
        if (!VALID.matcher(name).matches()) {
            throw new ModelException(type.getName() + ": table name '" + name + "'" + source + " is invalid;"
                    + " DynamoDB table names are 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'");
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
