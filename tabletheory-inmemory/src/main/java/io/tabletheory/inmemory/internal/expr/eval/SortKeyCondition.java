package io.tabletheory.inmemory.internal.expr.eval;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.expr.syntax.Comparator;
import io.tabletheory.inmemory.internal.item.ValueOrder;
import java.util.Objects;
import java.util.Optional;

/**
 * The condition a Query puts on the sort key, checked against the key's type: a comparison ({@code = < <= > >=}),
 * {@code BETWEEN} or {@code begins_with}. Matches sort-key values, and gives the lowest and highest values of its
 * range (as {@link Bound}s) so the reader can start and stop in sorted storage instead of testing every entry.
 */
public sealed interface SortKeyCondition
        permits SortKeyCondition.Compare, SortKeyCondition.Between, SortKeyCondition.BeginsWith {

    /** Whether a sort-key value satisfies the condition. */
    boolean matches(AttributeValue value);

    /** Where the matching range starts: empty when it starts with the partition. */
    Optional<Bound> lower();

    /** Where the matching range ends: empty when it ends with the partition. */
    Optional<Bound> upper();

    /**
     * One end of the matching range: just before {@code value} ({@code edge} -1) or just after it (+1).
     *
     * @param value a sort-key value
     * @param edge -1 or +1
     */
    record Bound(AttributeValue value, int edge) {
        public Bound {
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code sk <op> value} for one of {@code = < <= > >=}. */
    record Compare(Comparator comparator, AttributeValue value) implements SortKeyCondition {
        public Compare {
            Objects.requireNonNull(comparator, "comparator");
            Objects.requireNonNull(value, "value");
            if (comparator == Comparator.NE) {
                throw new IllegalArgumentException("<> is not a key condition");
            }
        }

        @Override
        public boolean matches(AttributeValue candidate) {
            int order = ValueOrder.compare(candidate, value);
            return switch (comparator) {
                case EQ -> order == 0;
                case NE -> order != 0;
                case LT -> order < 0;
                case LE -> order <= 0;
                case GT -> order > 0;
                case GE -> order >= 0;
            };
        }

        @Override
        public Optional<Bound> lower() {
            return switch (comparator) {
                case EQ, GE -> Optional.of(new Bound(value, -1));
                case GT -> Optional.of(new Bound(value, 1));
                case LT, LE, NE -> Optional.empty();
            };
        }

        @Override
        public Optional<Bound> upper() {
            return switch (comparator) {
                case EQ, LE -> Optional.of(new Bound(value, 1));
                case LT -> Optional.of(new Bound(value, -1));
                case GT, GE, NE -> Optional.empty();
            };
        }
    }

    /** {@code sk BETWEEN lower AND upper}, inclusive. */
    record Between(AttributeValue low, AttributeValue high) implements SortKeyCondition {
        public Between {
            Objects.requireNonNull(low, "low");
            Objects.requireNonNull(high, "high");
        }

        @Override
        public boolean matches(AttributeValue candidate) {
            return ValueOrder.compare(low, candidate) <= 0 && ValueOrder.compare(candidate, high) <= 0;
        }

        @Override
        public Optional<Bound> lower() {
            return Optional.of(new Bound(low, -1));
        }

        @Override
        public Optional<Bound> upper() {
            return Optional.of(new Bound(high, 1));
        }
    }

    /** {@code begins_with(sk, prefix)} on an S or B sort key. */
    record BeginsWith(AttributeValue prefix) implements SortKeyCondition {
        public BeginsWith {
            Objects.requireNonNull(prefix, "prefix");
        }

        @Override
        public boolean matches(AttributeValue candidate) {
            return ValueFunctions.beginsWith(candidate, prefix);
        }

        @Override
        public Optional<Bound> lower() {
            return Optional.of(new Bound(prefix, -1));
        }

        @Override
        public Optional<Bound> upper() {
            return Optional.empty();
        }
    }
}
