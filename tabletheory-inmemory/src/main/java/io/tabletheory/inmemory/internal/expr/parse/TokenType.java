package io.tabletheory.inmemory.internal.expr.parse;

/** The kinds of token of DynamoDB's expression language, shared by every expression grammar. */
enum TokenType {
    /** A bare attribute name, keyword or function name: a letter, then letters, digits or underscores. */
    NAME,
    /** An expression attribute name, {@code #name}. */
    NAME_PLACEHOLDER,
    /** An expression attribute value, {@code :value}. */
    VALUE_PLACEHOLDER,
    /** Decimal digits (list indexes). */
    NUMBER,
    LEFT_PAREN,
    RIGHT_PAREN,
    LEFT_BRACKET,
    RIGHT_BRACKET,
    COMMA,
    DOT,
    EQ,
    NE,
    LT,
    LE,
    GT,
    GE,
    PLUS,
    MINUS,
    /** A character that starts no token; always a syntax error where it appears. */
    INVALID,
    /** The end of the expression. */
    EOF
}
