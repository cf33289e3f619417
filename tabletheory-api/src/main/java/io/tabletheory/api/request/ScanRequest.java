package io.tabletheory.api.request;

import io.tabletheory.api.internal.Immutables;
import io.tabletheory.api.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A Scan request: read every item of a table or index, one page at a time, optionally one segment of a
 * parallel scan. The parameters it shares with Query are documented on {@link PageRequest} and {@link TableRequest}.
 *
 * @param segment the segment of a parallel scan to read, from 0; the whole table by default
 * @param totalSegments the number of segments of a parallel scan; required with {@code segment}
 * @param scanFilter the classic filter ({@code ScanFilter}), combined by {@code conditionalOperator}; never together
 *     with {@code filterExpression}
 */
public record ScanRequest(
        String tableName,
        Optional<String> indexName,
        Optional<String> filterExpression,
        Optional<String> projectionExpression,
        Map<String, String> expressionAttributeNames,
        Map<String, AttributeValue> expressionAttributeValues,
        Optional<Select> select,
        OptionalInt limit,
        Map<String, AttributeValue> exclusiveStartKey,
        boolean consistentRead,
        OptionalInt segment,
        OptionalInt totalSegments,
        ReturnConsumedCapacity returnConsumedCapacity,
        Map<String, ClassicCondition> scanFilter,
        Optional<ConditionalOperator> conditionalOperator,
        List<String> attributesToGet)
        implements PageRequest {

    public ScanRequest {
        Objects.requireNonNull(tableName, "tableName");
        indexName = RequestDefaults.absentIfNull(indexName);
        filterExpression = RequestDefaults.absentIfNull(filterExpression);
        projectionExpression = RequestDefaults.absentIfNull(projectionExpression);
        expressionAttributeNames = Immutables.orderedMap(expressionAttributeNames, "expressionAttributeNames");
        expressionAttributeValues = Immutables.orderedMap(expressionAttributeValues, "expressionAttributeValues");
        select = RequestDefaults.absentIfNull(select);
        limit = RequestDefaults.absentIfNull(limit);
        exclusiveStartKey = Immutables.orderedMap(exclusiveStartKey, "exclusiveStartKey");
        segment = RequestDefaults.absentIfNull(segment);
        totalSegments = RequestDefaults.absentIfNull(totalSegments);
        returnConsumedCapacity = RequestDefaults.noneIfNull(returnConsumedCapacity);
        scanFilter = Immutables.orderedMap(scanFilter, "scanFilter");
        conditionalOperator = RequestDefaults.absentIfNull(conditionalOperator);
        attributesToGet = attributesToGet == null ? List.of() : List.copyOf(attributesToGet);
    }

    /** A request without classic parameters (the form before they existed). */
    public ScanRequest(
            String tableName,
            Optional<String> indexName,
            Optional<String> filterExpression,
            Optional<String> projectionExpression,
            Map<String, String> expressionAttributeNames,
            Map<String, AttributeValue> expressionAttributeValues,
            Optional<Select> select,
            OptionalInt limit,
            Map<String, AttributeValue> exclusiveStartKey,
            boolean consistentRead,
            OptionalInt segment,
            OptionalInt totalSegments,
            ReturnConsumedCapacity returnConsumedCapacity) {
        this(
                tableName,
                indexName,
                filterExpression,
                projectionExpression,
                expressionAttributeNames,
                expressionAttributeValues,
                select,
                limit,
                exclusiveStartKey,
                consistentRead,
                segment,
                totalSegments,
                returnConsumedCapacity,
                Map.of(),
                Optional.empty(),
                List.of());
    }

    /** A builder with the required parameters set and every other parameter at DynamoDB's default. */
    public static Builder builder(String tableName) {
        return new Builder().tableName(tableName);
    }

    /** A builder holding this request's parameters, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder()
                .copyOf(this)
                .segment(PageRequestBuilder.boxed(segment))
                .totalSegments(PageRequestBuilder.boxed(totalSegments))
                .scanFilter(scanFilter);
    }

    /** Builds a {@link ScanRequest}: the shared setters of {@link PageRequestBuilder}, and the segment. */
    public static final class Builder extends PageRequestBuilder<Builder, ScanRequest> {
        private OptionalInt segment = OptionalInt.empty();
        private OptionalInt totalSegments = OptionalInt.empty();

        private Map<String, ClassicCondition> scanFilter = Map.of();

        private Builder() {}

        /** Sets {@link ScanRequest#scanFilter()}, the classic filter; empty for none. */
        public Builder scanFilter(Map<String, ClassicCondition> scanFilter) {
            this.scanFilter = scanFilter;
            return this;
        }

        /** Sets {@link ScanRequest#segment()}; {@code null} for the whole table. */
        public Builder segment(Integer segment) {
            this.segment = RequestDefaults.optionalInt(segment);
            return this;
        }

        /** Sets {@link ScanRequest#totalSegments()}; {@code null} when not a parallel scan. */
        public Builder totalSegments(Integer totalSegments) {
            this.totalSegments = RequestDefaults.optionalInt(totalSegments);
            return this;
        }

        @Override
        public ScanRequest build() {
            return new ScanRequest(
                    tableName,
                    Optional.ofNullable(indexName),
                    Optional.ofNullable(filterExpression),
                    Optional.ofNullable(projectionExpression),
                    expressionAttributeNames,
                    expressionAttributeValues,
                    Optional.ofNullable(select),
                    limit,
                    exclusiveStartKey,
                    consistentRead,
                    segment,
                    totalSegments,
                    returnConsumedCapacity,
                    scanFilter,
                    Optional.ofNullable(conditionalOperator),
                    attributesToGet);
        }
    }
}
