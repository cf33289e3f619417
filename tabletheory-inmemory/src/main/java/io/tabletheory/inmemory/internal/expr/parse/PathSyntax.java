package io.tabletheory.inmemory.internal.expr.parse;

import io.tabletheory.inmemory.internal.expr.syntax.DocumentPath;
import io.tabletheory.inmemory.internal.expr.syntax.PathElement;
import java.util.ArrayList;
import java.util.List;

/**
 * The document-path rule shared by every expression grammar: a bare name or {@code #name}, followed by {@code .name},
 * {@code .#name} or {@code [digits]} steps. Records bare names (for the reserved-word check), placeholders and path
 * depth in the parser's {@link ParseDiagnostics}.
 */
final class PathSyntax {
    private PathSyntax() {}

    /** Whether the current token can start a path. */
    static boolean atPathStart(TokenStream tokens) {
        Token token = tokens.peek();
        return token.type() == TokenType.NAME_PLACEHOLDER
                || (token.type() == TokenType.NAME && !TokenStream.isKeyword(token));
    }

    /** Parses a whole path at the current token. */
    static DocumentPath parse(TokenStream tokens, ParseDiagnostics diagnostics) {
        List<PathElement> elements = new ArrayList<>();
        elements.add(name(tokens, diagnostics));
        return continuation(tokens, diagnostics, elements);
    }

    /** Whether the current token continues a path ({@code .} or {@code [}). */
    static boolean atContinuation(TokenStream tokens) {
        return tokens.at(TokenType.DOT) || tokens.at(TokenType.LEFT_BRACKET);
    }

    /** Parses the {@code .x} and {@code [n]} steps that extend {@code prefix}. */
    static DocumentPath extend(TokenStream tokens, ParseDiagnostics diagnostics, DocumentPath prefix) {
        return continuation(tokens, diagnostics, new ArrayList<>(prefix.elements()));
    }

    private static DocumentPath continuation(
            TokenStream tokens, ParseDiagnostics diagnostics, List<PathElement> elements) {
        while (true) {
            if (tokens.at(TokenType.DOT)) {
                tokens.next();
                elements.add(name(tokens, diagnostics));
            } else if (tokens.at(TokenType.LEFT_BRACKET)) {
                tokens.next();
                Token number = tokens.peek();
                if (number.type() != TokenType.NUMBER || number.text().length() > 9) {
                    throw tokens.syntaxError();
                }
                tokens.next();
                tokens.expect(TokenType.RIGHT_BRACKET);
                elements.add(new PathElement.Index(Integer.parseInt(number.text())));
            } else {
                DocumentPath path = new DocumentPath(elements);
                diagnostics.path(path);
                return path;
            }
        }
    }

    private static PathElement name(TokenStream tokens, ParseDiagnostics diagnostics) {
        if (!atPathStart(tokens)) {
            throw tokens.syntaxError();
        }
        Token token = tokens.next();
        if (token.type() == TokenType.NAME_PLACEHOLDER) {
            diagnostics.placeholder(token.text());
            return new PathElement.Placeholder(token.text());
        }
        diagnostics.bareName(token.text());
        return new PathElement.Name(token.text());
    }
}
