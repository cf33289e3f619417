package io.tabletheory.inmemory.internal.expr.legacy;

import io.tabletheory.api.error.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DynamoDB's first check of a request that may carry classic parameters: classic and expression parameters cannot
 * be combined ({@code Can not use both expression and non-expression parameters in the same request: Non-expression
 * parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}}), each list in DynamoDB's order of the
 * operation's parameters. A Query's {@code KeyConditions} is the exception: it may be combined with the other
 * expressions as long as there is no {@code KeyConditionExpression}.
 */
public final class ParameterMix {
    private final Map<String, Boolean> expressions = new LinkedHashMap<>();
    private final Map<String, Boolean> classic = new LinkedHashMap<>();

    private ParameterMix() {}

    /** An empty check, to add the operation's parameters to in DynamoDB's order. */
    public static ParameterMix of() {
        return new ParameterMix();
    }

    /** Adds an expression parameter, and whether the request holds it. */
    public ParameterMix expression(String parameter, boolean present) {
        expressions.put(parameter, present);
        return this;
    }

    /** Adds a classic parameter, and whether the request holds it. */
    public ParameterMix classic(String parameter, boolean present) {
        classic.put(parameter, present);
        return this;
    }

    /**
     * Rejects a request holding parameters of both kinds.
     *
     * @throws ValidationException with DynamoDB's message
     */
    public void check() {
        List<String> expressionsPresent = present(expressions);
        if (expressionsPresent.isEmpty()) {
            return;
        }
        List<String> classicPresent = present(classic);
        if (!expressions.getOrDefault("KeyConditionExpression", false)) {
            classicPresent.remove("KeyConditions");
        }
        if (!classicPresent.isEmpty()) {
            throw new ValidationException("Can not use both expression and non-expression parameters in the same"
                    + " request: Non-expression parameters: {" + String.join(", ", classicPresent)
                    + "} Expression parameters: {" + String.join(", ", expressionsPresent) + "}");
        }
    }

    private static List<String> present(Map<String, Boolean> parameters) {
        List<String> present = new ArrayList<>();
        parameters.forEach((name, held) -> {
            if (held) {
                present.add(name);
            }
        });
        return present;
    }
}
