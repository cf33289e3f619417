package io.tabletheory.inmemory.internal.expr.syntax;

/** The comparison operators of DynamoDB's condition language. */
public enum Comparator {
    EQ("="),
    NE("<>"),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">=");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written. */
    public String symbol() {
        return symbol;
    }

    /** Whether the operator orders its operands (and so requires N, S or B). */
    public boolean isOrdering() {
        return this != EQ && this != NE;
    }
}
