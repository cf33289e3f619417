/**
 * The process-wide cache of parsed expressions, keyed by kind and text, so a request repeated with the same
 * expression skips the parser. Depends on {@code parse} and {@code syntax}.
 */
package io.tabletheory.inmemory.internal.expr.cache;
