package io.tabletheory.integration.differential;

import io.tabletheory.api.request.CancellationReason;
import io.tabletheory.api.request.PageResult;
import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether the emulator's outcome of a step in-process agrees with its outcome behind tabletheory-server, by the
 * research's policy (§3c), made strict where the two are the same engine: error types and messages exactly (the
 * adapter must hand the server's message through unchanged); returned items exactly; Query pages in order on the table, and on an index in order up to items that share
 * an index sort key (whose order DynamoDB leaves unspecified); Scan results as a multiset with equal totals, since
 * the order of partitions is unspecified; BatchGetItem responses as a multiset, since their order is unspecified too;
 * TransactGetItems responses in request order; a cancelled transaction's reasons by their codes, messages and the
 * items they return, in request order.
 */
final class Comparison {
    private Comparison() {}

    /** How the two outcomes differ, or empty when they agree. */
    static Optional<String> difference(Step step, Outcome emulator, Outcome served) {
        if (emulator instanceof Outcome.Failed mine && served instanceof Outcome.Failed theirs) {
            return errors(mine, theirs);
        }
        if (!(emulator instanceof Outcome.Succeeded mine) || !(served instanceof Outcome.Succeeded theirs)) {
            return Optional.of("one backend failed and the other succeeded");
        }
        if (step instanceof Step.Query query) {
            return query.request().indexName().isPresent()
                    ? indexQuery(indexSortKey(query.request().indexName().get()), mine.pages(), theirs.pages())
                    : tableQuery(mine.pages(), theirs.pages());
        }
        if (step instanceof Step.Scan) {
            return scan(mine.pages(), theirs.pages());
        }
        if (step instanceof Step.TransactGet) {
            return mine.transactItems().equals(theirs.transactItems())
                    ? Optional.empty()
                    : Optional.of("transactionally read items differ");
        }
        if (step instanceof Step.BatchGet) {
            return contents(mine.batchItems(), theirs.batchItems()).map(difference -> "items differ: " + difference);
        }
        return mine.item().equals(theirs.item()) ? Optional.empty() : Optional.of("returned items differ");
    }

    /** How two sets of items (a table's or index's whole contents) differ, or empty when equal as multisets. */
    static Optional<String> contents(
            List<Map<String, AttributeValue>> emulator, List<Map<String, AttributeValue>> served) {
        Map<Map<String, AttributeValue>, Integer> mine = multiset(emulator);
        Map<Map<String, AttributeValue>, Integer> theirs = multiset(served);
        if (mine.equals(theirs)) {
            return Optional.empty();
        }
        List<Map<String, AttributeValue>> onlyMine = new ArrayList<>();
        List<Map<String, AttributeValue>> onlyTheirs = new ArrayList<>();
        mine.forEach((item, count) -> {
            if (!count.equals(theirs.get(item))) {
                onlyMine.add(item);
            }
        });
        theirs.forEach((item, count) -> {
            if (!count.equals(mine.get(item))) {
                onlyTheirs.add(item);
            }
        });
        return Optional.of("only on the emulator: " + onlyMine + "; only behind the server: " + onlyTheirs);
    }

    private static Optional<String> errors(Outcome.Failed mine, Outcome.Failed theirs) {
        if (!mine.type().equals(theirs.type())) {
            return Optional.of("error types differ");
        }
        if (!Objects.equals(mine.message(), theirs.message())) {
            return Optional.of("error messages differ");
        }
        if (!mine.item().equals(theirs.item())) {
            return Optional.of("the items returned with the failed condition differ");
        }
        return reasons(mine.reasons(), theirs.reasons());
    }

    private static Optional<String> reasons(List<CancellationReason> mine, List<CancellationReason> theirs) {
        if (mine.size() != theirs.size()) {
            return Optional.of("cancellation reason counts differ: " + mine.size() + " vs " + theirs.size());
        }
        for (int i = 0; i < mine.size(); i++) {
            if (!mine.get(i).code().equals(theirs.get(i).code())) {
                return Optional.of("codes of cancellation reason " + i + " differ");
            }
            if (!Objects.equals(mine.get(i).message(), theirs.get(i).message())) {
                return Optional.of("messages of cancellation reason " + i + " differ");
            }
            if (!mine.get(i).item().equals(theirs.get(i).item())) {
                return Optional.of("items of cancellation reason " + i + " differ");
            }
        }
        return Optional.empty();
    }

    /**
     * Drops a final empty page (no items, nothing scanned) that one backend has and the other has not: DynamoDB
     * sometimes knows a Limit-paged read is at its end and sometimes returns one more, empty, page (research §1.11 and
     * §3c); the page before it then differs only in carrying a LastEvaluatedKey.
     */
    private static List<List<PageResult>> withoutExtraEmptyPage(List<PageResult> mine, List<PageResult> theirs) {
        List<PageResult> left = mine;
        List<PageResult> right = theirs;
        if (left.size() == right.size() + 1 && emptyLast(left)) {
            left = left.subList(0, left.size() - 1);
        } else if (right.size() == left.size() + 1 && emptyLast(right)) {
            right = right.subList(0, right.size() - 1);
        } else {
            return List.of(left, right);
        }
        return List.of(withoutLastKey(left), withoutLastKey(right));
    }

