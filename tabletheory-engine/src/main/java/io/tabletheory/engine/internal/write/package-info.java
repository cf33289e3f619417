/**
 * Writes: the pure step from model, item, conditions and now to a {@code WritePlan} ({@code WritePlans}), which
 * becomes a single-item request, a transaction action or a batch request; and {@code ModelWrites}, which sends a
 * plan and maps its result or failure back.
 */
package io.tabletheory.engine.internal.write;
