package io.tabletheory.engine.internal.condition;

import io.tabletheory.Filters;
import io.tabletheory.engine.internal.expression.Condition;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The {@link Filters} implementation: an immutable chain of terms and groups joined by AND or OR, turned into a
 * condition tree with DynamoDB's precedence (AND binds tighter than OR): the chain is split at each OR into
 * AND-runs, which are then ORed.
 */
public final class FilterChain implements Filters {
    private record Link(boolean or, Condition condition) {}

    private final ModelSchema<?> schema;
    private final List<Link> links;

    private FilterChain(ModelSchema<?> schema, List<Link> links) {
        this.schema = schema;
        this.links = List.copyOf(links);
    }

    /** An empty chain over this model's fields. */
    public static FilterChain empty(ModelSchema<?> schema) {
        return new FilterChain(schema, List.of());
    }

    /** Whether the chain has no terms. */
    public boolean isEmpty() {
        return links.isEmpty();
    }

    @Override
    public FilterChain filter(String field, String operator, Object value) {
        return with(
                false,
                TermFactory.term(schema, "filter", field, operator, value).condition());
    }

    @Override
    public FilterChain orFilter(String field, String operator, Object value) {
        return with(
                true,
                TermFactory.term(schema, "orFilter", field, operator, value).condition());
    }

    @Override
    public FilterChain filterGroup(UnaryOperator<Filters> group) {
        return withGroup(false, group);
    }

    @Override
    public FilterChain orFilterGroup(UnaryOperator<Filters> group) {
        return withGroup(true, group);
    }

    /** The chain as one condition, empty when it has no terms. */
    public Optional<Condition> condition() {
        List<Condition> alternatives = new ArrayList<>();
        List<Condition> run = new ArrayList<>();
        for (Link link : links) {
            if (link.or() && !run.isEmpty()) {
                alternatives.add(Condition.allOf(run).orElseThrow());
                run = new ArrayList<>();
            }
            run.add(link.condition());
        }
        Condition.allOf(run).ifPresent(alternatives::add);
        return Condition.anyOf(alternatives);
    }

    private FilterChain withGroup(boolean or, UnaryOperator<Filters> group) {
        Filters built = group.apply(empty(schema));
        if (!(built instanceof FilterChain chain)) {
            throw new IllegalArgumentException("a filter group must return the Filters it was given, extended");
        }
        return chain.condition().map(condition -> with(or, condition)).orElse(this);
    }

    private FilterChain with(boolean or, Condition condition) {
        List<Link> all = new ArrayList<>(links);
        all.add(new Link(or, condition));
        return new FilterChain(schema, all);
    }
}
