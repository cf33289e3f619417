/**
 * Trees back to DynamoDB syntax, with only the parentheses precedence needs, so that parsing printed text gives
 * the same tree: used by the round-trip property tests and for diagnostics. Depends on {@code syntax} only.
 */
package io.tabletheory.inmemory.internal.expr.print;
