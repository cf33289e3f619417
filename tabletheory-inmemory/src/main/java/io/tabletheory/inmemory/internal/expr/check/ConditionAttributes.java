package io.tabletheory.inmemory.internal.expr.check;

import io.tabletheory.inmemory.internal.expr.eval.ResolvedPath;
import io.tabletheory.inmemory.internal.expr.syntax.Condition;
import io.tabletheory.inmemory.internal.expr.syntax.Operand;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The top-level attribute names a condition reads, resolved against the request's names, in text order. A Query
 * uses it to refuse a FilterExpression on a key attribute.
 */
public final class ConditionAttributes {
    private ConditionAttributes() {}

    /** The attribute names at the start of every document path in {@code condition}. */
    public static Set<String> of(Condition condition, Map<String, String> names) {
        Set<String> attributes = new LinkedHashSet<>();
        collect(condition, names, attributes);
        return attributes;
    }

    private static void collect(Condition condition, Map<String, String> names, Set<String> out) {
        if (condition instanceof Condition.Compare compare) {
            operand(compare.left(), names, out);
            operand(compare.right(), names, out);
        } else if (condition instanceof Condition.Between between) {
            operand(between.value(), names, out);
            operand(between.lower(), names, out);
            operand(between.upper(), names, out);
        } else if (condition instanceof Condition.In in) {
            operand(in.value(), names, out);
            in.candidates().forEach(candidate -> operand(candidate, names, out));
        } else if (condition instanceof Condition.And and) {
            collect(and.left(), names, out);
            collect(and.right(), names, out);
        } else if (condition instanceof Condition.Or or) {
            collect(or.left(), names, out);
            collect(or.right(), names, out);
        } else if (condition instanceof Condition.Not not) {
            collect(not.condition(), names, out);
        } else if (condition instanceof Condition.AttributeExists exists) {
            operand(exists.path(), names, out);
        } else if (condition instanceof Condition.AttributeNotExists notExists) {
            operand(notExists.path(), names, out);
        } else if (condition instanceof Condition.AttributeType attributeType) {
            operand(attributeType.subject(), names, out);
            operand(attributeType.type(), names, out);
        } else if (condition instanceof Condition.BeginsWith beginsWith) {
            operand(beginsWith.subject(), names, out);
            operand(beginsWith.prefix(), names, out);
        } else {
            Condition.Contains contains = (Condition.Contains) condition;
            operand(contains.subject(), names, out);
            operand(contains.operand(), names, out);
        }
    }

    private static void operand(Operand operand, Map<String, String> names, Set<String> out) {
        if (operand instanceof Operand.Path path) {
            ResolvedPath resolved = ResolvedPath.of(path.path(), names);
            out.add(resolved.attribute());
        } else if (operand instanceof Operand.Size size) {
            operand(size.argument(), names, out);
        }
    }
}
