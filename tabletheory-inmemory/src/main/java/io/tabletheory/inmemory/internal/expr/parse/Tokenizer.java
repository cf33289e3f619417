package io.tabletheory.inmemory.internal.expr.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an expression into {@link Token}s; the first stage of every expression parser (condition, projection,
 * and later update and key condition). Whitespace separates tokens; a character that starts no token becomes an
 * {@link TokenType#INVALID} token so the parser reports it as DynamoDB does ({@code Syntax error; token: "!"}).
 */
final class Tokenizer {
    private Tokenizer() {}

    /** The tokens of {@code text}, ending with an {@link TokenType#EOF} token. */
    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
                continue;
            }
            int start = i;
            TokenType type;
            if (isLetter(c)) {
                i = skipNameCharacters(text, i + 1);
                type = TokenType.NAME;
            } else if (c >= '0' && c <= '9') {
                while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                type = TokenType.NUMBER;
            } else if ((c == '#' || c == ':') && i + 1 < length && isNameCharacter(text.charAt(i + 1))) {
                i = skipNameCharacters(text, i + 1);
                type = c == '#' ? TokenType.NAME_PLACEHOLDER : TokenType.VALUE_PLACEHOLDER;
            } else if (c == '<' && i + 1 < length && text.charAt(i + 1) == '>') {
                i += 2;
                type = TokenType.NE;
            } else if (c == '<' && i + 1 < length && text.charAt(i + 1) == '=') {
                i += 2;
                type = TokenType.LE;
            } else if (c == '>' && i + 1 < length && text.charAt(i + 1) == '=') {
                i += 2;
                type = TokenType.GE;
            } else {
                type = single(c);
                i += type == TokenType.INVALID ? Character.charCount(text.codePointAt(i)) : 1;
            }
            tokens.add(new Token(type, text.substring(start, i), start, i));
        }
        tokens.add(new Token(TokenType.EOF, "<EOF>", length, length));
        return List.copyOf(tokens);
    }

    private static TokenType single(char c) {
        switch (c) {
            case '(':
                return TokenType.LEFT_PAREN;
            case ')':
                return TokenType.RIGHT_PAREN;
            case '[':
                return TokenType.LEFT_BRACKET;
            case ']':
                return TokenType.RIGHT_BRACKET;
            case ',':
                return TokenType.COMMA;
            case '.':
                return TokenType.DOT;
            case '=':
                return TokenType.EQ;
            case '<':
                return TokenType.LT;
            case '>':
                return TokenType.GT;
            case '+':
                return TokenType.PLUS;
            case '-':
                return TokenType.MINUS;
            default:
                return TokenType.INVALID;
        }
    }

    private static int skipNameCharacters(String text, int from) {
        int i = from;
        while (i < text.length() && isNameCharacter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNameCharacter(char c) {
        return isLetter(c) || (c >= '0' && c <= '9') || c == '_';
    }
}
