package io.tabletheory.engine.internal.expression;

/** The comparators of DynamoDB's condition syntax. */
public enum ComparisonOperator {
    EQUAL("="),
    NOT_EQUAL("<>"),
    LESS_THAN("<"),
    LESS_THAN_OR_EQUAL("<="),
    GREATER_THAN(">"),
    GREATER_THAN_OR_EQUAL(">=");

    private final String symbol;

    ComparisonOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as DynamoDB writes it. */
    public String symbol() {
        return symbol;
    }
}
