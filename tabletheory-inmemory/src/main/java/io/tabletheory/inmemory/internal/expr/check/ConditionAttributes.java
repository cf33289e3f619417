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
        Collector collector = new Collector(names);
        condition.accept(collector);
        return collector.attributes;
    }

    /** Collects the attributes of one condition, visiting its nodes and operands. */
    private static final class Collector implements Condition.Visitor<Void>, Operand.Visitor<Void> {
        private final Map<String, String> names;
        private final Set<String> attributes = new LinkedHashSet<>();

        Collector(Map<String, String> names) {
            this.names = names;
        }

        private Void operands(Operand... operands) {
            for (Operand operand : operands) {
                operand.accept(this);
            }
            return null;
        }

        private Void conditions(Condition... conditions) {
            for (Condition condition : conditions) {
                condition.accept(this);
            }
            return null;
        }

        @Override
        public Void visitCompare(Condition.Compare compare) {
            return operands(compare.left(), compare.right());
        }

        @Override
        public Void visitBetween(Condition.Between between) {
            return operands(between.value(), between.lower(), between.upper());
        }

        @Override
        public Void visitIn(Condition.In in) {
            operands(in.value());
            return operands(in.candidates().toArray(new Operand[0]));
        }

        @Override
        public Void visitAnd(Condition.And and) {
            return conditions(and.left(), and.right());
        }

        @Override
        public Void visitOr(Condition.Or or) {
            return conditions(or.left(), or.right());
        }

        @Override
        public Void visitNot(Condition.Not not) {
            return conditions(not.condition());
        }

        @Override
        public Void visitAttributeExists(Condition.AttributeExists exists) {
            return operands(exists.path());
        }

        @Override
        public Void visitAttributeNotExists(Condition.AttributeNotExists notExists) {
            return operands(notExists.path());
        }

        @Override
        public Void visitAttributeType(Condition.AttributeType attributeType) {
            return operands(attributeType.subject(), attributeType.type());
        }

        @Override
        public Void visitBeginsWith(Condition.BeginsWith beginsWith) {
            return operands(beginsWith.subject(), beginsWith.prefix());
        }

        @Override
        public Void visitContains(Condition.Contains contains) {
            return operands(contains.subject(), contains.operand());
        }

        @Override
        public Void visitPath(Operand.Path path) {
            attributes.add(ResolvedPath.of(path.path(), names).attribute());
            return null;
        }

        @Override
        public Void visitValue(Operand.Value value) {
            return null;
        }

        @Override
        public Void visitSize(Operand.Size size) {
            return operands(size.argument());
        }
    }
}
