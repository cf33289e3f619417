package io.tabletheory.inmemory.internal.check;

import io.tabletheory.api.error.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects violations of DynamoDB's request-model constraints (lengths, patterns, ranges) and reports them as
 * DynamoDB does: {@code 1 validation error detected: Value 'x' at 'tableName' failed to satisfy constraint: ...},
 * or {@code N validation errors detected: ...; ...} for several. These are the first checks of every request, before
 * expressions and before the table lookup.
 */
public final class Constraints {
    private final List<String> violations = new ArrayList<>();

    /** Records a violation unless {@code satisfied}. */
    public Constraints check(boolean satisfied, Object value, String field, String constraint) {
        if (!satisfied) {
            String rendered = value == null ? "null" : "'" + value + "'";
            violations.add("Value " + rendered + " at '" + field + "' failed to satisfy constraint: " + constraint);
        }
        return this;
    }

    /**
     * Records a violation unless {@code satisfied}, in the form DynamoDB uses for a member of a nested request
     * structure, which names the member but not its value: {@code Value at 'RequestItems.t.member.Keys' failed to
     * satisfy constraint: ...}.
     */
    public Constraints checkMember(boolean satisfied, String member, String constraint) {
        if (!satisfied) {
            violations.add("Value at '" + member + "' failed to satisfy constraint: " + constraint);
        }
        return this;
    }

    /** Records length (in characters) and pattern violations of a name such as a table or index name. */
    public Constraints name(String value, String field, int minLength, int maxLength, Pattern pattern) {
        // Each message is built only for a violation: names are checked on every request.
        if (!pattern.matcher(value).matches()) {
            check(false, value, field, "Member must satisfy regular expression pattern: " + pattern.pattern());
        }
        if (value.length() < minLength) {
            check(false, value, field, "Member must have length greater than or equal to " + minLength);
        }
        if (value.length() > maxLength) {
            check(false, value, field, "Member must have length less than or equal to " + maxLength);
        }
        return this;
    }

    /** Throws the violations recorded so far, if any, as one ValidationException. */
    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw ValidationException.ofConstraintViolations(violations);
        }
    }
}
