package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.request.Select;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.expr.eval.ResolvedPath;
import io.tabletheory.inmemory.internal.expr.syntax.Condition;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a validated Query or Scan page does with the items its walk yields: how many to read at most, the filter,
 * the projection and the Select, and the request's names and values the expressions refer to.
 *
 * @param limit the most items to read (before the filter)
 * @param filter the FilterExpression, if any
 * @param projection the ProjectionExpression's paths, if any
 * @param select the effective Select
 * @param names the request's ExpressionAttributeNames
 * @param values the request's ExpressionAttributeValues
 */
record ReadPlan(
        OptionalInt limit,
        Optional<Condition> filter,
        Optional<List<ResolvedPath>> projection,
        Select select,
        Map<String, String> names,
        Map<String, AttributeValue> values) {
    ReadPlan {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(select, "select");
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(values, "values");
    }
}
