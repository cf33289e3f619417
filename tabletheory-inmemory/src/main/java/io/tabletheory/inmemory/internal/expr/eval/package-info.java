/**
 * Trees applied to items: condition evaluation, update application (SET values, document edits, number
 * arithmetic), projection, the typed key condition a Query walks with, and {@link
 * io.tabletheory.inmemory.internal.expr.eval.ResolvedPath}, a path with its placeholders replaced by the request's
 * names. Runs on checked trees only, on the hot path of every read and write. Depends on {@code syntax} (and the
 * emulator's {@code item} package for value order).
 */
package io.tabletheory.inmemory.internal.expr.eval;
