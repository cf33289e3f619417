package io.tabletheory.api.request;

import io.tabletheory.api.value.AttributeValue;
import java.util.Map;

/**
 * The parameters that every request on one table with expressions shares (the single-item writes of {@link
 * WriteItemRequest} and the page reads of {@link PageRequest}): the table, the expressions' placeholders and the
 * capacity report. Each is documented here, once, with DynamoDB's default; {@link TableRequestBuilder} sets them.
 */
public sealed interface TableRequest permits WriteItemRequest, PageRequest {
    /** The table (for an index read, the table that owns the index). */
    String tableName();

    /** Substitutions for {@code #name} tokens in the expressions; empty when none. */
    Map<String, String> expressionAttributeNames();

    /** Substitutions for {@code :value} tokens in the expressions; empty when none. */
    Map<String, AttributeValue> expressionAttributeValues();

    /** Whether to report consumed capacity; default {@code NONE}. */
    ReturnConsumedCapacity returnConsumedCapacity();
}
