package io.tabletheory.aws.differential;

import io.tabletheory.api.error.ConditionFailedException;
import io.tabletheory.api.request.PageResult;
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
     */
    record Succeeded(
            Optional<Map<String, AttributeValue>> item,
            List<PageResult> pages,
            List<Map<String, AttributeValue>> batchItems)
            implements Outcome {
        public Succeeded {
            pages = List.copyOf(pages);
            batchItems = List.copyOf(batchItems);
        }

        static Succeeded ofItem(Map<String, AttributeValue> attributes) {
            return new Succeeded(
                    attributes.isEmpty() ? Optional.empty() : Optional.of(attributes), List.of(), List.of());
        }

        static Succeeded ofRead(Optional<Map<String, AttributeValue>> item) {
            return new Succeeded(item, List.of(), List.of());
        }

        static Succeeded ofPages(List<PageResult> pages) {
            return new Succeeded(Optional.empty(), pages, List.of());
        }

        static Succeeded ofBatch(List<Map<String, AttributeValue>> items) {
            return new Succeeded(Optional.empty(), List.of(), items);
        }

        @Override
        public String toString() {
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
     */
    record Failed(Class<?> type, String message, Optional<Map<String, AttributeValue>> item) implements Outcome {
        static Failed of(RuntimeException error) {
            Optional<Map<String, AttributeValue>> item =
                    error instanceof ConditionFailedException failed ? failed.item() : Optional.empty();
            return new Failed(error.getClass(), error.getMessage(), item);
        }

        @Override
        public String toString() {
            return type.getSimpleName() + ": " + message
                    + item.map(i -> " (item " + i + ")").orElse("");
        }
    }
}
