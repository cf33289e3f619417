/**
 * The checks of a parsed tree that depend on the request, run before the table is read: placeholders defined and
 * used, operand types of the request's values, update paths that overlap, the attributes a filter reads, and the
 * match of a key condition to the key schema (which gives the typed key condition of {@code eval}). Depends on
 * {@code syntax}, on {@code eval} (resolved paths, the projection overlap rule, the key condition it produces) and
 * on the emulator's {@code table} and {@code item} packages; never on {@code parse}. A check of the legacy
 * parameters (Expected, KeyConditions, ...) runs here too once {@code expr.legacy} has translated them into trees.
 */
package io.tabletheory.inmemory.internal.expr.check;
