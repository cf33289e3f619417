package io.tabletheory.integration.differential;

import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of update expressions: one to three actions of the four clauses. SET with plain values, {@code +},
 * {@code -}, {@code list_append} and {@code if_not_exists}, on top-level and nested paths; REMOVE of attributes,
 * map entries and list elements; ADD of numbers and sets; DELETE of sets. Index key attributes are set to values of
 * their declared type and, now and then, of another type, which DynamoDB refuses ("Type mismatch for Index Key",
 * research §1.3).
 */
final class Updates {
    /** The clauses, in the order they are written. */
    enum Clause {
        SET,
        REMOVE,
        ADD,
        DELETE
    }

    /**
     * One action: its clause, the path it changes, its text after the clause word, and whether it can fail on the
     * item's current values (reading a missing attribute, or one of the wrong type).
     */
    record Action(Clause clause, Path target, Fragment text, boolean fallible) {
        Action(Clause clause, Path target, Fragment text) {
            this(clause, target, text, clause == Clause.ADD || clause == Clause.DELETE);
        }
    }

    /**
     * A generated update expression.
     *
     * @param expression the whole expression
     * @param nested whether some action changes a path below the top level
     * @param onlyRemovesOrDeletes whether every action is a REMOVE or a DELETE (such an update of a missing item
     *     changes nothing, research §1.9)
     * @param retypesIndexKey whether an action sets an index key to a value of the wrong type; such an update is
     *     never conditional, because whether DynamoDB reports a false condition or the type mismatch first is not
     *     known
     */
    record Update(Fragment expression, boolean nested, boolean onlyRemovesOrDeletes, boolean retypesIndexKey) {}

    private Updates() {}

    /**
     * An update expression of one to three actions. Either it changes nested paths or it reads attributes (with
     * {@code +}, {@code -}, {@code list_append} or {@code if_not_exists}), never both, because DynamoDB's answer is
     * not known: when an update both reads a missing attribute and writes below a missing one, the emulator reports
     * the missing attribute and DynamoDB Local reported the invalid document path.
     *
     * <p>The actions change distinct top-level attributes, because DynamoDB's answer is not known: with three or more
     * paths of which two overlap, which pair its "Two document paths overlap" message names (DynamoDB Local named a
     * pair that does not overlap: {@code SET a = :v REMOVE l, a[0]} gave "path one: [a], path two: [l]"). Overlap
     * itself is still tested, with two paths, by {@link InvalidRequests}.
     *
     * <p>At most one action can fail on the item's values, because DynamoDB's answer is not known: when one action
     * reads a missing attribute and another one of the wrong type, the emulator reports the first action's error and
     * DynamoDB Local reported the missing attribute ({@code SET b = b - :n, c = list_append(c, :l)} with b a BOOL and
     * c missing).
     */
    static Gen<Update> update() {
        return Generate.booleans().zip(Generate.range(1, 3), Pair::of).flatMap(shape -> random -> {
            int count = shape._2;
            Gen<Action> action = action(shape._1);
            List<Action> actions = new ArrayList<>();
            Set<String> attributes = new HashSet<>();
            boolean fallible = false;
            for (int i = 0; i < count; i++) {
                Action next = action.generate(random);
                if (next.fallible() && fallible) {
                    continue;
                }
                fallible |= next.fallible();
                if (attributes.add(next.target().attribute())) {
                    actions.add(next);
                }
            }
            return render(actions);
        });
    }

    private static Update render(List<Action> actions) {
        boolean nested = actions.stream().anyMatch(action -> action.target().nested());
        boolean onlyRemovesOrDeletes = actions.stream()
                .allMatch(action -> action.clause() == Clause.REMOVE || action.clause() == Clause.DELETE);
        Fragment expression = p -> {
            List<String> clauses = new ArrayList<>();
            for (Clause clause : Clause.values()) {
                List<String> texts = new ArrayList<>();
                for (Action action : actions) {
                    if (action.clause() == clause) {
                        texts.add(action.text().render(p));
                    }
                }
                if (!texts.isEmpty()) {
                    clauses.add(clause.name() + " " + String.join(", ", texts));
                }
            }
            return String.join(" ", clauses);
        };
        boolean retypesIndexKey = actions.stream().anyMatch(action -> action.text() instanceof WrongIndexKeyType);
        return new Update(expression, nested, onlyRemovesOrDeletes, retypesIndexKey);
    }

    /**
     * With nested paths, only actions that cannot fail on the item's current values (SET of a value, REMOVE), so
     * that the only run-time error is the invalid document path (whether DynamoDB reports it or an index key's type
     * mismatch first is not known).
     */
    private static Gen<Action> action(boolean nested) {
        if (nested) {
            return Generate.frequency(Pair.of(4, set(true)), Pair.of(1, indexKeySet(true)), Pair.of(2, remove(true)));
        }
        return Generate.frequency(
                Pair.of(4, set(false)),
                Pair.of(1, indexKeySet(false)),
                Pair.of(1, wronglyTypedIndexKey()),
                Pair.of(2, remove(false)),
                Pair.of(2, add()),
                Pair.of(1, delete()));
    }

    private static Gen<Action> set(boolean nested) {
        Gen<Path> targets =
                nested ? Generate.frequency(Pair.of(3, Paths.plain()), Pair.of(1, Paths.nested())) : Paths.plain();
        return set(targets, nested ? Generate.constant(0) : Generate.range(0, 5));
    }

