package io.tabletheory.inmemory.internal.expr.parse;

import io.tabletheory.inmemory.internal.expr.syntax.DocumentPath;
import io.tabletheory.inmemory.internal.expr.syntax.ExpressionKind;
import io.tabletheory.inmemory.internal.expr.syntax.ParsedUpdate;
import io.tabletheory.inmemory.internal.expr.syntax.UpdateAction;
import io.tabletheory.inmemory.internal.expr.syntax.UpdateValue;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Parses DynamoDB's UpdateExpression into {@link UpdateAction}s, by recursive descent over the shared {@link
 * Tokenizer} tokens and {@link PathSyntax} paths.
 *
 * <p>Grammar: one or more clauses, each a keyword ({@code SET}, {@code REMOVE}, {@code ADD}, {@code DELETE}, any
 * case) and comma-separated actions: {@code SET path = value}, {@code REMOVE path}, {@code ADD path :v}, {@code
 * DELETE path :v}. A SET value is an operand or one {@code operand + operand} / {@code operand - operand}; an operand
 * is a path, a {@code :value}, {@code if_not_exists(...)} or a parenthesized operand, and the whole value may be
 * {@code list_append(...)} (and only then); a parenthesis directly around another is redundant. Function names are
 * case-sensitive.
 *
 * <p>Syntax errors are thrown at once; the other parse-time errors (redundant parentheses, unknown or misused
 * functions, a clause used twice, reserved words, path depth) are collected in {@link ParseDiagnostics} and thrown
 * afterwards in DynamoDB's order; wrong operand counts are kept per action for {@code UpdateChecker}.
 */
public final class UpdateParser {
    private static final Set<String> NOT_IN_UPDATES =
            Set.of("attribute_exists", "attribute_not_exists", "attribute_type", "begins_with", "contains", "size");

    /** Stands in for an operand whose error is already recorded; never evaluated. */
    private static final UpdateValue INVALID = new UpdateValue.Value(":invalid");

    private final TokenStream tokens;
    private final ParseDiagnostics diagnostics = new ParseDiagnostics();
    private final List<UpdateAction> actions = new ArrayList<>();
    private final List<List<String>> placeholders = new ArrayList<>();
    private final List<Optional<String>> deferredErrors = new ArrayList<>();
    private String deferredError;
    private final ValueBuilder wholeValue = new ValueBuilder(Context.WHOLE);
    private final ValueBuilder operandValue = new ValueBuilder(Context.OPERAND);

    private UpdateParser(TokenStream tokens) {
        this.tokens = tokens;
    }

    /**
     * Parses an update expression.
     *
     * @throws io.tabletheory.api.error.ValidationException with DynamoDB's message for an empty or too long
     *     expression, a syntax error, a clause used twice, redundant parentheses, a misused or unknown function, a
     *     reserved word or a too-deep path
     */
    public static ParsedUpdate parse(String text) {
        ExpressionKind kind = ExpressionKind.UPDATE;
        ExpressionText.check(text, kind);
        return new UpdateParser(new TokenStream(text, kind)).parseWhole();
    }

    private ParsedUpdate parseWhole() {
        Set<UpdateAction.Clause> seen = EnumSet.noneOf(UpdateAction.Clause.class);
        do {
            UpdateAction.Clause clause = clauseAt();
            if (clause == null) {
                throw tokens.syntaxError();
            }
            Token keyword = tokens.next();
            if (!seen.add(clause)) {
                diagnostics.repeatedSection("The \"" + keyword.text().toUpperCase(Locale.ROOT)
                        + "\" section can only be used once in an update expression;");
            }
            action(clause);
            while (tokens.at(TokenType.COMMA)) {
                tokens.next();
                action(clause);
            }
            if (!tokens.at(TokenType.EOF) && clauseAt() == null) {
                throw tokens.syntaxError();
            }
        } while (!tokens.at(TokenType.EOF));
        diagnostics.throwIfInvalid(tokens.kind());
        return new ParsedUpdate(actions, placeholders, deferredErrors);
    }

