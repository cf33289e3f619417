/**
 * The checks of a parsed tree that depend on the request, run before the table is read: placeholders defined and
 * used, operand types of the request's values, update paths that overlap, and the match of a key condition to the
 * key schema (which gives the typed key condition of {@code eval}). Depends on {@code syntax} and {@code eval} (for
 * resolved paths and the projection overlap rule); never on {@code parse}.
 */
package io.tabletheory.inmemory.internal.expr.check;
