package io.tabletheory.engine.internal.batch;

import io.tabletheory.BatchProgress;
import io.tabletheory.api.error.BatchIncompleteException;
import io.tabletheory.api.error.TableTheoryException;
import io.tabletheory.api.error.ThrottlingException;
import io.tabletheory.api.port.ItemStore;
import io.tabletheory.api.request.BatchGetItemResult;
import io.tabletheory.api.request.KeysAndAttributes;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.call.MissingTables;
import io.tabletheory.engine.internal.call.ReadSettings;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import io.tabletheory.engine.internal.retry.Backoff;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a batch of one model's keys as BatchGetItem requests of up to 100, one after another, retrying each
 * request's unprocessed keys (and throttled requests) with {@link Backoff} until none is left or the attempts run
 * out, and returns the items found in the order of the keys given. When it stops early it throws a
 * {@link BatchIncompleteException} with exactly the caller's keys not read and the items read so far.
 */
public final class BatchReader {
    private final ItemStore store;
    private final Backoff backoff;
    private final BatchProgress progress;

    /** A reader of one call, reading {@code store} and reporting to {@code progress}. */
    public BatchReader(ItemStore store, Backoff backoff, BatchProgress progress) {
        this.store = store;
        this.backoff = backoff;
        this.progress = progress;
    }

    /**
     * The items found for {@code keys}, in their order, missing ones left out.
     *
     * @throws BatchIncompleteException with the keys' sources not read
     */
    public <T> List<T> read(String operation, ModelSchema<T> schema, ReadSettings settings, List<BatchKey> keys) {
        Map<Map<String, AttributeValue>, Map<String, AttributeValue>> found = new HashMap<>();
        List<List<BatchKey>> chunks = BatchPlans.chunks(keys, BatchPlans.GET_CHUNK);
        int done = 0;
        for (int index = 0; index < chunks.size(); index++) {
            List<BatchKey> pending = chunks.get(index);
            ThrottlingException lastThrottle = null;
            for (int attempt = 1; attempt <= backoff.maxAttempts() && !pending.isEmpty(); attempt++) {
                try {
                    if (attempt > 1) {
                        backoff.pauseBefore(attempt - 1);
                    }
                    List<BatchKey> sent = pending;
                    BatchGetItemResult result = MissingTables.named(
                            schema.tableName(),
                            () -> store.batchGetItem(BatchPlans.getRequest(schema, settings, sent)));
                    result.responses()
                            .getOrDefault(schema.tableName(), List.of())
                            .forEach(item -> found.put(schema.keyOf(item), item));
                    pending = unprocessed(schema, sent, result);
                    done += sent.size() - pending.size();
                    report(operation, schema, keys, found, chunks, index, pending, done);
                } catch (ThrottlingException throttled) {
                    // the whole request was refused for now: retry all of it after the next wait
                    lastThrottle = throttled;
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw incomplete(
                            operation,
                            schema,
                            keys,
                            found,
                            chunks,
                            index,
                            pending,
                            interrupted,
                            "the thread was interrupted while waiting to retry");
                } catch (BatchIncompleteException stopped) {
                    throw stopped;
                } catch (TableTheoryException refused) {
                    throw incomplete(
                            operation,
                            schema,
                            keys,
                            found,
                            chunks,
                            index,
                            pending,
                            refused,
                            "the backend refused a request: " + refused.getMessage());
                }
            }
            if (!pending.isEmpty()) {
                BatchIncompleteException incomplete = incomplete(
                        operation,
                        schema,
                        keys,
                        found,
                        chunks,
                        index,
                        pending,
                        lastThrottle,
                        "DynamoDB still left them unprocessed after " + backoff.maxAttempts() + " attempts (raise"
                                + " RetryPolicy.maxAttempts, or read them later)");
                BatchLog.budgetExhausted(incomplete);
                throw incomplete;
            }
        }
        return inOrder(schema, keys, found);
    }

    private void report(
            String operation,
            ModelSchema<?> schema,
            List<BatchKey> keys,
            Map<Map<String, AttributeValue>, Map<String, AttributeValue>> found,
            List<List<BatchKey>> chunks,
            int index,
            List<BatchKey> pending,
            int done) {
        try {
            progress.progressed(done, keys.size());
        } catch (RuntimeException failed) {
            throw incomplete(
                    operation,
                    schema,
                    keys,
                    found,
                    chunks,
                    index,
                    pending,
                    failed,
                    "the progress callback threw " + failed);
        }
    }

    private static List<BatchKey> unprocessed(ModelSchema<?> schema, List<BatchKey> sent, BatchGetItemResult result) {
        KeysAndAttributes left = result.unprocessedKeys().get(schema.tableName());
        if (left == null || left.keys().isEmpty()) {
            return List.of();
        }
        Set<Map<String, AttributeValue>> leftKeys = new HashSet<>(left.keys());
        return sent.stream().filter(key -> leftKeys.contains(key.key())).toList();
    }

    private static <T> List<T> inOrder(
            ModelSchema<T> schema,
            List<BatchKey> keys,
            Map<Map<String, AttributeValue>, Map<String, AttributeValue>> found) {
        List<T> items = new ArrayList<>();
        for (BatchKey key : keys) {
            Map<String, AttributeValue> item = found.get(key.key());
            if (item != null) {
                items.add(schema.mapping().read(item));
            }
        }
        return items;
    }

    private static BatchIncompleteException incomplete(
            String operation,
            ModelSchema<?> schema,
            List<BatchKey> keys,
            Map<Map<String, AttributeValue>, Map<String, AttributeValue>> found,
            List<List<BatchKey>> chunks,
            int index,
            List<BatchKey> pending,
            Throwable cause,
            String reason) {
        List<BatchKey> left = new ArrayList<>(pending);
        chunks.subList(index + 1, chunks.size()).forEach(left::addAll);
        return new BatchIncompleteException(
                operation + ": " + left.size() + " keys of table " + schema.tableName() + " were not read: " + reason,
                left.stream().map(BatchKey::source).toList(),
                inOrder(schema, keys, found),
                cause);
    }
}
