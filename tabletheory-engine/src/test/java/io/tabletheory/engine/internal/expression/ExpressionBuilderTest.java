package io.tabletheory.engine.internal.expression;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.api.value.AttributeValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpressionBuilderTest {
    @Test
    void render_putsEveryNameAndValueBehindAPlaceholder() {
        ExpressionBuilder builder = new ExpressionBuilder();
        String expression = builder.render(new Condition.Comparison(
                "status) OR (1 = 1", ComparisonOperator.EQUAL, AttributeValue.ofString(":v1 OR x")));

        assertThat(expression).isEqualTo("#n0 = :v0");
        assertThat(builder.names()).isEqualTo(Map.of("#n0", "status) OR (1 = 1"));
        assertThat(builder.values()).isEqualTo(Map.of(":v0", AttributeValue.ofString(":v1 OR x")));
    }

    @Test
    void render_reusesTheNamePlaceholderOfARepeatedAttribute() {
        ExpressionBuilder builder = new ExpressionBuilder();
        String expression = builder.render(new Condition.And(List.of(
                new Condition.AttributeExists("version"),
                new Condition.Comparison("version", ComparisonOperator.EQUAL, AttributeValue.ofNumber(3)))));

        assertThat(expression).isEqualTo("attribute_exists(#n0) AND #n0 = :v0");
        assertThat(builder.names()).containsExactly(Map.entry("#n0", "version"));
    }

    @Test
    void render_parenthesizesCompoundOperandsOnce() {
        ExpressionBuilder builder = new ExpressionBuilder();
        Condition a = new Condition.AttributeExists("a");
        Condition b = new Condition.AttributeNotExists("b");
        Condition c = new Condition.Comparison("c", ComparisonOperator.LESS_THAN, AttributeValue.ofNumber(1));
        String expression = builder.render(new Condition.And(
                List.of(new Condition.Or(List.of(a, b)), new Condition.Not(new Condition.And(List.of(c, a))))));

        assertThat(expression)
                .isEqualTo("(attribute_exists(#n0) OR attribute_not_exists(#n1)) AND NOT (#n2 < :v0 AND"
                        + " attribute_exists(#n0))");
    }

    @Test
    void render_isDeterministic() {
        Condition condition = new Condition.Or(List.of(
                new Condition.Comparison("x", ComparisonOperator.GREATER_THAN_OR_EQUAL, AttributeValue.ofNumber(1)),
                new Condition.Comparison("y", ComparisonOperator.NOT_EQUAL, AttributeValue.ofString("z"))));

        assertThat(new ExpressionBuilder().render(condition)).isEqualTo(new ExpressionBuilder().render(condition));
        assertThat(new ExpressionBuilder().render(condition)).isEqualTo("#n0 >= :v0 OR #n1 <> :v1");
    }
}
