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
 * 'tableName' ... greater than or equal to 1}). A member of a nested structure is named by its full path ({@link
 * WireObject#constraintPathOf}).
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
                    + request.constraintPathOf("TableName")
                    + "' failed to satisfy constraint: Member must have length greater than or equal to 1");
        }
    }

    /** Records DynamoDB's violation for a required member that is absent ({@code Value null at 'key' ...}). */
    MemberConstraints required(WireObject request, String member) {
        if (!request.has(member)) {
            violations.add("Value null at '" + request.constraintPathOf(member)
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return this;
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
        violations.add("Value '" + text.get() + "' at '" + request.constraintPathOf(member)
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
}
