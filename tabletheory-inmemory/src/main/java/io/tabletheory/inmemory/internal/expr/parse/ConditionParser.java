package io.tabletheory.inmemory.internal.expr.parse;

import io.tabletheory.inmemory.internal.expr.syntax.Comparator;
import io.tabletheory.inmemory.internal.expr.syntax.Condition;
import io.tabletheory.inmemory.internal.expr.syntax.DocumentPath;
import io.tabletheory.inmemory.internal.expr.syntax.ExpressionKind;
import io.tabletheory.inmemory.internal.expr.syntax.LeafViews;
import io.tabletheory.inmemory.internal.expr.syntax.Operand;
import io.tabletheory.inmemory.internal.expr.syntax.ParsedCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses DynamoDB's condition language (ConditionExpression, and later FilterExpression) into a {@link Condition}
 * tree, by recursive descent over the shared {@link Tokenizer} tokens.
 *
 * <p>Grammar, loosest first: {@code OR}, {@code AND}, {@code NOT}, then a primary: a comparison ({@code = <> < <= >
 * >=}), {@code BETWEEN x AND y}, {@code IN (...)}, a function ({@code attribute_exists}, {@code
 * attribute_not_exists}, {@code attribute_type}, {@code begins_with}, {@code contains}), or a parenthesized
 * condition. Operands are document paths, {@code :values} and {@code size(...)}, and may be parenthesized as DynamoDB
 * allows ({@code (a).b}); a parenthesis directly around another is "redundant" and rejected. Keywords ignore case;
 * function names do not.
 *
 * <p>Syntax errors are thrown at once; the other parse-time errors are collected in {@link ParseDiagnostics} and
 * thrown afterwards in DynamoDB's order.
 */
public final class ConditionParser {
    private static final Set<String> CONDITION_FUNCTIONS =
            Set.of("attribute_exists", "attribute_not_exists", "attribute_type", "begins_with", "contains");
    private static final Set<String> OTHER_FUNCTIONS = Set.of("size", "if_not_exists", "list_append");

    /** Stands in for an operand whose error is already recorded; never evaluated. */
    private static final Operand INVALID_OPERAND = new Operand.Value(":invalid");

    private static final Condition INVALID_CONDITION = new Condition.AttributeExists(INVALID_OPERAND);

    private final TokenStream tokens;
    private final ParseDiagnostics diagnostics = new ParseDiagnostics();
    private int openConditionParentheses;
    private final ConditionBuilder conditionBuilder = new ConditionBuilder();
    private final OperandBuilder operandBuilder = new OperandBuilder();

    private ConditionParser(TokenStream tokens) {
        this.tokens = tokens;
    }

    /**
     * Parses a condition expression.
     *
     * @throws io.tabletheory.api.error.ValidationException with DynamoDB's message for an empty or too long
     *     expression, a syntax error, too many operators, redundant parentheses, a misused or unknown function, or a
     *     reserved word
     */
    public static ParsedCondition parse(String text, ExpressionKind kind) {
        ExpressionText.check(text, kind);
        return new ConditionParser(new TokenStream(text, kind)).parseWhole();
    }

    private ParsedCondition parseWhole() {
        Parsed parsed = parseOr();
        if (!tokens.at(TokenType.EOF)) {
            throw tokens.syntaxError();
        }
        Condition condition = toCondition(parsed);
        diagnostics.throwIfInvalid(tokens.kind());
        return new ParsedCondition(condition, diagnostics.placeholders(), diagnostics.structuralError());
    }

    private Parsed parseOr() {
        Parsed left = parseAnd();
        while (tokens.atKeyword("OR")) {
            tokens.next();
            diagnostics.operator();
            Condition leftCondition = toCondition(left);
            Condition rightCondition = toCondition(parseAnd());
            left = condition(new Condition.Or(leftCondition, rightCondition));
        }
        return left;
    }

    private Parsed parseAnd() {
        Parsed left = parseNot();
        while (tokens.atKeyword("AND")) {
            tokens.next();
            diagnostics.operator();
            Condition leftCondition = toCondition(left);
            Condition rightCondition = toCondition(parseNot());
            left = condition(new Condition.And(leftCondition, rightCondition));
        }
        return left;
    }

    private Parsed parseNot() {
        if (tokens.atKeyword("NOT")) {
            tokens.next();
            diagnostics.operator();
            return condition(new Condition.Not(toCondition(parseNot())));
        }
        return parsePrimary();
    }

    private Parsed parsePrimary() {
        Parsed primary;
        if (tokens.at(TokenType.LEFT_PAREN)) {
            tokens.next();
            tokens.enter();
            openConditionParentheses++;
            Parsed inner = parseOr();
            tokens.expect(TokenType.RIGHT_PAREN);
            openConditionParentheses--;
            tokens.leave();
            primary = group(inner);
        } else {
            primary = new Parsed(parseAtom(), false);
        }
        return continueComparison(primary);
    }

