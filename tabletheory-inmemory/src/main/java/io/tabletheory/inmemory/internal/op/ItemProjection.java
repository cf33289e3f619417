package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.inmemory.internal.expr.cache.ExpressionCache;
import io.tabletheory.inmemory.internal.expr.check.PlaceholderRules;
import io.tabletheory.inmemory.internal.expr.eval.Projector;
import io.tabletheory.inmemory.internal.expr.eval.ResolvedPath;
import io.tabletheory.inmemory.internal.expr.legacy.ClassicProjection;
import io.tabletheory.inmemory.internal.expr.legacy.ParameterMix;
import io.tabletheory.inmemory.internal.expr.syntax.ExpressionKind;
import io.tabletheory.inmemory.internal.expr.syntax.ParsedProjection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ProjectionExpression of a read by key (GetItem, and each table of a BatchGetItem) with its
 * ExpressionAttributeNames, validated before the table is looked up, in DynamoDB's order: names without a projection,
 * malformed name keys, the projection itself (parse, undefined names, overlapping or conflicting paths), then unused
 * names. Query and Scan validate theirs with their other expressions in {@link ReadExpressions}. The classic
 * AttributesToGet, which cannot come with a ProjectionExpression, is translated into the same paths ({@link
 * ClassicProjection}).
 */
final class ItemProjection {
    private ItemProjection() {}

    /**
     * The resolved paths to project, from a ProjectionExpression or AttributesToGet, or empty to return whole items.
     *
     * @throws ValidationException with DynamoDB's message
     */
    static Optional<List<ResolvedPath>> prepare(
            ExpressionCache expressions,
            Optional<String> projectionExpression,
            Map<String, String> names,
            List<String> attributesToGet) {
        ParameterMix.of()
                .expression("ProjectionExpression", projectionExpression.isPresent())
                .classic("AttributesToGet", !attributesToGet.isEmpty())
                .check();
        if (!attributesToGet.isEmpty()) {
            List<ResolvedPath> paths = ClassicProjection.translate(attributesToGet);
            prepare(expressions, projectionExpression, names);
            return Optional.of(paths);
        }
        return prepare(expressions, projectionExpression, names);
    }

    private static Optional<List<ResolvedPath>> prepare(
            ExpressionCache expressions, Optional<String> projectionExpression, Map<String, String> names) {
        if (projectionExpression.isEmpty()) {
            if (!names.isEmpty()) {
                throw new ValidationException("ExpressionAttributeNames can only be specified when using expressions");
            }
            return Optional.empty();
        }
        PlaceholderRules.checkKeys(names, Map.of());
        ParsedProjection parsed = expressions.projection(projectionExpression.get());
        PlaceholderRules.checkDefined(parsed.placeholders(), ExpressionKind.PROJECTION, names, Map.of());
        List<ResolvedPath> paths = new ArrayList<>();
        parsed.paths().forEach(path -> paths.add(ResolvedPath.of(path, names)));
        Projector.check(paths, ExpressionKind.PROJECTION);
        PlaceholderRules.checkUsed(parsed.placeholders(), names, Map.of());
        return Optional.of(List.copyOf(paths));
    }
}
