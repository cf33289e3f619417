package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.PageRequest;
import io.tabletheory.api.request.Select;
import io.tabletheory.api.table.ProjectionType;
import io.tabletheory.inmemory.internal.expr.eval.ResolvedPath;
import io.tabletheory.inmemory.internal.table.IndexDefinition;
import io.tabletheory.inmemory.internal.table.ReadTarget;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code Select} rules of Query and Scan with DynamoDB's messages. Before the table lookup ({@link #resolve}):
 * SPECIFIC_ATTRIBUTES needs a projection (a ProjectionExpression or AttributesToGet, which the messages name), the
 * other values refuse one, ALL_PROJECTED_ATTRIBUTES needs an index; an absent Select means SPECIFIC_ATTRIBUTES with a
 * projection, else ALL_PROJECTED_ATTRIBUTES on an index and ALL_ATTRIBUTES on a table. A Query's messages carry
 * DynamoDB's {@code 1 validation error detected: } prefix, a Scan's do not (moto's AWS-verified captures,
 * test_dynamodb_select.py). After it ({@link #checkTarget}): ALL_ATTRIBUTES on a global index that does not project
 * ALL is refused, and so is a projection naming attributes a global index does not hold. (A local index fetches
 * what it lacks from the table, as DynamoDB does.)
 */
final class ReadSelect {
    private static final String INVALID = "One or more parameter values were invalid: ";

    private ReadSelect() {}

    /**
     * The effective Select of a request.
     *
     * @param projection the projection parameter the request holds ({@code ProjectionExpression} or {@code
     *     AttributesToGet}), or empty
     * @param query whether the request is a Query, whose messages carry DynamoDB's prefix
     */
    static Select resolve(Optional<Select> select, Optional<String> projection, boolean onIndex, boolean query) {
        boolean hasProjection = projection.isPresent();
        String parameter = projection.orElse("ProjectionExpression");
        if (select.isEmpty()) {
            if (hasProjection) {
                return Select.SPECIFIC_ATTRIBUTES;
            }
            return onIndex ? Select.ALL_PROJECTED_ATTRIBUTES : Select.ALL_ATTRIBUTES;
        }
        String refusal =
                switch (select.get()) {
                    case SPECIFIC_ATTRIBUTES -> hasProjection
                            ? null
                            : "Must specify the AttributesToGet or ProjectionExpression when choosing to get"
                                    + " SPECIFIC_ATTRIBUTES";
                    case COUNT -> hasProjection
                            ? "Cannot specify the " + parameter + " when choosing to get only the Count"
                            : null;
                    case ALL_ATTRIBUTES -> hasProjection
                            ? "Cannot specify the " + parameter + " when choosing to get ALL_ATTRIBUTES"
                            : null;
                    case ALL_PROJECTED_ATTRIBUTES -> hasProjection
                            ? "Cannot specify the " + parameter + " when choosing to get ALL_PROJECTED_ATTRIBUTES"
                            : onIndex
                                    ? null
                                    : "ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName";
                };
        if (refusal != null) {
            throw new ValidationException(query ? "1 validation error detected: " + refusal : refusal);
        }
        return select.get();
    }

    /** The projection parameter a Query or Scan holds, for the Select messages: empty when it has none. */
    static Optional<String> projectionParameter(PageRequest request) {
        if (request.projectionExpression().isPresent()) {
            return Optional.of("ProjectionExpression");
        }
        return request.attributesToGet().isEmpty() ? Optional.empty() : Optional.of("AttributesToGet");
    }

    /** The checks of Select and ProjectionExpression that need the index read. */
    static void checkTarget(Select select, Optional<List<ResolvedPath>> projection, ReadTarget target) {
        Optional<IndexDefinition> index = target.index();
        if (index.isEmpty() || !index.get().global()) {
            return;
        }
        if (select == Select.ALL_ATTRIBUTES && index.get().projectionType() != ProjectionType.ALL) {
            throw new ValidationException(INVALID + "Select type ALL_ATTRIBUTES is not supported for global"
                    + " secondary index " + index.get().name() + " because its projection type is not ALL");
        }
        if (projection.isPresent()) {
            Set<String> missing = new LinkedHashSet<>();
            for (ResolvedPath path : projection.get()) {
                String attribute = path.attribute();
                if (!index.get().projects(attribute)) {
                    missing.add(attribute);
                }
            }
            if (!missing.isEmpty()) {
                throw new ValidationException(INVALID + "Global secondary index "
                        + index.get().name() + " does not project " + new ArrayList<>(missing));
            }
        }
    }
}
