package io.tabletheory.inmemory.internal.expr.parse;

import io.tabletheory.inmemory.internal.expr.syntax.DocumentPath;
import io.tabletheory.inmemory.internal.expr.syntax.ExpressionKind;
import io.tabletheory.inmemory.internal.expr.syntax.ParsedProjection;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a ProjectionExpression, a comma-separated list of document paths ({@code a, #b.c[1]}), with the shared
 * tokenizer and path rule, and DynamoDB's errors (empty, too long, syntax, nesting over 32 levels, reserved words).
 */
public final class ProjectionParser {
    private ProjectionParser() {}

    /**
     * Parses a projection expression.
     *
     * @throws io.tabletheory.api.error.ValidationException with DynamoDB's message
     */
    public static ParsedProjection parse(String text) {
        ExpressionKind kind = ExpressionKind.PROJECTION;
        ExpressionText.check(text, kind);
        TokenStream tokens = new TokenStream(text, kind);
        ParseDiagnostics diagnostics = new ParseDiagnostics();
        List<DocumentPath> paths = new ArrayList<>();
        paths.add(PathSyntax.parse(tokens, diagnostics));
        while (tokens.at(TokenType.COMMA)) {
            tokens.next();
            paths.add(PathSyntax.parse(tokens, diagnostics));
        }
        if (!tokens.at(TokenType.EOF)) {
            throw tokens.syntaxError();
        }
        diagnostics.throwIfInvalid(kind);
        return new ParsedProjection(paths, diagnostics.placeholders());
    }
}
