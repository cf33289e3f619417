package io.tabletheory.server.internal.operation;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.server.internal.json.WireObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The request-model constraint violations of one request, collected and reported together as DynamoDB does: {@code 2
 * validation errors detected: Value 'X' at 'returnValues' failed to satisfy constraint: ...; Value 'Y' at
 * 'returnConsumedCapacity' ...}. An empty TableName is reported alone, before the others ({@code Value '' at
 * 'tableName' ... greater than or equal to 1}). A member of a nested structure is named by its full path, lists
 * counted from 1 ({@code keySchema.1.member.keyType}).
 */
final class MemberConstraints {
    private final List<String> violations = new ArrayList<>();

    /** A collector for one request. */
    MemberConstraints() {}

    /**
     * Checks the request's {@code TableName} for the one rule only the wire shows: an empty name.
     *
     * @throws ValidationException with DynamoDB's message when it is empty
     */
    static void checkTableName(WireObject request) {
        if (request.string("TableName").map(String::isEmpty).orElse(false)) {
            throw new ValidationException("1 validation error detected: Value '' at '"
                    + path(request, "TableName")
                    + "' failed to satisfy constraint: Member must have length greater than or equal to 1");
        }
    }

    /** An enum member, recording DynamoDB's constraint violation (and answering empty) for a value outside its set. */
    <E extends Enum<E>> Optional<E> enumMember(WireObject request, String member, Class<E> type, String allowed) {
        Optional<String> text = request.string(member);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text.get())) {
                return Optional.of(constant);
            }
        }
        violations.add("Value '" + text.get() + "' at '" + path(request, member)
                + "' failed to satisfy constraint: Member must satisfy enum value set: " + allowed);
        return Optional.empty();
    }

    /**
     * Reports the violations recorded, if any.
     *
     * @throws ValidationException with DynamoDB's message
     */
    void throwIfAny() {
        if (!violations.isEmpty()) {
            throw ValidationException.ofConstraintViolations(violations);
        }
    }

    /**
     * A member's path as DynamoDB writes it in constraint errors: each name with its first letter in lower case,
     * each list index counted from 1 and followed by {@code member} ({@code KeySchema.0} and {@code KeyType} give
     * {@code keySchema.1.member.keyType}).
     */
    static String path(WireObject owner, String member) {
        StringBuilder path = new StringBuilder();
        if (!owner.path().isEmpty()) {
            for (String step : owner.path().split("\\.")) {
                if (step.chars().allMatch(Character::isDigit) && !step.isEmpty()) {
                    path.append(Integer.parseInt(step) + 1).append(".member.");
                } else {
                    path.append(WireObject.constraintPath(step)).append('.');
                }
            }
        }
        return path.append(WireObject.constraintPath(member)).toString();
    }
}
