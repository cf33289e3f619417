package io.tabletheory.engine.internal.expression;

import io.tabletheory.api.value.AttributeValue;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders one {@link Condition} tree into DynamoDB's condition syntax through an {@link ExpressionBuilder}, which
 * allocates the placeholders. A compound operand of AND, OR or NOT is parenthesized once, a simple one never
 * (DynamoDB rejects redundant parentheses).
 */
final class ConditionRenderer implements Condition.Visitor<String> {
    /** Whether a condition is AND or OR, and so needs parentheses as an operand. */
    private static final Condition.Visitor<Boolean> COMPOUND = new Condition.Visitor<>() {
        @Override
        public Boolean visitComparison(Condition.Comparison condition) {
            return false;
        }

        @Override
        public Boolean visitBetween(Condition.Between condition) {
            return false;
        }

        @Override
        public Boolean visitIn(Condition.In condition) {
            return false;
        }

        @Override
        public Boolean visitBeginsWith(Condition.BeginsWith condition) {
            return false;
        }

        @Override
        public Boolean visitContains(Condition.Contains condition) {
            return false;
        }

        @Override
        public Boolean visitAttributeExists(Condition.AttributeExists condition) {
            return false;
        }

        @Override
        public Boolean visitAttributeNotExists(Condition.AttributeNotExists condition) {
            return false;
        }

        @Override
        public Boolean visitAnd(Condition.And condition) {
            return true;
        }

        @Override
        public Boolean visitOr(Condition.Or condition) {
            return true;
        }

        @Override
        public Boolean visitNot(Condition.Not condition) {
            return false;
        }
    };

    private final ExpressionBuilder builder;

    ConditionRenderer(ExpressionBuilder builder) {
        this.builder = builder;
    }

    @Override
    public String visitComparison(Condition.Comparison condition) {
        String name = builder.name(condition.attribute());
        return name + " " + condition.operator().symbol() + " " + builder.value(condition.value());
    }

    @Override
    public String visitBetween(Condition.Between condition) {
        String name = builder.name(condition.attribute());
        String low = builder.value(condition.low());
        return name + " BETWEEN " + low + " AND " + builder.value(condition.high());
    }

    @Override
    public String visitIn(Condition.In condition) {
        String name = builder.name(condition.attribute());
        StringBuilder out = new StringBuilder(name).append(" IN (");
        String separator = "";
        for (AttributeValue element : condition.values()) {
            out.append(separator).append(builder.value(element));
            separator = ", ";
        }
        return out.append(')').toString();
    }

    @Override
    public String visitBeginsWith(Condition.BeginsWith condition) {
        String name = builder.name(condition.attribute());
        return "begins_with(" + name + ", " + builder.value(condition.prefix()) + ")";
    }

    @Override
    public String visitContains(Condition.Contains condition) {
        String name = builder.name(condition.attribute());
        return "contains(" + name + ", " + builder.value(condition.operand()) + ")";
    }

    @Override
    public String visitAttributeExists(Condition.AttributeExists condition) {
        return "attribute_exists(" + builder.name(condition.attribute()) + ")";
    }

    @Override
    public String visitAttributeNotExists(Condition.AttributeNotExists condition) {
        return "attribute_not_exists(" + builder.name(condition.attribute()) + ")";
    }

    @Override
    public String visitAnd(Condition.And condition) {
        return join(condition.operands(), " AND ");
    }

    @Override
    public String visitOr(Condition.Or condition) {
        return join(condition.operands(), " OR ");
    }

    @Override
    public String visitNot(Condition.Not condition) {
        return "NOT " + operand(condition.operand());
    }

    private String join(List<Condition> operands, String operator) {
        return operands.stream().map(this::operand).collect(Collectors.joining(operator));
    }

    private String operand(Condition operand) {
        String text = operand.accept(this);
        return operand.accept(COMPOUND) ? "(" + text + ")" : text;
    }
}
