package io.tabletheory.inmemory.reference;

import io.tabletheory.api.request.ReturnValue;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.api.value.AttributeValue.NumberSetValue;
import io.tabletheory.api.value.AttributeValue.NumberValue;
import io.tabletheory.api.value.AttributeValue.StringSetValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A deliberately simple, slow model of DynamoDB's item operations, Query and Scan: each table is a plain list of
 * items, every request is a loop over it, nothing is indexed or cached. Its only job is to be obviously right, so that
 * {@link ReferenceModelDifferentialTest} can hold the emulator's fast paths to it.
 *
 * <p>It knows only what the generator produces: top-level attribute names, the core of the condition language, SET
 * (value, copy, {@code +}/{@code -}), REMOVE and ADD (numbers, string and number sets), and the obvious refusals (a
 * failed condition, an update of a key attribute, two actions on one attribute, arithmetic on a missing or non-number
 * attribute, an item over 400 KB, a key condition of the wrong type, a Query filter on a key attribute, a comparison
 * of an attribute with itself). Static refusals come before the condition, the condition before the update's own.
 */
final class ReferenceModel {
    private static final String CONDITION_FAILED = "ConditionFailedException";
    private static final String VALIDATION = "ValidationException";

    private final Map<String, TableSpec> tables = new HashMap<>();
    private final Map<String, List<Map<String, AttributeValue>>> items = new HashMap<>();

    void createTable(TableSpec table) {
        tables.put(table.name(), table);
        items.put(table.name(), new ArrayList<>());
    }

    /** Every item of {@code table}, in no particular order. */
    List<Map<String, AttributeValue>> contents(String table) {
        return List.copyOf(items.get(table));
    }

    Outcome apply(Op op) {
        if (op instanceof Op.Put put) {
            return put(put);
        }
        if (op instanceof Op.Get get) {
            return get(get);
        }
        if (op instanceof Op.Delete delete) {
            return delete(delete);
        }
        if (op instanceof Op.Update update) {
            return update(update);
        }
        if (op instanceof Op.Query query) {
            return query(query);
        }
        throw new IllegalArgumentException("scan needs the partition order: " + op);
    }

    // ---- single items

    private Map<String, AttributeValue> find(TableSpec table, Map<String, AttributeValue> key) {
        for (Map<String, AttributeValue> item : items.get(table.name())) {
            if (table.keyOf(item).equals(key)) {
                return item;
            }
        }
        return null;
    }

    private void replace(TableSpec table, Map<String, AttributeValue> key, Map<String, AttributeValue> item) {
        List<Map<String, AttributeValue>> list = items.get(table.name());
        list.removeIf(existing -> table.keyOf(existing).equals(key));
        if (item != null) {
            list.add(Map.copyOf(item));
        }
    }

    private static Outcome conditionFailed(Map<String, AttributeValue> old, boolean returnOld) {
        return new Outcome.Failure(CONDITION_FAILED, returnOld && old != null ? Optional.of(old) : Optional.empty());
    }

    private static Outcome validation() {
        return new Outcome.Failure(VALIDATION, Optional.empty());
    }

    private static Outcome old(Map<String, AttributeValue> old, ReturnValue returnValues) {
        return new Outcome.Attributes(returnValues == ReturnValue.ALL_OLD && old != null ? old : Map.of());
    }

    private Outcome put(Op.Put put) {
        TableSpec table = tables.get(put.table());
        if (Values.itemSize(put.item()) > Values.MAX_ITEM_SIZE || comparesAttributeWithItself(put.condition())) {
            return validation();
        }
        Map<String, AttributeValue> key = table.keyOf(put.item());
        Map<String, AttributeValue> old = find(table, key);
        if (put.condition() != null && !holds(put.condition(), old)) {
            return conditionFailed(old, put.returnOldOnFailure());
        }
        replace(table, key, put.item());
        return old(old, put.returnValues());
    }

    private Outcome get(Op.Get get) {
        Map<String, AttributeValue> item = find(tables.get(get.table()), get.key());
        if (item == null) {
            return new Outcome.Item(Optional.empty());
        }
        if (get.projection() == null) {
            return new Outcome.Item(Optional.of(item));
        }
        Map<String, AttributeValue> projected = new HashMap<>();
        for (String name : get.projection()) {
            if (item.containsKey(name)) {
                projected.put(name, item.get(name));
            }
        }
        return new Outcome.Item(Optional.of(projected));
    }

