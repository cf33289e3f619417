package io.tabletheory.integration.differential;

import io.tabletheory.api.request.CancellationReason;
import io.tabletheory.api.request.ConditionFailedException;
import io.tabletheory.api.request.PageResult;
import io.tabletheory.api.request.TransactionCanceledException;
import io.tabletheory.api.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What one step did on one backend: the result it returned, or the error it raised. */
sealed interface Outcome {
    /**
     * The step succeeded.
     *
     * @param item for GetItem, the item read; for the writes, the returned attributes (empty when none)
     * @param pages for Query and Scan, every page in the order read
     * @param batchItems for BatchGetItem, the items read, in the backend's order
     * @param transactItems for TransactGetItems, one entry per read in request order (empty for a missing item)
     */
    record Succeeded(
            Optional<Map<String, AttributeValue>> item,
            List<PageResult> pages,
            List<Map<String, AttributeValue>> batchItems,
            List<Optional<Map<String, AttributeValue>>> transactItems)
            implements Outcome {
        public Succeeded {
            pages = List.copyOf(pages);
            batchItems = List.copyOf(batchItems);
            transactItems = List.copyOf(transactItems);
        }

        static Succeeded ofItem(Map<String, AttributeValue> attributes) {
            return new Succeeded(
                    attributes.isEmpty() ? Optional.empty() : Optional.of(attributes), List.of(), List.of(), List.of());
        }

        static Succeeded ofRead(Optional<Map<String, AttributeValue>> item) {
            return new Succeeded(item, List.of(), List.of(), List.of());
        }

        static Succeeded ofPages(List<PageResult> pages) {
            return new Succeeded(Optional.empty(), pages, List.of(), List.of());
        }

        static Succeeded ofBatch(List<Map<String, AttributeValue>> items) {
            return new Succeeded(Optional.empty(), List.of(), items, List.of());
        }

        static Succeeded ofTransactGet(List<Optional<Map<String, AttributeValue>>> items) {
            return new Succeeded(Optional.empty(), List.of(), List.of(), items);
        }

        @Override
        public String toString() {
            if (!transactItems.isEmpty()) {
                return "succeeded: " + transactItems;
            }
            if (!batchItems.isEmpty()) {
                return "succeeded: " + batchItems;
            }
            return pages.isEmpty()
                    ? "succeeded: " + item.map(Object::toString).orElse("(no item)")
                    : "succeeded: " + pages;
        }
    }

    /**
     * The step failed.
     *
     * @param type the exception's class
     * @param message its message
     * @param item for a failed condition with ReturnValuesOnConditionCheckFailure, the stored item
     * @param reasons for a cancelled transaction, its cancellation reasons in request order
     */
    record Failed(
            Class<?> type, String message, Optional<Map<String, AttributeValue>> item, List<CancellationReason> reasons)
            implements Outcome {
        public Failed {
            reasons = List.copyOf(reasons);
        }

        static Failed of(RuntimeException error) {
            Optional<Map<String, AttributeValue>> item =
                    error instanceof ConditionFailedException failed ? failed.item() : Optional.empty();
            List<CancellationReason> reasons =
                    error instanceof TransactionCanceledException cancelled ? cancelled.reasons() : List.of();
            return new Failed(error.getClass(), error.getMessage(), item, reasons);
        }

        @Override
        public String toString() {
            return type.getSimpleName() + ": " + message
                    + item.map(i -> " (item " + i + ")").orElse("")
                    + (reasons.isEmpty() ? "" : " " + reasons);
        }
    }
}
