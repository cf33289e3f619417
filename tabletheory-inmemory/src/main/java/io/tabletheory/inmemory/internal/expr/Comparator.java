package io.tabletheory.inmemory.internal.expr;

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

    /** The comparator of a token type, or null when the token is not a comparator. */
    static Comparator of(TokenType type) {
        switch (type) {
            case EQ:
                return EQ;
            case NE:
                return NE;
            case LT:
                return LT;
            case LE:
                return LE;
            case GT:
                return GT;
            case GE:
                return GE;
            default:
                return null;
        }
    }
}
