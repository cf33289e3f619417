package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.request.ClassicCondition;
import io.tabletheory.api.request.ConditionalOperator;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.api.request.ScanRequest;
import io.tabletheory.inmemory.internal.expr.legacy.ParameterMix;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The classic parameters of a Query or Scan, for {@link ReadExpressions} to translate beside the expressions: the
 * key conditions (Query only), the filter and its name ({@code QueryFilter} or {@code ScanFilter}), the filter's
 * ConditionalOperator and AttributesToGet.
 *
 * @param keyConditions the classic key condition; empty for a Scan or when none
 * @param filterParameter the filter's request parameter, for the mixed-parameter error
 * @param filter the classic filter; empty when none
 * @param conditionalOperator how the filter's entries combine
 * @param attributesToGet the classic projection; empty when none
 */
record ClassicRead(
        Map<String, ClassicCondition> keyConditions,
        String filterParameter,
        Map<String, ClassicCondition> filter,
        Optional<ConditionalOperator> conditionalOperator,
        List<String> attributesToGet) {
    ClassicRead {
        Objects.requireNonNull(keyConditions, "keyConditions");
        Objects.requireNonNull(filterParameter, "filterParameter");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(conditionalOperator, "conditionalOperator");
        Objects.requireNonNull(attributesToGet, "attributesToGet");
    }

    static ClassicRead of(QueryRequest request) {
        return new ClassicRead(
                request.keyConditions(),
                "QueryFilter",
                request.queryFilter(),
                request.conditionalOperator(),
                request.attributesToGet());
    }

    static ClassicRead of(ScanRequest request) {
        return new ClassicRead(
                Map.of(), "ScanFilter", request.scanFilter(), request.conditionalOperator(), request.attributesToGet());
    }

    /** Adds the classic parameters, in DynamoDB's order, to a mixed-parameter check. */
    ParameterMix addTo(ParameterMix mix, boolean query) {
        mix.classic("AttributesToGet", !attributesToGet.isEmpty())
                .classic(filterParameter, !filter.isEmpty())
                .classic("ConditionalOperator", conditionalOperator.isPresent());
        return query ? mix.classic("KeyConditions", !keyConditions.isEmpty()) : mix;
    }
}
