package io.tabletheory.inmemory.internal.table;

import io.tabletheory.inmemory.internal.check.Constraints;
import java.util.regex.Pattern;

/**
 * DynamoDB's rule for table and index names: 3 to 255 characters of {@code [a-zA-Z0-9_.-]}, case-sensitive. A
 * request naming an invalid table fails with a ValidationException before any table lookup.
 */
public final class TableNames {
    /** The characters a table or index name may contain. */
    public static final Pattern PATTERN = Pattern.compile("[a-zA-Z0-9_.-]+");

    private TableNames() {}

    /**
     * Whether {@code name} is 1 to 255 characters of {@link #PATTERN}, checked without the regular expression: the
     * item operations check their table name on every request, and a valid name breaks none of their rules.
     */
    private static boolean isPlainName(String name) {
        int length = name.length();
        if (length < 1 || length > 255) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = name.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '_'
                    || c == '.'
                    || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code name} is a valid table name. */
    public static boolean isValid(String name) {
        return name.length() >= 3
                && name.length() <= 255
                && PATTERN.matcher(name).matches();
    }

    /** Records violations of the table-name rule for a field such as {@code tableName}. */
    public static Constraints check(Constraints constraints, String name, String field) {
        return constraints.name(name, field, 3, 255, PATTERN);
    }

    /**
     * Records violations of the table-name rule of the item operations (PutItem, GetItem, Query, ...), which also
     * take a table ARN: an empty name breaks only the minimum length of 1, and a short name is not refused (no such
     * table exists), as DynamoDB reports them.
     */
    public static Constraints checkItemTable(Constraints constraints, String name, String field) {
        if (isPlainName(name)) {
            return constraints;
        }
        if (name.isEmpty()) {
            return constraints.check(false, name, field, "Member must have length greater than or equal to 1");
        }
        return constraints.name(name, field, 1, 255, PATTERN);
    }

    /**
     * Validates the {@code tableName} of an item operation ({@link #checkItemTable}).
     *
     * @throws io.tabletheory.api.error.ValidationException with DynamoDB's constraint message
     */
    public static void validateItemTable(String tableName) {
        checkItemTable(new Constraints(), tableName, "tableName").throwIfAny();
    }

    /**
     * Validates the {@code tableName} of a request.
     *
     * @throws io.tabletheory.api.error.ValidationException with DynamoDB's constraint message
     */
    public static void validate(String tableName) {
        check(new Constraints(), tableName, "tableName").throwIfAny();
    }
}
