package io.tabletheory.engine.internal.batch;

import io.tabletheory.BatchProgress;
import io.tabletheory.api.error.BatchIncompleteException;
import io.tabletheory.api.error.TableTheoryException;
import io.tabletheory.api.error.ThrottlingException;
import io.tabletheory.api.port.ItemStore;
import io.tabletheory.api.request.BatchWriteItemResult;
import io.tabletheory.api.request.WriteRequest;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.call.MissingTables;
import io.tabletheory.engine.internal.retry.Backoff;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sends a batch's writes as BatchWriteItem requests of up to 25, one after another, and retries each request's
 * unprocessed writes (and throttled requests) with {@link Backoff} until none is left or the attempts run out. Then,
 * or when the backend refuses a request, it stops with a {@link BatchIncompleteException} holding exactly the
 * caller's objects not written: the request's leftovers and every later write, in the order given.
 */
public final class BatchWriter {
    private final ItemStore store;
    private final Backoff backoff;
    private final BatchProgress progress;
    private int done;
    private int total;

    /** A writer of one call, sending to {@code store} and reporting to {@code progress}. Not thread-safe. */
    public BatchWriter(ItemStore store, Backoff backoff, BatchProgress progress) {
        this.store = store;
        this.backoff = backoff;
        this.progress = progress;
    }

    /**
     * Writes every entry exactly once.
     *
     * @throws BatchIncompleteException with the entries' sources not written
     */
    public void write(String operation, List<BatchWriteEntry> entries) {
        List<List<BatchWriteEntry>> chunks = BatchPlans.chunks(entries, BatchPlans.WRITE_CHUNK);
        done = 0;
        total = entries.size();
        for (int index = 0; index < chunks.size(); index++) {
            writeChunk(operation, chunks, index);
        }
    }

    /** Sends chunk {@code index} until it is written, or throws when it is out of attempts. */
    private void writeChunk(String operation, List<List<BatchWriteEntry>> chunks, int index) {
        List<BatchWriteEntry> pending = chunks.get(index);
        ThrottlingException lastThrottle = null;
        for (int attempt = 1; attempt <= backoff.maxAttempts() && !pending.isEmpty(); attempt++) {
            try {
                if (attempt > 1) {
                    backoff.pauseBefore(attempt - 1);
                }
                List<BatchWriteEntry> sent = pending;
                pending = unprocessed(
                        sent,
                        MissingTables.named(
                                sent.stream().map(BatchWriteEntry::tableName).toList(),
                                () -> store.batchWriteItem(BatchPlans.writeRequest(sent))));
                done += sent.size() - pending.size();
                report(operation, pending, chunks, index);
            } catch (ThrottlingException throttled) {
                // the whole request was refused for now: retry all of it after the next wait
                lastThrottle = throttled;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw incomplete(
                        operation,
                        pending,
                        chunks.subList(index + 1, chunks.size()),
                        interrupted,
                        "the thread was interrupted while waiting to retry");
            } catch (BatchIncompleteException stopped) {
                throw stopped;
            } catch (TableTheoryException refused) {
                throw incomplete(
                        operation,
                        pending,
                        chunks.subList(index + 1, chunks.size()),
                        refused,
                        "the backend refused a request: " + refused.getMessage());
            }
        }
        if (!pending.isEmpty()) {
            BatchIncompleteException incomplete = incomplete(
                    operation, pending, chunks.subList(index + 1, chunks.size()), lastThrottle, tooManyAttempts());
            BatchLog.budgetExhausted(incomplete);
            throw incomplete;
        }
    }

    private void report(
            String operation, List<BatchWriteEntry> pending, List<List<BatchWriteEntry>> chunks, int index) {
        try {
            progress.progressed(done, total);
        } catch (RuntimeException failed) {
            throw incomplete(
                    operation,
                    pending,
                    chunks.subList(index + 1, chunks.size()),
                    failed,
                    "the progress callback threw " + failed);
        }
    }

    /** The entries of {@code sent} that the result reports unprocessed, in the order sent. */
    private static List<BatchWriteEntry> unprocessed(List<BatchWriteEntry> sent, BatchWriteItemResult result) {
        if (result.unprocessedItems().values().stream().allMatch(List::isEmpty)) {
            return List.of();
        }
        Map<String, Set<String>> keyNames = new HashMap<>();
        for (BatchWriteEntry entry : sent) {
            keyNames.putIfAbsent(entry.tableName(), entry.key().keySet());
        }
        Set<List<Object>> left = new LinkedHashSet<>();
        result.unprocessedItems().forEach((table, requests) -> {
            Set<String> names = keyNames.getOrDefault(table, Set.of());
            requests.forEach(request -> left.add(List.of(table, keyOf(request, names))));
        });
        List<BatchWriteEntry> pending = new ArrayList<>();
        for (BatchWriteEntry entry : sent) {
            if (left.remove(List.of(entry.tableName(), entry.key()))) {
                pending.add(entry);
            }
        }
        if (!left.isEmpty()) {
            throw new IllegalStateException("the store reported unprocessed writes that were not sent: " + left);
        }
        return pending;
    }

    private static Map<String, AttributeValue> keyOf(WriteRequest request, Set<String> keyNames) {
        return request.accept(new WriteRequest.Visitor<Map<String, AttributeValue>>() {
            @Override
            public Map<String, AttributeValue> visitPut(WriteRequest.Put put) {
                Map<String, AttributeValue> key = new LinkedHashMap<>();
                keyNames.forEach(name -> {
                    if (put.item().containsKey(name)) {
                        key.put(name, put.item().get(name));
                    }
                });
                return key;
            }

            @Override
            public Map<String, AttributeValue> visitDelete(WriteRequest.Delete delete) {
                return delete.key();
            }
        });
    }

    private String tooManyAttempts() {
        return "DynamoDB still left them unprocessed after " + backoff.maxAttempts() + " attempts (raise"
                + " RetryPolicy.maxAttempts, or retry them later)";
    }

    private static BatchIncompleteException incomplete(
            String operation,
            List<BatchWriteEntry> pending,
            List<List<BatchWriteEntry>> later,
            Throwable cause,
            String reason) {
        List<BatchWriteEntry> left = new ArrayList<>(pending);
        later.forEach(left::addAll);
        String tables = left.stream().map(BatchWriteEntry::tableName).distinct().collect(Collectors.joining(", "));
        return new BatchIncompleteException(
                operation + ": " + left.size() + " writes to " + tables + " were not applied: " + reason,
                left.stream().map(BatchWriteEntry::source).toList(),
                List.of(),
                cause);
    }
}
