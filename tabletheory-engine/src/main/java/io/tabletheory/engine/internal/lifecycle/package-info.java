/**
 * The lifecycle rules every write shares: timestamps ({@code Lifecycle}) and optimistic-locking versions
 * ({@code Versions}). Write plans take their lifecycle fields from here, so single writes, batch writes and
 * transactions agree.
 */
package io.tabletheory.engine.internal.lifecycle;
