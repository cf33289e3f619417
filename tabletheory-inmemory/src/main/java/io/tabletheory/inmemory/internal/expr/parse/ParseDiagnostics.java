package io.tabletheory.inmemory.internal.expr.parse;

import io.tabletheory.inmemory.internal.expr.syntax.DocumentPath;
import io.tabletheory.inmemory.internal.expr.syntax.ExpressionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a parser learns about an expression besides its tree, so that errors are reported in DynamoDB's order even
 * though they are found in text order: after syntax, DynamoDB reports too many operators, too many IN operands,
 * too-deep paths, redundant parentheses, function misuse, then reserved words (all thrown by {@link
 * #throwIfInvalid}), except that an update clause used twice is reported before a reserved word that follows it;
 * request-dependent problems (undefined placeholders, then wrong operand counts) come later, so
 * the placeholders and the first operand-count error are kept for the caller.
 */
final class ParseDiagnostics {
    static final int MAX_OPERATORS = 300;
    static final int MAX_IN_OPERANDS = 100;
    static final int MAX_PATH_DEPTH = 32;

    private final List<String> placeholders = new ArrayList<>();
    private int operators;
    private int inOperands;
    private int pathDepth;
    private boolean redundantParentheses;
    private String functionError;
    private String reservedWord;
    private String structuralError;
    private String repeatedSection;
    private boolean reservedWordBeforeRepeatedSection;

    void operator() {
        operators++;
    }

    void inOperands(int count) {
        if (count > MAX_IN_OPERANDS && inOperands == 0) {
            inOperands = count;
        }
    }

    void path(DocumentPath path) {
        int depth = path.elements().size();
        if (depth > MAX_PATH_DEPTH && pathDepth == 0) {
            pathDepth = depth;
        }
    }

    void redundantParentheses() {
        redundantParentheses = true;
    }

    void functionError(String message) {
        if (functionError == null) {
            functionError = message;
        }
    }

    void bareName(String name) {
        if (reservedWord == null && ReservedWords.isReserved(name)) {
            reservedWord = name;
        }
    }

    /** An update clause keyword used a second time; reported in text order relative to reserved words. */
    void repeatedSection(String message) {
        if (repeatedSection == null) {
            repeatedSection = message;
            reservedWordBeforeRepeatedSection = reservedWord != null;
        }
    }

    void placeholder(String token) {
        placeholders.add(token);
    }

    void structuralError(String message) {
        if (structuralError == null) {
            structuralError = message;
        }
    }

    List<String> placeholders() {
        return List.copyOf(placeholders);
    }

    Optional<String> structuralError() {
        return Optional.ofNullable(structuralError);
    }

    /** Throws the first parse-time error in DynamoDB's order, if any. */
    void throwIfInvalid(ExpressionKind kind) {
        if (operators > MAX_OPERATORS) {
            throw kind.invalid("The expression contains too many operators; operator count: " + (MAX_OPERATORS + 1));
        }
        if (inOperands > 0) {
            throw kind.invalid("The IN operator is provided with too many operands; number of operands: " + inOperands);
        }
        if (pathDepth > 0) {
            throw kind.invalid("The document path has too many nesting levels; nesting levels: " + pathDepth);
        }
        if (redundantParentheses) {
            throw kind.invalid("The expression has redundant parentheses;");
        }
        if (functionError != null) {
            throw kind.invalid(functionError);
        }
        if (repeatedSection != null && !reservedWordBeforeRepeatedSection) {
            throw kind.invalid(repeatedSection);
        }
        if (reservedWord != null) {
            throw kind.invalid("Attribute name is a reserved keyword; reserved keyword: " + reservedWord);
        }
    }
}