    /** SET actions on {@code targets}, of the shapes {@code shapes} (0 a value, 1 to 4 arithmetic, 5 if_not_exists). */
    private static Gen<Action> set(Gen<Path> targets, Gen<Integer> shapes) {
        return targets.zip(shapes, Values.any(), Values.number(), (target, shape, value, number) -> {
            Fragment path = target.fragment();
            Fragment text;
            switch (shape) {
                case 1:
                    text = p -> path.render(p) + " = " + path.render(p) + " + " + p.value(number);
                    break;
                case 2:
                    text = p -> path.render(p) + " = " + path.render(p) + " - " + p.value(number);
                    break;
                case 3:
                    text = p -> path.render(p) + " = list_append(" + path.render(p) + ", "
                            + p.value(AttributeValue.ofList(List.of(value))) + ")";
                    break;
                case 4:
                    text = p -> path.render(p) + " = list_append(" + p.value(AttributeValue.ofList(List.of(number)))
                            + ", " + path.render(p) + ")";
                    break;
                case 5:
                    text = p -> path.render(p) + " = if_not_exists(" + path.render(p) + ", " + p.value(value) + ")";
                    break;
                default:
                    text = p -> path.render(p) + " = " + p.value(value);
                    break;
            }
            return new Action(Clause.SET, target, text, shape != 0 && shape != 5);
        });
    }

    private static Gen<Action> indexKeySet(boolean nested) {
        Gen<Action> partition = Generate.pick(Schema.GSI_PARTITIONS)
                .map(value -> new Action(
                        Clause.SET,
                        Path.of(Schema.GSI_PK),
                        p -> Schema.GSI_PK + " = " + p.value(AttributeValue.ofString(value))));
        Gen<Action> sort = Generate.pick(Schema.GSI_SORTS)
                .zip(
                        Generate.booleans(),
                        (value, increment) -> new Action(
                                Clause.SET,
                                Path.of(Schema.GSI_SK),
                                increment && !nested
                                        ? p -> Schema.GSI_SK + " = " + Schema.GSI_SK + " + "
                                                + p.value(AttributeValue.ofNumber(value))
                                        : p -> Schema.GSI_SK + " = " + p.value(AttributeValue.ofNumber(value)),
                                increment && !nested));
        Gen<Action> local = Generate.pick(Schema.LSI_SORTS)
                .map(value -> new Action(
                        Clause.SET,
                        Path.of(Schema.LSI_SK),
                        p -> Schema.LSI_SK + " = " + p.value(AttributeValue.ofString(value))));
        return Generate.oneOf(partition, sort, local);
    }

    /**
     * SET of an index key attribute to a value of another type than its declared one: refused with "Type mismatch
     * for Index Key", by UpdateItem as by PutItem (research §1.3). It can fail, on any item. An update holding one
     * carries no condition ({@link Update#retypesIndexKey}).
     */
    private static Gen<Action> wronglyTypedIndexKey() {
        return Generate.pick(List.of(Schema.GSI_PK, Schema.GSI_SK, Schema.LSI_SK))
                .zip(Generate.range(0, 9), (attribute, value) -> {
                    AttributeValue wrong = attribute.equals(Schema.GSI_SK)
                            ? AttributeValue.ofString("s" + value)
                            : AttributeValue.ofNumber(value);
                    return new Action(Clause.SET, Path.of(attribute), new WrongIndexKeyType(attribute, wrong), true);
                });
    }

    /** The text of a SET of an index key to a value of the wrong type. */
    private record WrongIndexKeyType(String attribute, AttributeValue value) implements Fragment {
        @Override
        public String render(Placeholders p) {
            return attribute + " = " + p.value(value);
        }
    }

    private static Gen<Action> remove(boolean nested) {
        Gen<Path> indexKeys = Generate.pick(List.of(Schema.GSI_PK, Schema.GSI_SK, Schema.LSI_SK))
                .map(Path::of);
        Gen<Path> targets = nested
                ? Generate.frequency(Pair.of(3, Paths.plain()), Pair.of(2, Paths.nested()), Pair.of(1, indexKeys))
                : Generate.frequency(Pair.of(3, Paths.plain()), Pair.of(1, indexKeys));
        return targets.map(target -> new Action(Clause.REMOVE, target, target.fragment()));
    }

    private static Gen<Action> add() {
        Gen<AttributeValue> operand = Generate.frequency(
                Pair.of(3, Values.number()), Pair.of(1, Values.stringSet()), Pair.of(1, Values.numberSet()));
        Gen<Action> plain = Paths.plain()
                .zip(
                        operand,
                        (target, value) -> new Action(
                                Clause.ADD, target, p -> target.fragment().render(p) + " " + p.value(value)));
        Gen<Action> indexSort = Values.number()
                .map(value ->
                        new Action(Clause.ADD, Path.of(Schema.GSI_SK), p -> Schema.GSI_SK + " " + p.value(value)));
        return Generate.frequency(Pair.of(4, plain), Pair.of(1, indexSort));
    }

    private static Gen<Action> delete() {
        Gen<AttributeValue> operand = Generate.oneOf(Values.stringSet(), Values.numberSet(), Values.binarySet());
        return Paths.plain()
                .zip(
                        operand,
                        (target, value) -> new Action(
                                Clause.DELETE, target, p -> target.fragment().render(p) + " " + p.value(value)));
    }
}
