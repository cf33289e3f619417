package io.tabletheory.api.request;

import io.tabletheory.api.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The parameters that Query and Scan share beyond those of every {@link TableRequest}: where to read (index, where to
 * resume), what to keep (filter, projection, Select), how much (Limit) and how (consistency). Each is documented
 * here, once, with DynamoDB's default; {@link PageRequestBuilder} sets them. The requests normalise them on
 * construction: {@code null} becomes absent or empty.
 */
public sealed interface PageRequest extends TableRequest permits QueryRequest, ScanRequest {
    /** The secondary index to read; the table itself by default. */
    Optional<String> indexName();

    /** A condition applied after reading, before returning; none by default. */
    Optional<String> filterExpression();

    /** The attributes to return; all attributes by default. */
    Optional<String> projectionExpression();

    /**
     * What to return; by default ALL_ATTRIBUTES on a table, ALL_PROJECTED_ATTRIBUTES on an index, SPECIFIC_ATTRIBUTES
     * with a projection.
     */
    Optional<Select> select();

    /** The most items to read (before the filter) in this page; no limit by default (a page stops at 1 MB). */
    OptionalInt limit();

    /** Where to resume: the previous page's {@code lastEvaluatedKey}; empty to start at the beginning. */
    Map<String, AttributeValue> exclusiveStartKey();

    /** Strongly consistent read when true; default false (eventually consistent). */
    boolean consistentRead();

    /**
     * The classic projection ({@code AttributesToGet}): the top-level attributes to return, no duplicates; empty for
     * all attributes. Never together with an expression parameter.
     */
    List<String> attributesToGet();

    /**
     * How the entries of a classic filter ({@code QueryFilter} or {@code ScanFilter}) combine; {@code AND} when
     * absent, and only allowed with one.
     */
    Optional<ConditionalOperator> conditionalOperator();
}
