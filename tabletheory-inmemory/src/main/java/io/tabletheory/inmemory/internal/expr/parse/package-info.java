/**
 * Text to trees: the tokenizer, the path grammar, and one recursive-descent parser per expression kind
 * (condition, key condition, projection, update), with DynamoDB's parse-time diagnostics (reserved words, nesting
 * depth, operand counts) and messages. Depends on {@code syntax} only; the tokens are package-private, the
 * parsers' entry points public for {@code cache}. The PartiQL parser will sit beside this package, in {@code
 * expr.partiql}; the legacy parameters need no text parser and are translated in {@code expr.legacy}.
 */
package io.tabletheory.inmemory.internal.expr.parse;