    private Outcome delete(Op.Delete delete) {
        TableSpec table = tables.get(delete.table());
        if (comparesAttributeWithItself(delete.condition())) {
            return validation();
        }
        Map<String, AttributeValue> old = find(table, delete.key());
        if (delete.condition() != null && !holds(delete.condition(), old)) {
            return conditionFailed(old, delete.returnOldOnFailure());
        }
        replace(table, delete.key(), null);
        return old(old, delete.returnValues());
    }

    private Outcome update(Op.Update update) {
        TableSpec table = tables.get(update.table());
        Set<String> targets = new HashSet<>();
        for (Action action : update.actions()) {
            if (table.isKey(action.target()) || !targets.add(action.target())) {
                return validation();
            }
        }
        if (comparesAttributeWithItself(update.condition())) {
            return validation();
        }
        Map<String, AttributeValue> old = find(table, update.key());
        if (update.condition() != null && !holds(update.condition(), old)) {
            return conditionFailed(old, update.returnOldOnFailure());
        }
        // A missing item is updated as if it held its key alone (so SET a = pk works on a new item).
        Map<String, AttributeValue> before = old == null ? update.key() : old;
        Map<String, AttributeValue> after = new HashMap<>(before);
        boolean creates = false;
        for (Action action : update.actions()) {
            // Every operand is read from the item as it was before the update.
            if (action instanceof Action.SetValue set) {
                after.put(set.target(), set.value());
                creates = true;
            } else if (action instanceof Action.SetCopy copy) {
                AttributeValue source = before.get(copy.source());
                if (source == null) {
                    return validation();
                }
                after.put(copy.target(), source);
                creates = true;
            } else if (action instanceof Action.SetArithmetic arithmetic) {
                AttributeValue source = before.get(arithmetic.source());
                if (!(source instanceof NumberValue number)) {
                    return validation();
                }
                BigDecimal operand = ((NumberValue) arithmetic.number()).bigDecimalValue();
                BigDecimal result = arithmetic.plus()
                        ? number.bigDecimalValue().add(operand)
                        : number.bigDecimalValue().subtract(operand);
                after.put(arithmetic.target(), AttributeValue.ofNumber(result));
                creates = true;
            } else if (action instanceof Action.Remove remove) {
                after.remove(remove.target());
            } else {
                Action.Add add = (Action.Add) action;
                AttributeValue current = before.get(add.target());
                AttributeValue sum = add(current, add.value());
                if (sum == null) {
                    return validation();
                }
                after.put(add.target(), sum);
                creates = true;
            }
        }
        boolean exists = old != null || creates;
        if (exists) {
            after.putAll(update.key());
            if (Values.itemSize(after) > Values.MAX_ITEM_SIZE) {
                return validation();
            }
            replace(table, update.key(), after);
        }
        Map<String, AttributeValue> returned = new HashMap<>();
        switch (update.returnValues()) {
            case NONE -> {}
            case ALL_OLD -> {
                if (old != null) {
                    returned.putAll(old);
                }
            }
            case ALL_NEW -> {
                if (exists) {
                    returned.putAll(after);
                }
            }
            case UPDATED_OLD -> targets.stream()
                    .filter(before::containsKey)
                    .forEach(name -> returned.put(name, before.get(name)));
            case UPDATED_NEW -> targets.stream()
                    .filter(after::containsKey)
                    .forEach(name -> returned.put(name, after.get(name)));
        }
        return new Outcome.Attributes(returned);
    }

    /** ADD: a number adds (a missing attribute counts as 0), a set unites; null when the types do not fit. */
    private static AttributeValue add(AttributeValue current, AttributeValue operand) {
        if (current == null) {
            return operand;
        }
        if (current instanceof NumberValue a && operand instanceof NumberValue b) {
            return AttributeValue.ofNumber(a.bigDecimalValue().add(b.bigDecimalValue()));
        }
        if (current instanceof StringSetValue a && operand instanceof StringSetValue b) {
            Set<String> union = new LinkedHashSet<>(a.values());
            union.addAll(b.values());
            return AttributeValue.ofStringSet(union);
        }
        if (current instanceof NumberSetValue a && operand instanceof NumberSetValue b) {
            Set<String> union = new LinkedHashSet<>();
            a.values().forEach(number -> union.add(number.value()));
            b.values().forEach(number -> union.add(number.value()));
            return AttributeValue.ofNumberSet(union);
        }
        return null;
    }

    // ---- conditions

