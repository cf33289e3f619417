package io.tabletheory.inmemory.reference;

import io.tabletheory.api.request.ReturnValue;
import io.tabletheory.api.value.AttributeValue;
import java.util.List;
import java.util.Map;

/** One generated step of a sequence: a request to both the emulator and the reference model. */
sealed interface Op {
    /** The table the step works on. */
    String table();

    /** PutItem, with an optional condition (null when none). */
    record Put(
            String table,
            Map<String, AttributeValue> item,
            Condition condition,
            ReturnValue returnValues,
            boolean returnOldOnFailure)
            implements Op {}

    /** GetItem, with an optional projection of top-level names (null when none). */
    record Get(String table, Map<String, AttributeValue> key, List<String> projection) implements Op {}

    /** DeleteItem. */
    record Delete(
            String table,
            Map<String, AttributeValue> key,
            Condition condition,
            ReturnValue returnValues,
            boolean returnOldOnFailure)
            implements Op {}

    /** UpdateItem. */
    record Update(
            String table,
            Map<String, AttributeValue> key,
            List<Action> actions,
            Condition condition,
            ReturnValue returnValues,
            boolean returnOldOnFailure)
            implements Op {}

    /**
     * Query one partition, following every page: a sort-key condition and a filter (null when none), a Limit (null
     * when none) and the direction. {@code hashValue} may have the wrong type for an invalid step.
     */
    record Query(
            String table,
            AttributeValue hashValue,
            KeyCondition range,
            Condition filter,
            Integer limit,
            boolean forward)
            implements Op {}

    /** Scan, following every page. */
    record Scan(String table, Condition filter, Integer limit) implements Op {}
}
