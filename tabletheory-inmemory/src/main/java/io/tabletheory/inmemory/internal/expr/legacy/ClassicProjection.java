package io.tabletheory.inmemory.internal.expr.legacy;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.inmemory.internal.expr.eval.ResolvedPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A read's classic {@code AttributesToGet} translated into the projection paths a ProjectionExpression would produce:
 * each name is one top-level attribute, taken literally (a dot in it is part of the name). A repeated name is
 * DynamoDB's {@code Duplicate value in attribute name} error.
 */
public final class ClassicProjection {
    private ClassicProjection() {}

    /**
     * The paths to project.
     *
     * @throws ValidationException with DynamoDB's message
     */
    public static List<ResolvedPath> translate(List<String> attributesToGet) {
        Set<String> seen = new HashSet<>();
        List<ResolvedPath> paths = new ArrayList<>();
        for (String attribute : attributesToGet) {
            if (!seen.add(attribute)) {
                throw new ValidationException(
                        "One or more parameter values were invalid: Duplicate value in attribute name: " + attribute);
            }
            paths.add(new ResolvedPath(List.of(new ResolvedPath.Key(attribute))));
        }
        return List.copyOf(paths);
    }
}