    private Parsed continueComparison(Parsed left) {
        Token token = tokens.peek();
        Comparator comparator = comparatorOf(token.type());
        boolean between = token.isKeyword("BETWEEN");
        boolean in = token.isKeyword("IN");
        if (comparator == null && !between && !in) {
            return switch (left.node().kind()) {
                case OPERAND -> {
                    if (tokens.at(TokenType.RIGHT_PAREN) && openConditionParentheses > 0) {
                        yield left;
                    }
                    throw tokens.syntaxError();
                }
                case CALL -> tokens.at(TokenType.RIGHT_PAREN) ? left : condition(toCondition(left));
                case CONDITION -> left;
            };
        }
        boolean conditionOnLeft =
                switch (left.node().kind()) {
                    case CONDITION -> true;
                    case OPERAND, CALL -> false;
                };
        if (conditionOnLeft) {
            throw tokens.syntaxError();
        }
        tokens.next();
        diagnostics.operator();
        Operand value = toOperand(left);
        if (comparator != null) {
            return condition(new Condition.Compare(comparator, value, toOperand(parseOperand())));
        }
        if (between) {
            Operand lower = toOperand(parseOperand());
            tokens.expectKeyword("AND");
            Operand upper = toOperand(parseOperand());
            return condition(new Condition.Between(value, lower, upper));
        }
        tokens.expect(TokenType.LEFT_PAREN);
        List<Operand> candidates = new ArrayList<>();
        candidates.add(toOperand(parseOperand()));
        while (tokens.at(TokenType.COMMA)) {
            tokens.next();
            candidates.add(toOperand(parseOperand()));
        }
        tokens.expect(TokenType.RIGHT_PAREN);
        diagnostics.inOperands(candidates.size());
        return condition(new Condition.In(value, candidates));
    }

    private Parsed parseOperand() {
        if (tokens.at(TokenType.LEFT_PAREN)) {
            tokens.next();
            tokens.enter();
            Parsed inner = parseOperand();
            tokens.expect(TokenType.RIGHT_PAREN);
            tokens.leave();
            return group(inner);
        }
        return new Parsed(parseAtom(), false);
    }

    /** A parenthesized group: flags redundant parentheses, and lets a parenthesized path go on ({@code (a).b}). */
    private Parsed group(Parsed inner) {
        if (inner.parenthesized()) {
            diagnostics.redundantParentheses();
        }
        DocumentPath path = inner.node().accept(PATH_OPERAND);
        if (path != null && PathSyntax.atContinuation(tokens)) {
            return new Parsed(new OperandNode(new Operand.Path(PathSyntax.extend(tokens, diagnostics, path))), false);
        }
        return new Parsed(inner.node(), true);
    }

    private Node parseAtom() {
        Token token = tokens.peek();
        if (token.type() == TokenType.VALUE_PLACEHOLDER) {
            tokens.next();
            diagnostics.placeholder(token.text());
            return new OperandNode(new Operand.Value(token.text()));
        }
        if (token.type() == TokenType.NAME
                && !TokenStream.isKeyword(token)
                && tokens.peek(1).type() == TokenType.LEFT_PAREN) {
            return parseCall();
        }
        if (PathSyntax.atPathStart(tokens)) {
            return new OperandNode(new Operand.Path(PathSyntax.parse(tokens, diagnostics)));
        }
        throw tokens.syntaxError();
    }

    private CallNode parseCall() {
        Token name = tokens.next();
        tokens.expect(TokenType.LEFT_PAREN);
        tokens.enter();
        List<Node> arguments = new ArrayList<>();
        arguments.add(parseOperand().node());
        while (tokens.at(TokenType.COMMA)) {
            tokens.next();
            arguments.add(parseOperand().node());
        }
        tokens.expect(TokenType.RIGHT_PAREN);
        tokens.leave();
        return new CallNode(name.text(), arguments);
    }

    private Condition toCondition(Parsed parsed) {
        return parsed.node().accept(conditionBuilder);
    }

    /** A node where a condition must stand: a condition, or a call of a condition function. */
    private final class ConditionBuilder implements NodeVisitor<Condition> {
        @Override
        public Condition visitCondition(ConditionNode node) {
            return node.condition();
        }

        @Override
        public Condition visitOperand(OperandNode node) {
            throw tokens.syntaxError();
        }

        @Override
        public Condition visitCall(CallNode call) {
            return functionCondition(call);
        }
    }

    private Condition functionCondition(CallNode call) {
        if (!CONDITION_FUNCTIONS.contains(call.name())) {
            diagnostics.functionError(OTHER_FUNCTIONS.contains(call.name()) ? misused(call) : unknown(call));
            return INVALID_CONDITION;
        }
        List<Operand> arguments = operands(call);
        switch (call.name()) {
            case "attribute_exists":
                return arity(call, 1) ? new Condition.AttributeExists(arguments.get(0)) : INVALID_CONDITION;
            case "attribute_not_exists":
                return arity(call, 1) ? new Condition.AttributeNotExists(arguments.get(0)) : INVALID_CONDITION;
            case "attribute_type":
                return arity(call, 2)
                        ? new Condition.AttributeType(arguments.get(0), arguments.get(1))
                        : INVALID_CONDITION;
            case "begins_with":
                return arity(call, 2)
                        ? new Condition.BeginsWith(arguments.get(0), arguments.get(1))
                        : INVALID_CONDITION;
            default:
                return arity(call, 2) ? new Condition.Contains(arguments.get(0), arguments.get(1)) : INVALID_CONDITION;
        }
    }

