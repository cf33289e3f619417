/**
 * The translation of DynamoDB's classic (legacy, pre-expression) parameters into the {@code syntax} trees the
 * expression parsers produce, so one checker and one evaluator serve both forms: {@code Expected} with {@code
 * ConditionalOperator} and the filters ({@code QueryFilter}, {@code ScanFilter}) become conditions, {@code
 * KeyConditions} a key condition, {@code AttributeUpdates} update actions and {@code AttributesToGet} projection
 * paths. Each translator validates its parameter with DynamoDB's messages first. The trees refer to the classic
 * attribute names and values through placeholders that {@link
 * io.tabletheory.inmemory.internal.expr.legacy.ClassicPlaceholders} allocates, in a form no request can write, so they
 * never collide with a request's own ExpressionAttributeNames and ExpressionAttributeValues.
 */
package io.tabletheory.inmemory.internal.expr.legacy;
