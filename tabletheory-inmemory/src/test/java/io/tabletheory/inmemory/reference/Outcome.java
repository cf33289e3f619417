package io.tabletheory.inmemory.reference;

import io.tabletheory.api.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What one step observably did, in a form both sides produce and {@code equals} compares. */
sealed interface Outcome {
    /** GetItem's answer. */
    record Item(Optional<Map<String, AttributeValue>> item) implements Outcome {}

    /** A write's returned attributes (empty for NONE, or when there was nothing to return). */
    record Attributes(Map<String, AttributeValue> attributes) implements Outcome {}

    /** A refused request: {@code kind} is the exception's simple class name; the item a failed condition returned. */
    record Failure(String kind, Optional<Map<String, AttributeValue>> item) implements Outcome {}

    /** Every page of a Query or Scan, in order. */
    record Pages(List<Page> pages) implements Outcome {}

    /** One page of a Query or Scan. */
    record Page(
            List<Map<String, AttributeValue>> items,
            int count,
            int scannedCount,
            Map<String, AttributeValue> lastEvaluatedKey) {}
}