    private Operand toOperand(Parsed parsed) {
        return toOperand(parsed.node());
    }

    private Operand toOperand(Node node) {
        return node.accept(operandBuilder);
    }

    /** A node where an operand must stand: an operand, or a call of {@code size}. */
    private final class OperandBuilder implements NodeVisitor<Operand> {
        @Override
        public Operand visitCondition(ConditionNode node) {
            throw tokens.syntaxError();
        }

        @Override
        public Operand visitOperand(OperandNode node) {
            return node.operand();
        }

        @Override
        public Operand visitCall(CallNode call) {
            if (!call.name().equals("size")) {
                boolean known = CONDITION_FUNCTIONS.contains(call.name()) || OTHER_FUNCTIONS.contains(call.name());
                diagnostics.functionError(known ? misused(call) : unknown(call));
                return INVALID_OPERAND;
            }
            List<Operand> arguments = operands(call);
            return arity(call, 1) ? new Operand.Size(arguments.get(0)) : INVALID_OPERAND;
        }
    }

    private List<Operand> operands(CallNode call) {
        List<Operand> operands = new ArrayList<>();
        for (Node argument : call.arguments()) {
            operands.add(toOperand(argument));
        }
        return operands;
    }

    private boolean arity(CallNode call, int expected) {
        if (call.arguments().size() == expected) {
            return true;
        }
        diagnostics.structuralError("Incorrect number of operands for operator or function; operator or function: "
                + call.name() + ", number of operands: " + call.arguments().size());
        return false;
    }

    private static String misused(CallNode call) {
        return "The function is not allowed to be used this way in an expression; function: " + call.name();
    }

    private static String unknown(CallNode call) {
        return "Invalid function name; function: " + call.name();
    }

    private static Parsed condition(Condition condition) {
        return new Parsed(new ConditionNode(condition), false);
    }

    /** A piece of the expression before it is known to be a condition or an operand. */
    private sealed interface Node permits ConditionNode, OperandNode, CallNode {
        NodeKind kind();

        <R> R accept(NodeVisitor<R> visitor);
    }

    /** The kinds of {@link Node}, for the checks that need only the kind. */
    private enum NodeKind {
        CONDITION,
        OPERAND,
        CALL
    }

    /** An operation on nodes, one method per kind and no defaults. */
    private interface NodeVisitor<R> {
        R visitCondition(ConditionNode node);

        R visitOperand(OperandNode node);

        R visitCall(CallNode node);
    }

    private record ConditionNode(Condition condition) implements Node {
        @Override
        public NodeKind kind() {
            return NodeKind.CONDITION;
        }

        @Override
        public <R> R accept(NodeVisitor<R> visitor) {
            return visitor.visitCondition(this);
        }
    }

    private record OperandNode(Operand operand) implements Node {
        @Override
        public NodeKind kind() {
            return NodeKind.OPERAND;
        }

        @Override
        public <R> R accept(NodeVisitor<R> visitor) {
            return visitor.visitOperand(this);
        }
    }

    /** A function call, which becomes a condition or an operand depending on where it stands. */
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

    /** The path of a node that is a path operand; null for any other node. */
    private static final NodeVisitor<DocumentPath> PATH_OPERAND = new NodeVisitor<>() {
        @Override
        public DocumentPath visitCondition(ConditionNode node) {
            return null;
        }

        @Override
        public DocumentPath visitOperand(OperandNode node) {
            return LeafViews.path(node.operand());
        }

        @Override
        public DocumentPath visitCall(CallNode node) {
            return null;
        }
    };

    /** A node, and whether it is exactly one parenthesized group (for the redundant-parentheses rule). */
    private record Parsed(Node node, boolean parenthesized) {}

    /** The comparator a token stands for, or null when the token is not a comparator. */
    private static Comparator comparatorOf(TokenType type) {
        return switch (type) {
            case EQ -> Comparator.EQ;
            case NE -> Comparator.NE;
            case LT -> Comparator.LT;
            case LE -> Comparator.LE;
            case GT -> Comparator.GT;
            case GE -> Comparator.GE;
            case NAME,
                    NAME_PLACEHOLDER,
                    VALUE_PLACEHOLDER,
                    NUMBER,
                    LEFT_PAREN,
                    RIGHT_PAREN,
                    LEFT_BRACKET,
                    RIGHT_BRACKET,
                    COMMA,
                    DOT,
                    PLUS,
                    MINUS,
                    INVALID,
                    EOF -> null;
        };
    }
}
