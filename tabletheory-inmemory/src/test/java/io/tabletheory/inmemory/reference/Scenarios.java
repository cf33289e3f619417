package io.tabletheory.inmemory.reference;

import io.tabletheory.api.request.ReturnValue;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generates {@link Scenario}s: one or two tables (S, N or B keys, with or without a sort key) with small key spaces
 * (three partitions, seven sort keys, values chosen where DynamoDB's order is easy to get wrong), so that overwrites,
 * conditional failures and multi-item partitions are frequent. A quarter of the scenarios are "large": mostly large
 * items (100-300 KB, some sized exactly at the 400 KB item limit or at a quarter or third of the 1 MB page, plus or
 * minus a byte) in two partitions, read by many queries and scans, so that pages are cut at 1 MB.
 *
 * <p>A few steps are invalid in an obvious way (an update of a key attribute or of one attribute twice, arithmetic on
 * a missing or non-number attribute, an item over 400 KB, a key condition of the wrong type or begins_with on a
 * number, a Query filter on a key, {@code a = a}). An invalid update never carries a condition: which of the two
 * DynamoDB reports first is not known (the emulator evaluates the condition first, as DynamoDB Local did).
 */
final class Scenarios {
    private static final List<String> ATTRIBUTES = List.of("a", "b", "n", "big");

    private static final List<AttributeValue> STRING_KEYS = strings("a", "é", "\uD83D\uDE00", "ab", "Z", "\uFFFD", "b");
    private static final List<AttributeValue> NUMBER_KEYS = numbers("2", "-1.5", "1E+20", "-10", "0", "0.00001", "10");
    private static final List<AttributeValue> BINARY_KEYS = List.of(
            bytes(0x80), bytes(0x00), bytes(0x7f, 0xff), bytes(0x7f), bytes(0xff), bytes(0x80, 0x01), bytes(0x01));
    private static final List<AttributeValue> STRING_PREFIXES = strings("a", "é", "\uD83D\uDE00", "Z");
    private static final List<AttributeValue> BINARY_PREFIXES = List.of(bytes(0x80), bytes(0x7f));

    private static final List<AttributeValue> STRINGS = strings("", "x", "xy", "é", "\uD83D\uDE00", "a");
    private static final List<AttributeValue> NUMBERS =
            numbers("-1", "0", "1", "2.5", "10", "12345", "-0.001", "1E+20", "123456789012345678901234567890.12345678");
    private static final List<AttributeValue> BINARIES = List.of(bytes(), bytes(0x80), bytes(0x7f, 0x01));
    private static final List<AttributeValue> OTHERS = List.of(
            AttributeValue.ofBoolean(true),
            AttributeValue.ofBoolean(false),
            AttributeValue.ofNull(),
            AttributeValue.ofStringSet(List.of("x", "y")),
            AttributeValue.ofNumberSet(List.of("1", "2")),
            AttributeValue.ofList(List.of(AttributeValue.ofString("x"), AttributeValue.ofNumber(1))),
            AttributeValue.ofMap(Map.of("k", AttributeValue.ofString("x"))));
    private static final List<AttributeValue> DELTAS = numbers("1", "-2", "0.5", "100");
    private static final List<AttributeValue> SETS = List.of(
            AttributeValue.ofStringSet(List.of("x", "z")),
            AttributeValue.ofStringSet(List.of("y")),
            AttributeValue.ofNumberSet(List.of("1", "3")),
            AttributeValue.ofNumberSet(List.of("2.0")));
    private static final int[] EXACT_SIZES = {262_144, 262_143, 349_525, 349_526, 409_600, 409_601};

    private Scenarios() {}

    /** Scenarios of {@code minSteps} to {@code maxSteps} steps. */
    static Gen<Scenario> scenarios(int minSteps, int maxSteps) {
        return in -> new Draw(in).scenario(minSteps, maxSteps);
    }

    private static List<AttributeValue> strings(String... values) {
        return List.of(values).stream()
                .<AttributeValue>map(AttributeValue::ofString)
                .toList();
    }

    private static List<AttributeValue> numbers(String... values) {
        return List.of(values).stream()
                .<AttributeValue>map(AttributeValue::ofNumber)
                .toList();
    }

    private static AttributeValue bytes(int... values) {
        byte[] data = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            data[i] = (byte) values[i];
        }
        return AttributeValue.ofBinary(data);
    }

    /** Draws from QuickTheories' randomness source, so that failing scenarios shrink. */
    private static final class Draw {
        private final RandomnessSource in;
        private List<TableSpec> tables;
        /** How likely (in percent) a put item is large; high in the scenarios that aim at the 1 MB page. */
        private int largeChance;
        /** How many partition-key values steps use: fewer in the large scenarios, to fill a partition past 1 MB. */
        private int partitions;

        Draw(RandomnessSource in) {
            this.in = in;
        }

        int between(int low, int high) {
            return Generate.range(low, high).generate(in);
        }

        boolean percent(int chance) {
            return between(0, 99) < chance;
        }

        <T> T pick(List<T> values) {
            return values.get(between(0, values.size() - 1));
        }

        Scenario scenario(int minSteps, int maxSteps) {
            boolean large = percent(25);
            largeChance = large ? 70 : 10;
            partitions = large ? 2 : 3;
            tables = new ArrayList<>();
            tables.add(table("tab0", "pk", "sk"));
            if (!large && percent(40)) {
                tables.add(table("tab1", "id", "ts"));
            }
            List<Scenario.Step> steps = new ArrayList<>();
            int count = between(large ? Math.max(minSteps, maxSteps / 2) : minSteps, maxSteps);
            for (int i = 0; i < count; i++) {
                steps.add(new Scenario.Step(op(pick(tables)), percent(50)));
            }
            return new Scenario(tables, steps);
        }

        TableSpec table(String name, String hashName, String rangeName) {
            ScalarAttributeType hashType = pick(List.of(ScalarAttributeType.values()));
            if (percent(largeChance > 50 ? 10 : 25)) {
                return new TableSpec(name, hashName, hashType, null, null);
            }
            return new TableSpec(name, hashName, hashType, rangeName, pick(List.of(ScalarAttributeType.values())));
        }

        static List<AttributeValue> keys(ScalarAttributeType type) {
            return switch (type) {
                case S -> STRING_KEYS;
                case N -> NUMBER_KEYS;
                case B -> BINARY_KEYS;
            };
        }

        AttributeValue hashValue(TableSpec table) {
            return keys(table.hashType()).get(between(0, partitions - 1));
        }

        Map<String, AttributeValue> key(TableSpec table) {
            Map<String, AttributeValue> key = new LinkedHashMap<>();
            key.put(table.hashName(), hashValue(table));
            if (table.rangeName() != null) {
                key.put(table.rangeName(), pick(keys(table.rangeType())));
            }
            return key;
        }

        Op op(TableSpec table) {
            // Percent of puts, updates, deletes, gets, queries and scans; the large scenarios put, query and scan
            // more, to fill partitions past 1 MB and read them.
            int[] weights = largeChance > 50 ? new int[] {40, 10, 5, 5, 20, 20} : new int[] {25, 25, 10, 15, 15, 10};
            int roll = between(0, 99);
            int kind = 0;
            for (int i = 0, sum = 0; i < weights.length; i++) {
                if (roll < sum + weights[i]) {
                    kind = i * 10;
                    break;
                }
                sum += weights[i];
            }
            if (kind == 0) {
                return new Op.Put(
                        table.name(),
                        item(table),
                        largeChance > 50 && percent(70) ? null : maybeCondition(table),
                        pick(List.of(ReturnValue.NONE, ReturnValue.ALL_OLD)),
                        percent(50));
            }
            if (kind == 10) {
                return update(table);
            }
            if (kind == 20) {
                return new Op.Delete(
                        table.name(),
                        key(table),
                        maybeCondition(table),
                        pick(List.of(ReturnValue.NONE, ReturnValue.ALL_OLD)),
                        percent(50));
            }
            if (kind == 30) {
                List<String> projection = null;
                if (percent(20)) {
                    projection = new ArrayList<>(List.of(table.hashName(), "a", "n", "big"));
                    projection.remove(between(0, projection.size() - 1));
                }
                return new Op.Get(table.name(), key(table), projection);
            }
            if (kind == 40) {
                return query(table);
            }
            return new Op.Scan(table.name(), percent(30) ? condition(table, 2) : null, maybeLimit(7));
        }

        Integer maybeLimit(int most) {
            return percent(50) ? null : between(1, most);
        }

        Map<String, AttributeValue> item(TableSpec table) {
            Map<String, AttributeValue> item = new HashMap<>(key(table));
            for (String name : List.of("a", "b")) {
                if (percent(50)) {
                    item.put(name, anyValue());
                }
            }
            if (percent(60)) {
                item.put("n", percent(80) ? pick(NUMBERS) : anyValue());
            }
            if (percent(largeChance)) {
                item.put("big", bigString(item));
            }
            return item;
        }

        AttributeValue anyValue() {
            return switch (between(0, 3)) {
                case 0 -> pick(STRINGS);
                case 1 -> pick(NUMBERS);
                case 2 -> pick(BINARIES);
                default -> pick(OTHERS);
            };
        }

        /** A large string: 100-300 KB, or sized so that the item is exactly at (or one byte past) a boundary. */
        AttributeValue bigString(Map<String, AttributeValue> rest) {
            if (percent(40)) {
                long length = EXACT_SIZES[between(0, EXACT_SIZES.length - 1)] - Values.itemSize(rest) - "big".length();
                return AttributeValue.ofString("x".repeat((int) length));
            }
            return percent(70)
                    ? AttributeValue.ofString("y".repeat(between(100_000, 300_000)))
                    : AttributeValue.ofString("é".repeat(between(50_000, 150_000)));
        }

        Op update(TableSpec table) {
            List<String> names = new ArrayList<>(ATTRIBUTES);
            List<Action> actions = new ArrayList<>();
            int count = between(1, 3);
            for (int i = 0; i < count; i++) {
                String target = names.remove(between(0, names.size() - 1));
                if (percent(3)) {
                    target = table.hashName();
                } else if (percent(3) && !actions.isEmpty()) {
                    target = actions.get(0).target();
                }
                actions.add(action(table, target));
            }
            List<ReturnValue> modes = List.of(ReturnValue.values());
            // An invalid update comes without a condition: which refusal DynamoDB reports first is not settled here.
            boolean invalid = actions.stream().anyMatch(action -> table.isKey(action.target()))
                    || actions.stream().map(Action::target).distinct().count() < actions.size();
            Condition condition = invalid ? null : maybeCondition(table);
            return new Op.Update(table.name(), key(table), actions, condition, pick(modes), percent(50));
        }

        Action action(TableSpec table, String target) {
            int kind = between(0, 99);
            if (kind < 35) {
                AttributeValue value = target.equals("n") && percent(70) ? pick(NUMBERS) : anyValue();
                if (percent(8)) {
                    value = AttributeValue.ofString("z".repeat(between(100_000, 300_000)));
                }
                return new Action.SetValue(target, value);
            }
            if (kind < 45) {
                return new Action.SetCopy(target, pick(names(table)));
            }
            if (kind < 65) {
                String source = percent(70) ? "n" : pick(names(table));
                return new Action.SetArithmetic(target, source, percent(60), pick(DELTAS));
            }
            if (kind < 85) {
                return new Action.Remove(target);
            }
            return new Action.Add(target, percent(70) ? pick(DELTAS) : pick(SETS));
        }

        List<String> names(TableSpec table) {
            List<String> names = new ArrayList<>(ATTRIBUTES);
            names.add(table.hashName());
            if (table.rangeName() != null) {
                names.add(table.rangeName());
            }
            return names;
        }

        Condition maybeCondition(TableSpec table) {
            return percent(50) ? null : condition(table, 2);
        }

        Condition condition(TableSpec table, int depth) {
            int kind = between(0, depth > 0 ? 99 : 69);
            String name = pick(names(table));
            if (kind < 10) {
                return new Condition.Exists(name);
            }
            if (kind < 20) {
                return new Condition.NotExists(name);
            }
            if (kind < 45) {
                String op = pick(List.of("=", "<>", "<", "<=", ">", ">="));
                boolean ordering = !op.equals("=") && !op.equals("<>");
                List<String> others = new ArrayList<>(names(table));
                if (!percent(5)) {
                    others.remove(name); // DynamoDB refuses a comparison of an attribute with itself: rarely
                }
                Condition.Operand right = percent(15)
                        ? new Condition.Operand.Path(pick(others))
                        : new Condition.Operand.Literal(ordering ? orderedLiteral(table, name) : literal(table, name));
                Condition.Operand left = new Condition.Operand.Path(name);
                return percent(20) ? new Condition.Compare(op, right, left) : new Condition.Compare(op, left, right);
            }
            if (kind < 55) {
                AttributeValue low = orderedLiteral(table, name);
                AttributeValue high = sameType(low);
                if (Values.compare(low, high) > 0) {
                    AttributeValue swap = low;
                    low = high;
                    high = swap;
                }
                return new Condition.Between(name, low, high);
            }
            if (kind < 70) {
                return new Condition.BeginsWith(name, percent(70) ? pick(STRING_PREFIXES) : pick(BINARY_PREFIXES));
            }
            if (kind < 82) {
                return new Condition.And(condition(table, depth - 1), condition(table, depth - 1));
            }
            if (kind < 94) {
                return new Condition.Or(condition(table, depth - 1), condition(table, depth - 1));
            }
            return new Condition.Not(condition(table, depth - 1));
        }

        /** A literal likely to matter for {@code name}: a value of its key domain, or any small value. */
        AttributeValue literal(TableSpec table, String name) {
            if (percent(50)) {
                return orderedLiteral(table, name);
            }
            return anyValue();
        }

        AttributeValue orderedLiteral(TableSpec table, String name) {
            if (name.equals(table.hashName()) && percent(80)) {
                return pick(keys(table.hashType()));
            }
            if (name.equals(table.rangeName()) && percent(80)) {
                return pick(keys(table.rangeType()));
            }
            return switch (between(0, 2)) {
                case 0 -> pick(STRINGS);
                case 1 -> pick(NUMBERS);
                default -> pick(BINARIES);
            };
        }

        AttributeValue sameType(AttributeValue value) {
            for (List<AttributeValue> pool :
                    List.of(STRING_KEYS, NUMBER_KEYS, BINARY_KEYS, STRINGS, NUMBERS, BINARIES)) {
                if (pool.contains(value)) {
                    return pick(pool);
                }
            }
            throw new IllegalArgumentException("no pool holds " + value);
        }

        Op query(TableSpec table) {
            AttributeValue hash = hashValue(table);
            if (percent(2)) {
                hash = percent(50) ? pick(STRINGS.subList(1, 3)) : pick(NUMBERS);
            }
            KeyCondition range = null;
            if (table.rangeName() != null && percent(60)) {
                List<AttributeValue> domain = keys(table.rangeType());
                String op = pick(List.of("=", "<", "<=", ">", ">=", "BETWEEN", "begins_with"));
                if (op.equals("BETWEEN")) {
                    AttributeValue low = pick(domain);
                    AttributeValue high = pick(domain);
                    if (Values.compare(low, high) > 0) {
                        AttributeValue swap = low;
                        low = high;
                        high = swap;
                    }
                    range = new KeyCondition(op, low, high);
                } else if (op.equals("begins_with")) {
                    AttributeValue prefix =
                            switch (table.rangeType()) {
                                case S -> pick(STRING_PREFIXES);
                                case B -> pick(BINARY_PREFIXES);
                                case N -> percent(10) ? pick(domain) : null;
                            };
                    range = prefix == null ? null : new KeyCondition(op, prefix, null);
                } else {
                    range = new KeyCondition(op, pick(domain), null);
                }
            }
            Condition filter = percent(30) ? condition(table, 1) : null;
            if (filter != null
                    && (ReferenceModel.mentions(filter, table.hashName())
                            || ReferenceModel.mentions(filter, table.rangeName()))
                    && percent(90)) {
                filter = null; // a Query's filter may not name a key attribute: only a few such refusals
            }
            Integer limit = maybeLimit(5);
            return new Op.Query(table.name(), hash, range, filter, limit, percent(50));
        }
    }
}