    private static boolean emptyLast(List<PageResult> pages) {
        PageResult last = pages.get(pages.size() - 1);
        return pages.size() > 1 && last.items().isEmpty() && last.count() == 0 && last.scannedCount() == 0;
    }

    private static List<PageResult> withoutLastKey(List<PageResult> pages) {
        List<PageResult> copy = new ArrayList<>(pages);
        PageResult last = copy.get(copy.size() - 1);
        copy.set(
                copy.size() - 1,
                new PageResult(last.items(), last.count(), last.scannedCount(), Map.of(), last.consumedCapacity()));
        return copy;
    }

    private static Optional<String> tableQuery(List<PageResult> emulator, List<PageResult> local) {
        List<List<PageResult>> aligned = withoutExtraEmptyPage(emulator, local);
        List<PageResult> mine = aligned.get(0);
        List<PageResult> theirs = aligned.get(1);
        if (mine.size() != theirs.size()) {
            return Optional.of("page counts differ: " + mine.size() + " vs " + theirs.size());
        }
        for (int i = 0; i < mine.size(); i++) {
            PageResult left = mine.get(i);
            PageResult right = theirs.get(i);
            if (!left.items().equals(right.items())) {
                return Optional.of("items of page " + i + " differ");
            }
            if (left.count() != right.count() || left.scannedCount() != right.scannedCount()) {
                return Optional.of("Count or ScannedCount of page " + i + " differ");
            }
            if (left.hasMore() != right.hasMore()) {
                return Optional.of("LastEvaluatedKey presence on page " + i + " differs");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> indexQuery(String sortKey, List<PageResult> emulator, List<PageResult> local) {
        List<List<PageResult>> aligned = withoutExtraEmptyPage(emulator, local);
        List<PageResult> mine = aligned.get(0);
        List<PageResult> theirs = aligned.get(1);
        if (mine.size() != theirs.size()) {
            return Optional.of("page counts differ: " + mine.size() + " vs " + theirs.size());
        }
        for (int i = 0; i < mine.size(); i++) {
            if (mine.get(i).scannedCount() != theirs.get(i).scannedCount()) {
                return Optional.of("ScannedCount of page " + i + " differs");
            }
            if (mine.get(i).hasMore() != theirs.get(i).hasMore()) {
                return Optional.of("LastEvaluatedKey presence on page " + i + " differs");
            }
        }
        if (total(mine) != total(theirs)) {
            return Optional.of("total Count differs");
        }
        List<Map<String, AttributeValue>> left = items(mine);
        List<Map<String, AttributeValue>> right = items(theirs);
        boolean keyed = left.stream().allMatch(item -> item.containsKey(sortKey))
                && right.stream().allMatch(item -> item.containsKey(sortKey));
        if (!keyed) {
            return contents(left, right).map(difference -> "items differ: " + difference);
        }
        List<List<Map<String, AttributeValue>>> leftRuns = runs(sortKey, left);
        List<List<Map<String, AttributeValue>>> rightRuns = runs(sortKey, right);
        if (leftRuns.size() != rightRuns.size()) {
            return Optional.of("items differ in index sort key order");
        }
        for (int i = 0; i < leftRuns.size(); i++) {
            Optional<String> run = contents(leftRuns.get(i), rightRuns.get(i));
            if (run.isPresent()
                    || !Objects.equals(
                            leftRuns.get(i).get(0).get(sortKey),
                            rightRuns.get(i).get(0).get(sortKey))) {
                return Optional.of(
                        "items with index sort key " + leftRuns.get(i).get(0).get(sortKey) + " differ");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> scan(List<PageResult> mine, List<PageResult> theirs) {
        if (total(mine) != total(theirs)) {
            return Optional.of("total Count differs");
        }
        int scannedMine = mine.stream().mapToInt(PageResult::scannedCount).sum();
        int scannedTheirs = theirs.stream().mapToInt(PageResult::scannedCount).sum();
        if (scannedMine != scannedTheirs) {
            return Optional.of("total ScannedCount differs");
        }
        return contents(items(mine), items(theirs)).map(difference -> "items differ: " + difference);
    }

    private static String indexSortKey(String index) {
        return index.equals(Schema.GSI) ? Schema.GSI_SK : Schema.LSI_SK;
    }

    private static int total(List<PageResult> pages) {
        return pages.stream().mapToInt(PageResult::count).sum();
    }

    private static List<Map<String, AttributeValue>> items(List<PageResult> pages) {
        return pages.stream().flatMap(page -> page.items().stream()).toList();
    }

    private static List<List<Map<String, AttributeValue>>> runs(
            String sortKey, List<Map<String, AttributeValue>> items) {
        List<List<Map<String, AttributeValue>>> runs = new ArrayList<>();
        for (Map<String, AttributeValue> item : items) {
            if (runs.isEmpty() || !runs.get(runs.size() - 1).get(0).get(sortKey).equals(item.get(sortKey))) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(item);
        }
        return runs;
    }

    private static Map<Map<String, AttributeValue>, Integer> multiset(List<Map<String, AttributeValue>> items) {
        Map<Map<String, AttributeValue>, Integer> counts = new HashMap<>();
        items.forEach(item -> counts.merge(item, 1, Integer::sum));
        return counts;
    }
}
