/**
 * The engine's implementations of the public entry points ({@code DefaultTableTheory}, {@code DefaultModel}) and
 * nothing else (the update builder has its own package, {@code update}, since transactions use it too): they accumulate a call's settings and hand them to the read and
 * write packages. The only package that depends on all the others; {@code io.tabletheory.TableTheory} creating
 * {@code DefaultTableTheory} is the one accepted cycle.
 */
package io.tabletheory.engine.internal;
