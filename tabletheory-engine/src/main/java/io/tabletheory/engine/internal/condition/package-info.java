/**
 * Conditions as users write them ({@code where}, {@code filter}, {@code withCondition}): operators, terms resolved
 * against the model, and the filter chain; each term becomes an expression tree {@code Condition}.
 */
package io.tabletheory.engine.internal.condition;
