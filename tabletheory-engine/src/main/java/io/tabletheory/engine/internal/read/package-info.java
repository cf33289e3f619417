/**
 * Reads: the planner that picks GetItem, Query or Scan ({@code ReadPlanner}, {@code ReadPlan}), the pure step from a
 * plan to the port request ({@code ReadRequests}), and the readers that send requests and map pages back.
 */
package io.tabletheory.engine.internal.read;
