package io.tabletheory.inmemory.internal.expr.legacy;

import io.tabletheory.api.error.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * DynamoDB's first check of a request that may carry classic parameters: classic and expression parameters cannot
 * be combined ({@code Can not use both expression and non-expression parameters in the same request: Non-expression
 * parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}}), each list in DynamoDB's order of the
 * operation's parameters. A Query's {@code KeyConditions} is the exception: it may be combined with the other
 * expressions as long as there is no {@code KeyConditionExpression}.
 */
public final class ParameterMix {
    /** The expression parameters the request holds, in the order added; null until one is. */
    private List<String> expressionsPresent;
    /** The classic parameters the request holds, in the order added; null until one is. */
    private List<String> classicPresent;

    private boolean keyConditionExpression;

    private ParameterMix() {}

    /** An empty check, to add the operation's parameters to in DynamoDB's order. */
    public static ParameterMix of() {
        return new ParameterMix();
    }

    /** Adds an expression parameter, and whether the request holds it. */
    public ParameterMix expression(String parameter, boolean present) {
        if (present) {
            expressionsPresent = added(expressionsPresent, parameter);
            keyConditionExpression |= parameter.equals("KeyConditionExpression");
        }
        return this;
    }

    /** Adds a classic parameter, and whether the request holds it. */
    public ParameterMix classic(String parameter, boolean present) {
        if (present) {
            classicPresent = added(classicPresent, parameter);
        }
        return this;
    }

    /**
     * Rejects a request holding parameters of both kinds.
     *
     * @throws ValidationException with DynamoDB's message
     */
    public void check() {
        if (expressionsPresent == null || classicPresent == null) {
            return;
        }
        if (!keyConditionExpression) {
            classicPresent.remove("KeyConditions");
        }
        if (!classicPresent.isEmpty()) {
            throw new ValidationException("Can not use both expression and non-expression parameters in the same"
                    + " request: Non-expression parameters: {" + String.join(", ", classicPresent)
                    + "} Expression parameters: {" + String.join(", ", expressionsPresent) + "}");
        }
    }

    private static List<String> added(List<String> present, String parameter) {
        List<String> list = present == null ? new ArrayList<>(4) : present;
        if (!list.contains(parameter)) {
            list.add(parameter);
        }
        return list;
    }
}
