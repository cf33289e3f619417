package io.tabletheory.aws.differential;

import io.tabletheory.api.request.CancellationReason;
import io.tabletheory.api.request.PageResult;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.testkit.contract.Backend;
import io.tabletheory.testkit.contract.DynamoErrors;
import io.tabletheory.testkit.contract.KnownDivergences;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether the emulator's outcome of a step agrees with DynamoDB Local's, by the research's policy (§3c): error types
 * exactly, messages after {@link DynamoErrors#normalise normalising} or through a recorded {@link KnownDivergences}
 * entry; returned items exactly; Query pages in order on the table, and on an index in order up to items that share
 * an index sort key (whose order DynamoDB leaves unspecified); Scan results as a multiset with equal totals, since
 * the order of partitions is unspecified; BatchGetItem responses as a multiset, since their order is unspecified too;
 * TransactGetItems responses in request order; a cancelled transaction's reasons by their codes and the items they
 * return, in request order (not by their messages, which DynamoDB documents only loosely).
 */
final class Comparison {
    private Comparison() {}

    /** How the two outcomes differ, or empty when they agree. */
    static Optional<String> difference(Step step, Outcome emulator, Outcome local) {
        if (emulator instanceof Outcome.Failed mine && local instanceof Outcome.Failed theirs) {
            return errors(mine, theirs);
        }
        if (!(emulator instanceof Outcome.Succeeded mine) || !(local instanceof Outcome.Succeeded theirs)) {
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
            List<Map<String, AttributeValue>> emulator, List<Map<String, AttributeValue>> local) {
        Map<Map<String, AttributeValue>, Integer> mine = multiset(emulator);
        Map<Map<String, AttributeValue>, Integer> theirs = multiset(local);
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
        return Optional.of("only on the emulator: " + onlyMine + "; only on DynamoDB Local: " + onlyTheirs);
    }

    private static Optional<String> errors(Outcome.Failed mine, Outcome.Failed theirs) {
        if (!mine.type().equals(theirs.type())) {
            return Optional.of("error types differ");
        }
        boolean sameMessage = DynamoErrors.sameMessage(mine.message(), theirs.message())
                || KnownDivergences.excusing(mine.message(), theirs.message()).isPresent();
        if (!sameMessage) {
            return Optional.of("error messages differ (and no KnownDivergences entry excuses DynamoDB Local's)");
        }
        if (!sameFailedItem(mine.item(), theirs.item())) {
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
            if (!sameFailedItem(
                    optional(mine.get(i).item()), optional(theirs.get(i).item()))) {
                return Optional.of("items of cancellation reason " + i + " differ");
            }
        }
        return Optional.empty();
    }

    private static Optional<Map<String, AttributeValue>> optional(Map<String, AttributeValue> item) {
        return item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    /**
     * Whether the items returned with a failed condition agree: equal, or the emulator's holds a nested empty map
     * and DynamoDB Local returned none (the recorded divergence).
     */
    private static boolean sameFailedItem(
            Optional<Map<String, AttributeValue>> mine, Optional<Map<String, AttributeValue>> theirs) {
        if (mine.equals(theirs)) {
            return true;
        }
        return theirs.isEmpty()
                && mine.map(Comparison::holdsNestedEmptyMap).orElse(false)
                && KnownDivergences.shows(
                        Backend.DYNAMODB_LOCAL, KnownDivergences.NESTED_EMPTY_MAP_IN_FAILED_CONDITION_ITEM);
    }

    /** Whether an item holds an empty map inside a list or map (see the recorded divergence). */
    private static boolean holdsNestedEmptyMap(Map<String, AttributeValue> item) {
        return item.values().stream().anyMatch(value -> nestedEmptyMap(value, false));
    }

    private static boolean nestedEmptyMap(AttributeValue value, boolean nested) {
        if (value instanceof AttributeValue.MapValue map) {
            return (nested && map.values().isEmpty())
                    || map.values().values().stream().anyMatch(element -> nestedEmptyMap(element, true));
        }
        if (value instanceof AttributeValue.ListValue list) {
            return list.values().stream().anyMatch(element -> nestedEmptyMap(element, true));
        }
        return false;
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
