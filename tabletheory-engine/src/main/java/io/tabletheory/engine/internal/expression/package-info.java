/**
 * DynamoDB expressions as trees ({@code Condition}, {@code Update}), rendered once by {@code ExpressionBuilder}
 * with centrally allocated {@code #n}/{@code :v} placeholders; dispatched only through their visitors.
 */
package io.tabletheory.engine.internal.expression;