    /** Evaluates {@code cond} on {@code item}; a missing item ({@code null}) has no attributes at all. */
    static boolean holds(Condition cond, Map<String, AttributeValue> item) {
        Map<String, AttributeValue> attributes = item == null ? Map.of() : item;
        if (cond instanceof Condition.Exists exists) {
            return attributes.containsKey(exists.name());
        }
        if (cond instanceof Condition.NotExists notExists) {
            return !attributes.containsKey(notExists.name());
        }
        if (cond instanceof Condition.Compare compare) {
            AttributeValue left = operand(compare.left(), attributes);
            AttributeValue right = operand(compare.right(), attributes);
            if (compare.op().equals("<>")) {
                return left == null || right == null || !left.equals(right);
            }
            if (left == null || right == null) {
                return false;
            }
            if (compare.op().equals("=")) {
                return left.equals(right);
            }
            Integer order = Values.compare(left, right);
            if (order == null) {
                return false;
            }
            return switch (compare.op()) {
                case "<" -> order < 0;
                case "<=" -> order <= 0;
                case ">" -> order > 0;
                case ">=" -> order >= 0;
                default -> throw new IllegalArgumentException(compare.op());
            };
        }
        if (cond instanceof Condition.Between between) {
            AttributeValue value = attributes.get(between.name());
            if (value == null) {
                return false;
            }
            Integer low = Values.compare(value, between.low());
            Integer high = Values.compare(value, between.high());
            return low != null && high != null && low >= 0 && high <= 0;
        }
        if (cond instanceof Condition.BeginsWith beginsWith) {
            AttributeValue value = attributes.get(beginsWith.name());
            return value != null && Values.beginsWith(value, beginsWith.prefix());
        }
        if (cond instanceof Condition.And and) {
            return holds(and.left(), item) && holds(and.right(), item);
        }
        if (cond instanceof Condition.Or or) {
            return holds(or.left(), item) || holds(or.right(), item);
        }
        return !holds(((Condition.Not) cond).operand(), item);
    }

    /**
     * Whether {@code cond} compares an attribute with itself ({@code a = a}), which DynamoDB refuses: "The first
     * operand must be distinct from the remaining operands".
     */
    static boolean comparesAttributeWithItself(Condition cond) {
        if (cond instanceof Condition.Compare compare) {
            return compare.left() instanceof Condition.Operand.Path
                    && compare.left().equals(compare.right());
        }
        if (cond instanceof Condition.And and) {
            return comparesAttributeWithItself(and.left()) || comparesAttributeWithItself(and.right());
        }
        if (cond instanceof Condition.Or or) {
            return comparesAttributeWithItself(or.left()) || comparesAttributeWithItself(or.right());
        }
        if (cond instanceof Condition.Not not) {
            return comparesAttributeWithItself(not.operand());
        }
        return false;
    }

    /** Whether {@code cond} names the attribute {@code name} anywhere. */
    static boolean mentions(Condition cond, String name) {
        if (name == null) {
            return false;
        }
        if (cond instanceof Condition.Exists exists) {
            return exists.name().equals(name);
        }
        if (cond instanceof Condition.NotExists notExists) {
            return notExists.name().equals(name);
        }
        if (cond instanceof Condition.Compare compare) {
            return compare.left().equals(new Condition.Operand.Path(name))
                    || compare.right().equals(new Condition.Operand.Path(name));
        }
        if (cond instanceof Condition.Between between) {
            return between.name().equals(name);
        }
        if (cond instanceof Condition.BeginsWith beginsWith) {
            return beginsWith.name().equals(name);
        }
        if (cond instanceof Condition.And and) {
            return mentions(and.left(), name) || mentions(and.right(), name);
        }
        if (cond instanceof Condition.Or or) {
            return mentions(or.left(), name) || mentions(or.right(), name);
        }
        return mentions(((Condition.Not) cond).operand(), name);
    }

    private static AttributeValue operand(Condition.Operand operand, Map<String, AttributeValue> item) {
        if (operand instanceof Condition.Operand.Path path) {
            return item.get(path.name());
        }
        return ((Condition.Operand.Literal) operand).value();
    }

    // ---- Query and Scan

