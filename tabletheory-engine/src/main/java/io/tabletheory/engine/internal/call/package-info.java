/**
 * What one chain of {@code Model} calls has accumulated ({@code ModelCall}) and the read settings in it. A value
 * passed from the {@code Default*} implementations down to the read and write packages.
 */
package io.tabletheory.engine.internal.call;
