package io.tabletheory.api.request;

import io.tabletheory.api.internal.Immutables;
import io.tabletheory.api.value.AttributeValue;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A Scan request: read every item of a table or index, one page at a time, optionally one segment of a
 * parallel scan.
 *
 * @param tableName the table (for an index read, the table that owns the index)
 * @param indexName the secondary index to read; the table itself by default
 * @param filterExpression a condition applied after reading, before returning; none by default
 * @param projectionExpression the attributes to return; all attributes by default
 * @param expressionAttributeNames substitutions for {@code #name} tokens in the expressions; empty when none
 * @param expressionAttributeValues substitutions for {@code :value} tokens in the expressions; empty when none
 * @param select what to return; by default ALL_ATTRIBUTES on a table, ALL_PROJECTED_ATTRIBUTES on an index, SPECIFIC_ATTRIBUTES with a projection
 * @param limit the most items to read (before the filter) in this page; no limit by default (a page stops at 1 MB)
 * @param exclusiveStartKey where to resume: the previous page's {@code lastEvaluatedKey}; empty to start at the beginning
 * @param consistentRead strongly consistent read when true; default false (eventually consistent)
 * @param segment the segment of a parallel scan to read, from 0; the whole table by default
 * @param totalSegments the number of segments of a parallel scan; required with {@code segment}
 * @param returnConsumedCapacity whether to report consumed capacity; default {@code NONE}
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
        ReturnConsumedCapacity returnConsumedCapacity) {

    public ScanRequest {
        Objects.requireNonNull(tableName, "tableName");
        indexName = indexName == null ? Optional.empty() : indexName;
        filterExpression = filterExpression == null ? Optional.empty() : filterExpression;
        projectionExpression = projectionExpression == null ? Optional.empty() : projectionExpression;
        expressionAttributeNames = Immutables.orderedMap(expressionAttributeNames, "expressionAttributeNames");
        expressionAttributeValues = Immutables.orderedMap(expressionAttributeValues, "expressionAttributeValues");
        select = select == null ? Optional.empty() : select;
        limit = limit == null ? OptionalInt.empty() : limit;
        exclusiveStartKey = Immutables.orderedMap(exclusiveStartKey, "exclusiveStartKey");
        segment = segment == null ? OptionalInt.empty() : segment;
        totalSegments = totalSegments == null ? OptionalInt.empty() : totalSegments;
        returnConsumedCapacity = returnConsumedCapacity == null ? ReturnConsumedCapacity.NONE : returnConsumedCapacity;
    }

    /** A builder with the required parameters set and every other parameter at DynamoDB's default. */
    public static Builder builder(String tableName) {
        return new Builder().tableName(tableName);
    }

    /** A builder holding this request's parameters, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder()
                .tableName(tableName)
                .indexName(indexName.orElse(null))
                .filterExpression(filterExpression.orElse(null))
                .projectionExpression(projectionExpression.orElse(null))
                .expressionAttributeNames(expressionAttributeNames)
                .expressionAttributeValues(expressionAttributeValues)
                .select(select.orElse(null))
                .limit(limit.isPresent() ? limit.getAsInt() : null)
                .exclusiveStartKey(exclusiveStartKey)
                .consistentRead(consistentRead)
                .segment(segment.isPresent() ? segment.getAsInt() : null)
                .totalSegments(totalSegments.isPresent() ? totalSegments.getAsInt() : null)
                .returnConsumedCapacity(returnConsumedCapacity);
    }

    /** Builds a {@link ScanRequest}; every setter documents DynamoDB's default. Not thread-safe. */
    public static final class Builder {
        private String tableName;
        private String indexName;
        private String filterExpression;
        private String projectionExpression;
        private Map<String, String> expressionAttributeNames = Map.of();
        private Map<String, AttributeValue> expressionAttributeValues = Map.of();
        private Select select;
        private OptionalInt limit = OptionalInt.empty();
        private Map<String, AttributeValue> exclusiveStartKey = Map.of();
        private boolean consistentRead = false;
        private OptionalInt segment = OptionalInt.empty();
        private OptionalInt totalSegments = OptionalInt.empty();
        private ReturnConsumedCapacity returnConsumedCapacity = ReturnConsumedCapacity.NONE;

        private Builder() {}

        /** Sets the table (for an index read, the table that owns the index). */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /** Sets the secondary index to read; the table itself by default. */
        public Builder indexName(String indexName) {
            this.indexName = indexName;
            return this;
        }

        /** Sets a condition applied after reading, before returning; none by default. */
        public Builder filterExpression(String filterExpression) {
            this.filterExpression = filterExpression;
            return this;
        }

        /** Sets the attributes to return; all attributes by default. */
        public Builder projectionExpression(String projectionExpression) {
            this.projectionExpression = projectionExpression;
            return this;
        }

        /** Sets substitutions for {@code #name} tokens in the expressions; empty when none. */
        public Builder expressionAttributeNames(Map<String, String> expressionAttributeNames) {
            this.expressionAttributeNames = expressionAttributeNames;
            return this;
        }

        /** Sets substitutions for {@code :value} tokens in the expressions; empty when none. */
        public Builder expressionAttributeValues(Map<String, AttributeValue> expressionAttributeValues) {
            this.expressionAttributeValues = expressionAttributeValues;
            return this;
        }

        /** Sets what to return; by default ALL_ATTRIBUTES on a table, ALL_PROJECTED_ATTRIBUTES on an index, SPECIFIC_ATTRIBUTES with a projection. */
        public Builder select(Select select) {
            this.select = select;
            return this;
        }

        /** Sets the most items to read (before the filter) in this page; no limit by default (a page stops at 1 MB). */
        public Builder limit(Integer limit) {
            this.limit = limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
            return this;
        }

        /** Sets where to resume: the previous page's {@code lastEvaluatedKey}; empty to start at the beginning. */
        public Builder exclusiveStartKey(Map<String, AttributeValue> exclusiveStartKey) {
            this.exclusiveStartKey = exclusiveStartKey;
            return this;
        }

        /** Sets strongly consistent read when true; default false (eventually consistent). */
        public Builder consistentRead(boolean consistentRead) {
            this.consistentRead = consistentRead;
            return this;
        }

        /** Sets the segment of a parallel scan to read, from 0; the whole table by default. */
        public Builder segment(Integer segment) {
            this.segment = segment == null ? OptionalInt.empty() : OptionalInt.of(segment);
            return this;
        }

        /** Sets the number of segments of a parallel scan; required with {@code segment}. */
        public Builder totalSegments(Integer totalSegments) {
            this.totalSegments = totalSegments == null ? OptionalInt.empty() : OptionalInt.of(totalSegments);
            return this;
        }

        /** Sets whether to report consumed capacity; default {@code NONE}. */
        public Builder returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
            this.returnConsumedCapacity = returnConsumedCapacity;
            return this;
        }

        /** The request. */
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
                    returnConsumedCapacity);
        }
    }
}
