/**
 * The engine's implementations of the public interfaces ({@code DefaultTableTheory}, {@code DefaultModel},
 * {@code DefaultUpdateBuilder}) and nothing else: they accumulate a call's settings and hand them to the read and
 * write packages. The only package that depends on all the others; {@code io.tabletheory.TableTheory} creating
 * {@code DefaultTableTheory} is the one accepted cycle.
 */
package io.tabletheory.engine.internal;
