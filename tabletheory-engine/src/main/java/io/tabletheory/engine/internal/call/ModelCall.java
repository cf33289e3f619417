package io.tabletheory.engine.internal.call;

import io.tabletheory.engine.internal.condition.FilterChain;
import io.tabletheory.engine.internal.condition.Term;
import io.tabletheory.engine.internal.expression.Condition;
import io.tabletheory.engine.internal.expression.RawCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The settings one chain of {@code Model} calls has accumulated: write conditions, where terms, filters, the index,
 * read settings and a raw condition. Immutable; each setting makes a copy. {@code DefaultModel} accumulates it; the
 * read and write packages turn it into plans and requests.
 *
 * @param conditions write conditions ({@code ifNotExists}, {@code withCondition}, ...)
 * @param where the {@code where} terms
 * @param filters the explicit filter chain
 * @param index the index named by {@code index(...)}
 * @param read projection, limit, cursor, order, consistency, segment
 * @param raw a raw condition expression and its values
 */
public record ModelCall(
        List<Condition> conditions,
        List<Term> where,
        FilterChain filters,
        Optional<String> index,
        ReadSettings read,
        Optional<RawCondition> raw) {

    public ModelCall {
        conditions = List.copyOf(conditions);
        where = List.copyOf(where);
    }

    /** This call with one more write condition. */
    public ModelCall withCondition(Condition condition) {
        List<Condition> all = new ArrayList<>(conditions);
        all.add(condition);
        return new ModelCall(all, where, filters, index, read, raw);
    }

    /** This call with one more where term. */
    public ModelCall withWhere(Term term) {
        List<Term> all = new ArrayList<>(where);
        all.add(term);
        return new ModelCall(conditions, all, filters, index, read, raw);
    }

    /** This call with its filter chain replaced. */
    public ModelCall withFilters(FilterChain chain) {
        return new ModelCall(conditions, where, chain, index, read, raw);
    }

    /** This call reading the named index. */
    public ModelCall withIndex(String name) {
        return new ModelCall(conditions, where, filters, Optional.of(name), read, raw);
    }

    /** This call with its read settings replaced. */
    public ModelCall withRead(ReadSettings settings) {
        return new ModelCall(conditions, where, filters, index, settings, raw);
    }

    /** This call with a raw condition expression. */
    public ModelCall withRaw(RawCondition condition) {
        return new ModelCall(conditions, where, filters, index, read, Optional.of(condition));
    }
}
