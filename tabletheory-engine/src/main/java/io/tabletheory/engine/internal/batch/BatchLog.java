package io.tabletheory.engine.internal.batch;

import io.tabletheory.api.error.BatchIncompleteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The batch runners' one log line: a WARN when a retry budget runs out, something an operator should act on (raise
 * the budget or the table's capacity), logged under {@code io.tabletheory.Batch}.
 */
final class BatchLog {
    private static final Logger LOG = LoggerFactory.getLogger("io.tabletheory.Batch");

    private BatchLog() {}

    static void budgetExhausted(BatchIncompleteException incomplete) {
        LOG.warn("{}", incomplete.getMessage());
    }
}
