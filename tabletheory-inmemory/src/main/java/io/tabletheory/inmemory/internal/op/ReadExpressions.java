package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.expr.cache.ExpressionCache;
import io.tabletheory.inmemory.internal.expr.check.ConditionChecker;
import io.tabletheory.inmemory.internal.expr.check.PlaceholderRules;
import io.tabletheory.inmemory.internal.expr.eval.Projector;
import io.tabletheory.inmemory.internal.expr.eval.ResolvedPath;
import io.tabletheory.inmemory.internal.expr.legacy.ClassicConditions;
import io.tabletheory.inmemory.internal.expr.legacy.ClassicKeyConditions;
import io.tabletheory.inmemory.internal.expr.legacy.ClassicPlaceholders;
import io.tabletheory.inmemory.internal.expr.legacy.ClassicProjection;
import io.tabletheory.inmemory.internal.expr.legacy.ParameterMix;
import io.tabletheory.inmemory.internal.expr.syntax.Condition;
import io.tabletheory.inmemory.internal.expr.syntax.ExpressionKind;
import io.tabletheory.inmemory.internal.expr.syntax.ParsedCondition;
import io.tabletheory.inmemory.internal.expr.syntax.ParsedKeyCondition;
import io.tabletheory.inmemory.internal.expr.syntax.ParsedProjection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The expressions of a Query or Scan (KeyConditionExpression, FilterExpression, ProjectionExpression) with their
 * ExpressionAttributeNames and ExpressionAttributeValues, validated before the table is looked up, in DynamoDB's
 * order: names or values without an expression that could use them, malformed placeholder keys, then each
 * expression in turn (parse, undefined placeholders, operand checks), then entries unused by all of them together.
 *
 * <p>The classic parameters ({@link ClassicRead}) come first: classic and expression parameters are not mixed
 * (except KeyConditions with the other expressions), then the classic filter, AttributesToGet, and after the
 * expressions the KeyConditions, each translated into the expressions' trees. Their names and values join the
 * request's under placeholders of their own.
 */
final class ReadExpressions {
    private final Optional<ParsedKeyCondition> keyCondition;
    private final Optional<Condition> filter;
    private final Optional<List<ResolvedPath>> projection;
    private final Map<String, String> names;
    private final Map<String, AttributeValue> values;

    private ReadExpressions(
            Optional<ParsedKeyCondition> keyCondition,
            Optional<Condition> filter,
            Optional<List<ResolvedPath>> projection,
            Map<String, String> names,
            Map<String, AttributeValue> values) {
        this.keyCondition = keyCondition;
        this.filter = filter;
        this.projection = projection;
        this.names = names;
        this.values = values;
    }

    /**
     * Validates a read's expressions.
     *
     * @param valuesNullMessage the end of DynamoDB's message for values given without an expression that reads
     *     values (Query: {@code FilterExpression and KeyConditionExpression are null}; Scan: {@code
     *     FilterExpression is null})
     * @throws ValidationException with DynamoDB's message
     */
    static ReadExpressions prepare(
            ExpressionCache expressions,
            Optional<String> keyConditionText,
            Optional<String> filterText,
            Optional<String> projectionText,
            Map<String, String> names,
            Map<String, AttributeValue> values,
            String valuesNullMessage,
            boolean query,
            ClassicRead classic) {
        ParameterMix mix = ParameterMix.of()
                .expression("ProjectionExpression", projectionText.isPresent())
                .expression("FilterExpression", filterText.isPresent());
        if (query) {
            mix.expression("KeyConditionExpression", keyConditionText.isPresent());
        }
        classic.addTo(mix, query).check();
        ClassicPlaceholders tokens = new ClassicPlaceholders();
        Optional<Condition> classicFilter =
                ClassicConditions.filter(classic.filter(), classic.conditionalOperator(), tokens);
        Optional<List<ResolvedPath>> classicProjection =
                classic.attributesToGet().isEmpty()
                        ? Optional.empty()
                        : Optional.of(ClassicProjection.translate(classic.attributesToGet()));
        ReadExpressions read =
                prepare(expressions, keyConditionText, filterText, projectionText, names, values, valuesNullMessage);
        Optional<ParsedKeyCondition> classicKey = classic.keyConditions().isEmpty()
                ? Optional.empty()
                : Optional.of(ClassicKeyConditions.translate(classic.keyConditions(), tokens));
        if (classicFilter.isEmpty() && classicProjection.isEmpty() && classicKey.isEmpty()) {
            return read;
        }
        return new ReadExpressions(
                classicKey.or(() -> read.keyCondition),
                classicFilter.or(() -> read.filter),
                classicProjection.or(() -> read.projection),
                tokens.namesWith(names),
                tokens.valuesWith(values));
    }

    private static ReadExpressions prepare(
            ExpressionCache expressions,
            Optional<String> keyConditionText,
            Optional<String> filterText,
            Optional<String> projectionText,
            Map<String, String> names,
            Map<String, AttributeValue> values,
            String valuesNullMessage) {
        boolean anyExpression = keyConditionText.isPresent() || filterText.isPresent() || projectionText.isPresent();
        if (!anyExpression && !names.isEmpty()) {
            throw new ValidationException("ExpressionAttributeNames can only be specified when using expressions");
        }
        if (keyConditionText.isEmpty() && filterText.isEmpty() && !values.isEmpty()) {
            throw new ValidationException(
                    "ExpressionAttributeValues can only be specified when using expressions: " + valuesNullMessage);
        }
        PlaceholderRules.checkKeys(names, values);
        List<String> used = new ArrayList<>();
        Optional<ParsedKeyCondition> keyCondition = keyConditionText.map(text -> {
            ParsedKeyCondition parsed = expressions.keyCondition(text);
            PlaceholderRules.checkDefined(parsed.placeholders(), ExpressionKind.KEY_CONDITION, names, values);
            ConditionChecker.check(parsed.condition(), ExpressionKind.KEY_CONDITION, names, values);
            used.addAll(parsed.placeholders());
            return parsed;
        });
        Optional<Condition> filter = filterText.map(text -> {
            ParsedCondition parsed = expressions.condition(text, ExpressionKind.FILTER);
            PlaceholderRules.checkDefined(parsed.placeholders(), ExpressionKind.FILTER, names, values);
            ConditionChecker.check(parsed, ExpressionKind.FILTER, names, values);
            used.addAll(parsed.placeholders());
            return parsed.condition();
        });
        Optional<List<ResolvedPath>> projection = projectionText.map(text -> {
            ParsedProjection parsed = expressions.projection(text);
            PlaceholderRules.checkDefined(parsed.placeholders(), ExpressionKind.PROJECTION, names, values);
            List<ResolvedPath> paths = new ArrayList<>();
            parsed.paths().forEach(path -> paths.add(ResolvedPath.of(path, names)));
            Projector.check(paths, ExpressionKind.PROJECTION);
            used.addAll(parsed.placeholders());
            return List.copyOf(paths);
        });
        PlaceholderRules.checkUsed(used, names, values);
        return new ReadExpressions(keyCondition, filter, projection, names, values);
    }

    Optional<ParsedKeyCondition> keyCondition() {
        return keyCondition;
    }

    Optional<Condition> filter() {
        return filter;
    }

    Optional<List<ResolvedPath>> projection() {
        return projection;
    }

    Map<String, String> names() {
        return names;
    }

    Map<String, AttributeValue> values() {
        return values;
    }
}
