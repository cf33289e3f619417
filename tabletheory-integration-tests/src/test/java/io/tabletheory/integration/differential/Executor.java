package io.tabletheory.integration.differential;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.request.BatchGetItemResult;
import io.tabletheory.api.request.BatchWriteItemResult;
import io.tabletheory.api.request.PageResult;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.api.request.ScanRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs one {@link Step} on one backend and captures its {@link Outcome}, following Query and Scan pages to the end.
 * A batch that leaves anything unprocessed (neither backend should, for batches this small) fails the step.
 */
final class Executor {
    /** More pages than any read of the tiny key space can need; more means a paging loop. */
    private static final int MAX_PAGES = 100;

    private Executor() {}

    static Outcome run(DynamoStore store, Step step) {
        try {
            if (step instanceof Step.Put put) {
                return Outcome.Succeeded.ofItem(store.putItem(put.request()).attributes());
            } else if (step instanceof Step.Get get) {
                return Outcome.Succeeded.ofRead(store.getItem(get.request()).item());
            } else if (step instanceof Step.Delete delete) {
                return Outcome.Succeeded.ofItem(
                        store.deleteItem(delete.request()).attributes());
            } else if (step instanceof Step.Update update) {
                return Outcome.Succeeded.ofItem(
                        store.updateItem(update.request()).attributes());
            } else if (step instanceof Step.Query query) {
                return Outcome.Succeeded.ofPages(query(store, query.request()));
            } else if (step instanceof Step.Scan scan) {
                return Outcome.Succeeded.ofPages(scan(store, scan.request()));
            } else if (step instanceof Step.BatchWrite batchWrite) {
                BatchWriteItemResult result = store.batchWriteItem(batchWrite.request());
                if (!result.unprocessedItems().isEmpty()) {
                    throw new IllegalStateException("unprocessed items: " + result.unprocessedItems());
                }
                return Outcome.Succeeded.ofItem(Map.of());
            } else if (step instanceof Step.BatchGet batchGet) {
                BatchGetItemResult result = store.batchGetItem(batchGet.request());
                if (!result.unprocessedKeys().isEmpty()) {
                    throw new IllegalStateException("unprocessed keys: " + result.unprocessedKeys());
                }
                return Outcome.Succeeded.ofBatch(result.responses().values().stream()
                        .flatMap(List::stream)
                        .toList());
            } else if (step instanceof Step.TransactWrite transactWrite) {
                store.transactWriteItems(transactWrite.request());
                return Outcome.Succeeded.ofItem(Map.of());
            } else if (step instanceof Step.TransactGet transactGet) {
                return Outcome.Succeeded.ofTransactGet(
                        store.transactGetItems(transactGet.request()).responses());
            }
            throw new IllegalStateException("unknown step " + step);
        } catch (RuntimeException error) {
            return Outcome.Failed.of(error);
        }
    }

    private static List<PageResult> query(DynamoStore store, QueryRequest request) {
        List<PageResult> pages = new ArrayList<>();
        QueryRequest next = request;
        while (true) {
            PageResult page = store.query(next);
            pages.add(page);
            if (!page.hasMore()) {
                return pages;
            }
            if (pages.size() == MAX_PAGES) {
                throw new IllegalStateException("more than " + MAX_PAGES + " pages");
            }
            next = next.toBuilder().exclusiveStartKey(page.lastEvaluatedKey()).build();
        }
    }

    private static List<PageResult> scan(DynamoStore store, ScanRequest request) {
        List<PageResult> pages = new ArrayList<>();
        ScanRequest next = request;
        while (true) {
            PageResult page = store.scan(next);
            pages.add(page);
            if (!page.hasMore()) {
                return pages;
            }
            if (pages.size() == MAX_PAGES) {
                throw new IllegalStateException("more than " + MAX_PAGES + " pages");
            }
            next = next.toBuilder().exclusiveStartKey(page.lastEvaluatedKey()).build();
        }
    }
}