    private UpdateAction.Clause clauseAt() {
        Token token = tokens.peek();
        for (UpdateAction.Clause clause : UpdateAction.Clause.values()) {
            if (token.isKeyword(clause.name())) {
                return clause;
            }
        }
        return null;
    }

    private void action(UpdateAction.Clause clause) {
        int placeholdersBefore = diagnostics.placeholders().size();
        deferredError = null;
        DocumentPath path = PathSyntax.parse(tokens, diagnostics);
        UpdateAction action =
                switch (clause) {
                    case SET -> {
                        tokens.expect(TokenType.EQ);
                        yield new UpdateAction.Set(
                                path, toValue(parseValue(true).node(), Context.WHOLE));
                    }
                    case REMOVE -> new UpdateAction.Remove(path);
                    case ADD -> new UpdateAction.Add(path, valuePlaceholder());
                    case DELETE -> new UpdateAction.Delete(path, valuePlaceholder());
                };
        List<String> all = diagnostics.placeholders();
        actions.add(action);
        placeholders.add(all.subList(placeholdersBefore, all.size()));
        deferredErrors.add(Optional.ofNullable(deferredError));
    }

    private String valuePlaceholder() {
        Token token = tokens.expect(TokenType.VALUE_PLACEHOLDER);
        diagnostics.placeholder(token.text());
        return token.text();
    }

    /** A value: a term, or (when {@code arithmetic}) one {@code term + term} or {@code term - term}. */
    private Parsed parseValue(boolean arithmetic) {
        Parsed left = parseTerm(arithmetic);
        if (!arithmetic || !(tokens.at(TokenType.PLUS) || tokens.at(TokenType.MINUS))) {
            return left;
        }
        boolean arithmeticOnLeft =
                switch (left.node().kind()) {
                    case ARITHMETIC -> true;
                    case VALUE, CALL -> false;
                };
        if (arithmeticOnLeft) {
            throw tokens.syntaxError();
        }
        boolean plus = tokens.next().type() == TokenType.PLUS;
        Parsed right = parseTerm(false);
        return new Parsed(new ArithmeticNode(plus, left.node(), right.node()), false);
    }

    /** An atom, or a parenthesized value (which may hold {@code +}/{@code -} when {@code arithmetic}). */
    private Parsed parseTerm(boolean arithmetic) {
        if (tokens.at(TokenType.LEFT_PAREN)) {
            tokens.next();
            tokens.enter();
            Parsed inner = parseValue(arithmetic);
            tokens.expect(TokenType.RIGHT_PAREN);
            tokens.leave();
            if (inner.parenthesized()) {
                diagnostics.redundantParentheses();
            }
            return new Parsed(inner.node(), true);
        }
        return new Parsed(parseAtom(), false);
    }

    private Node parseAtom() {
        Token token = tokens.peek();
        if (token.type() == TokenType.VALUE_PLACEHOLDER) {
            tokens.next();
            diagnostics.placeholder(token.text());
            return new ValueNode(new UpdateValue.Value(token.text()));
        }
        if (token.type() == TokenType.NAME
                && !TokenStream.isKeyword(token)
                && tokens.peek(1).type() == TokenType.LEFT_PAREN) {
            Token name = tokens.next();
            tokens.expect(TokenType.LEFT_PAREN);
            tokens.enter();
            List<Node> arguments = new ArrayList<>();
            arguments.add(parseValue(false).node());
            while (tokens.at(TokenType.COMMA)) {
                tokens.next();
                arguments.add(parseValue(false).node());
            }
            tokens.expect(TokenType.RIGHT_PAREN);
            tokens.leave();
            return new CallNode(name.text(), arguments);
        }
        if (PathSyntax.atPathStart(tokens)) {
            return new ValueNode(new UpdateValue.Path(PathSyntax.parse(tokens, diagnostics)));
        }
        throw tokens.syntaxError();
    }

