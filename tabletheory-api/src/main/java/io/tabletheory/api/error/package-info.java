/**
 * TableTheory's unchecked exception hierarchy, rooted at {@link io.tabletheory.api.error.TableTheoryException}.
 *
 * <p>The three failures that carry items ({@link io.tabletheory.api.request.ConditionFailedException}, {@link
 * io.tabletheory.api.request.TransactionCanceledException} and its {@link
 * io.tabletheory.api.request.CancellationReason}s) live in {@code io.tabletheory.api.request}, beside the requests
 * that raise them: an exception holding an {@code AttributeValue} cannot sit in this package, which the values
 * themselves depend on for {@link io.tabletheory.api.error.ValidationException}.
 */
package io.tabletheory.api.error;