    private Outcome query(Op.Query query) {
        TableSpec table = tables.get(query.table());
        if (query.hashValue().type() != table.hashType().attributeType()) {
            return validation();
        }
        KeyCondition range = query.range();
        if (range != null) {
            if (range.op().equals("begins_with") && table.rangeType() == ScalarAttributeType.N) {
                return validation();
            }
            if (range.value().type() != table.rangeType().attributeType()
                    || (range.high() != null
                            && range.high().type() != table.rangeType().attributeType())) {
                return validation();
            }
        }
        if (comparesAttributeWithItself(query.filter())) {
            return validation();
        }
        if (query.filter() != null
                && (mentions(query.filter(), table.hashName()) || mentions(query.filter(), table.rangeName()))) {
            return validation(); // "Filter Expression can only contain non-primary key attributes"
        }
        List<Map<String, AttributeValue>> matching = new ArrayList<>();
        for (Map<String, AttributeValue> item : items.get(table.name())) {
            if (item.get(table.hashName()).equals(query.hashValue())
                    && (range == null || inRange(item.get(table.rangeName()), range))) {
                matching.add(item);
            }
        }
        Comparator<Map<String, AttributeValue>> order = table.rangeName() == null
                ? (a, b) -> 0
                : (a, b) -> Values.compare(a.get(table.rangeName()), b.get(table.rangeName()));
        matching.sort(query.forward() ? order : order.reversed());
        // A Query of a hash-only table reads at most one item and cannot be resumed: it ends on its only page.
        return pages(table, matching, query.filter(), query.limit(), table.rangeName() != null);
    }

    private static boolean inRange(AttributeValue sortKey, KeyCondition range) {
        int order = Values.compare(sortKey, range.value());
        return switch (range.op()) {
            case "=" -> order == 0;
            case "<" -> order < 0;
            case "<=" -> order <= 0;
            case ">" -> order > 0;
            case ">=" -> order >= 0;
            case "BETWEEN" -> order >= 0 && Values.compare(sortKey, range.high()) <= 0;
            case "begins_with" -> Values.beginsWith(sortKey, range.value());
            default -> throw new IllegalArgumentException(range.op());
        };
    }

    /**
     * Scan: the emulator visits partitions in an order of its own (DynamoDB leaves it unspecified), so the caller
     * passes the order it observed; within a partition items come in sort-key order.
     */
    Outcome scan(Op.Scan scan, List<AttributeValue> partitionOrder) {
        if (comparesAttributeWithItself(scan.filter())) {
            return validation();
        }
        TableSpec table = tables.get(scan.table());
        List<Map<String, AttributeValue>> ordered = new ArrayList<>();
        for (AttributeValue partition : partitionOrder) {
            List<Map<String, AttributeValue>> inPartition = new ArrayList<>();
            for (Map<String, AttributeValue> item : items.get(table.name())) {
                if (item.get(table.hashName()).equals(partition)) {
                    inPartition.add(item);
                }
            }
            if (table.rangeName() != null) {
                inPartition.sort((a, b) -> Values.compare(a.get(table.rangeName()), b.get(table.rangeName())));
            }
            ordered.addAll(inPartition);
        }
        if (ordered.size() != items.get(table.name()).size()) {
            // The emulator's scan left out a partition: return what the model has, so the comparison shows it.
            ordered = new ArrayList<>(items.get(table.name()));
        }
        return pages(table, ordered, scan.filter(), scan.limit(), true);
    }

    /**
     * Cuts the items a Query or Scan reads, in order, into pages: a page ends after Limit items read, or once the
     * items read reach 1 MB (the crossing item included); either way it carries the last read item's key, even when
     * nothing follows, unless the read cannot be resumed. The filter drops items from a page after they are read and
     * counted.
     */
    private static Outcome pages(
            TableSpec table,
            List<Map<String, AttributeValue>> read,
            Condition filter,
            Integer limit,
            boolean resumable) {
        List<Outcome.Page> pages = new ArrayList<>();
        int next = 0;
        while (true) {
            List<Map<String, AttributeValue>> returned = new ArrayList<>();
            int scanned = 0;
            long bytes = 0;
            Map<String, AttributeValue> lastKey = new LinkedHashMap<>();
            while (next < read.size()) {
                Map<String, AttributeValue> item = read.get(next++);
                scanned++;
                bytes += Values.itemSize(item);
                if (filter == null || holds(filter, item)) {
                    returned.add(item);
                }
                if ((limit != null && scanned == limit) || bytes >= Values.PAGE_SIZE) {
                    if (resumable) {
                        lastKey = table.keyOf(item);
                    }
                    break;
                }
            }
            pages.add(new Outcome.Page(returned, returned.size(), scanned, lastKey));
            if (lastKey.isEmpty()) {
                return new Outcome.Pages(pages);
            }
        }
    }
}