    /** Where a value stands, which decides the functions allowed there. */
    private enum Context {
        /** The whole right-hand side of a SET: any function. */
        WHOLE,
        /** An operand of {@code +}/{@code -} or a function argument: no {@code list_append}. */
        OPERAND
    }

    private UpdateValue toValue(Node node, Context context) {
        return node.accept(context == Context.WHOLE ? wholeValue : operandValue);
    }

    /** Resolves a node's functions into an update value, given where the node stands. */
    private final class ValueBuilder implements NodeVisitor<UpdateValue> {
        private final Context context;

        ValueBuilder(Context context) {
            this.context = context;
        }

        @Override
        public UpdateValue visitValue(ValueNode value) {
            return value.value();
        }

        @Override
        public UpdateValue visitArithmetic(ArithmeticNode arithmetic) {
            UpdateValue left = toValue(arithmetic.left(), Context.OPERAND);
            UpdateValue right = toValue(arithmetic.right(), Context.OPERAND);
            return arithmetic.plus() ? new UpdateValue.Plus(left, right) : new UpdateValue.Minus(left, right);
        }

        @Override
        public UpdateValue visitCall(CallNode call) {
            boolean ifNotExists = call.name().equals("if_not_exists");
            if (!ifNotExists && !call.name().equals("list_append")) {
                diagnostics.functionError(
                        NOT_IN_UPDATES.contains(call.name())
                                ? "The function is not allowed in an update expression; function: " + call.name()
                                : "Invalid function name; function: " + call.name());
                return INVALID;
            }
            if (!ifNotExists && context != Context.WHOLE) {
                diagnostics.functionError(
                        "The function is not allowed to be used this way in an expression; function: " + call.name());
                return INVALID;
            }
            List<UpdateValue> arguments = new ArrayList<>();
            for (Node argument : call.arguments()) {
                arguments.add(toValue(argument, Context.OPERAND));
            }
            if (!arity(call, 2)) {
                return INVALID;
            }
            return ifNotExists
                    ? new UpdateValue.IfNotExists(arguments.get(0), arguments.get(1))
                    : new UpdateValue.ListAppend(arguments.get(0), arguments.get(1));
        }
    }

    private boolean arity(CallNode call, int expected) {
        if (call.arguments().size() == expected) {
            return true;
        }
        if (deferredError == null) {
            deferredError = "Incorrect number of operands for operator or function; operator or function: "
                    + call.name() + ", number of operands: " + call.arguments().size();
        }
        return false;
    }

    /** A piece of a SET value before its functions are resolved. */
    private sealed interface Node permits ValueNode, ArithmeticNode, CallNode {
        NodeKind kind();

        <R> R accept(NodeVisitor<R> visitor);
    }

    /** The kinds of {@link Node}, for the checks that need only the kind. */
    private enum NodeKind {
        VALUE,
        ARITHMETIC,
        CALL
    }

    /** An operation on nodes, one method per kind and no defaults. */
    private interface NodeVisitor<R> {
        R visitValue(ValueNode node);

        R visitArithmetic(ArithmeticNode node);

        R visitCall(CallNode node);
    }

    private record ValueNode(UpdateValue value) implements Node {
        @Override
        public NodeKind kind() {
            return NodeKind.VALUE;
        }

        @Override
        public <R> R accept(NodeVisitor<R> visitor) {
            return visitor.visitValue(this);
        }
    }

    private record ArithmeticNode(boolean plus, Node left, Node right) implements Node {
        @Override
        public NodeKind kind() {
            return NodeKind.ARITHMETIC;
        }

        @Override
        public <R> R accept(NodeVisitor<R> visitor) {
            return visitor.visitArithmetic(this);
        }
    }

    private record CallNode(String name, List<Node> arguments) implements Node {
        @Override
        public NodeKind kind() {
            return NodeKind.CALL;
        }

        @Override
        public <R> R accept(NodeVisitor<R> visitor) {
            return visitor.visitCall(this);
        }
    }

    /** A node, and whether it is exactly one parenthesized group (for the redundant-parentheses rule). */
    private record Parsed(Node node, boolean parenthesized) {}
}
