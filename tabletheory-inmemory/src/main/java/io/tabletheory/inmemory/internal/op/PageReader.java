package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.request.ConsumedCapacity;
import io.tabletheory.api.request.PageResult;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import io.tabletheory.api.request.Select;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.capacity.CapacityReports;
import io.tabletheory.inmemory.internal.capacity.CapacityUnits;
import io.tabletheory.inmemory.internal.expr.eval.ConditionEvaluator;
import io.tabletheory.inmemory.internal.expr.eval.Projector;
import io.tabletheory.inmemory.internal.item.ItemSize;
import io.tabletheory.inmemory.internal.item.StoredItem;
import io.tabletheory.inmemory.internal.table.IndexDefinition;
import io.tabletheory.inmemory.internal.table.ReadTarget;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one page of a Query or Scan from a walk over its target's entries, as DynamoDB does: every item the walk
 * yields is read (counted in ScannedCount and towards Limit, and its size towards the 1 MB page: the whole item for
 * a table, the index's projection for an index), then filtered (Count), then projected. The page stops once Limit
 * items were read or the data read reached 1 MB (the item that crosses 1 MB is included), and then carries the
 * LastEvaluatedKey of the last item read, even when no item follows. A local index fetches from the table what its
 * projection lacks (for ALL_ATTRIBUTES, a ProjectionExpression or a filter); a global index never does.
 */
final class PageReader {
    /** The data a page reads at most, before the filter: 1 MB. */
    static final long PAGE_BYTES = 1_048_576;

    private PageReader() {}

    static PageResult read(
            ReadTarget target,
            Iterator<StoredItem> walk,
            ReadPlan plan,
            String tableName,
            boolean consistentRead,
            ReturnConsumedCapacity returnConsumedCapacity) {
        Optional<IndexDefinition> index = target.index();
        boolean fetchesFromTable = index.isPresent()
                && !index.get().global()
                && (plan.select() == Select.ALL_ATTRIBUTES
                        || plan.projection().isPresent()
                        || plan.filter().isPresent());
        int limit = plan.limit().orElse(Integer.MAX_VALUE);
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        int scanned = 0;
        int count = 0;
        long bytes = 0;
        Map<String, AttributeValue> last = null;
        boolean stoppedEarly = false;
        while (walk.hasNext()) {
            StoredItem entry = walk.next();
            Map<String, AttributeValue> stored = entry.item();
            Map<String, AttributeValue> indexed = target.returned(stored);
            Map<String, AttributeValue> visible = fetchesFromTable ? stored : indexed;
            scanned++;
            bytes += indexed == stored ? entry.sizeBytes() : ItemSize.of(indexed);
            last = stored;
            boolean passes = plan.filter()
                    .map(filter -> ConditionEvaluator.evaluate(filter, visible, plan.names(), plan.values()))
                    .orElse(true);
            if (passes) {
                count++;
                if (plan.select() != Select.COUNT) {
                    items.add(plan.projection()
                            .map(paths -> Projector.project(visible, paths))
                            .orElse(plan.select() == Select.ALL_PROJECTED_ATTRIBUTES ? indexed : visible));
                }
            }
            if (scanned >= limit || bytes >= PAGE_BYTES) {
                stoppedEarly = true;
                break;
            }
        }
        Map<String, AttributeValue> lastEvaluatedKey = stoppedEarly ? target.lastEvaluatedKey(last) : Map.of();
        long bytesRead = bytes;
        Optional<ConsumedCapacity> capacity = CapacityReports.read(
                returnConsumedCapacity,
                tableName,
                index.map(IndexDefinition::name),
                index.map(IndexDefinition::global).orElse(false),
                () -> CapacityUnits.read(bytesRead, consistentRead));
        return new PageResult(items, count, scanned, lastEvaluatedKey, capacity);
    }
}
