/**
 * Fault injection: {@code FaultInjectingStore} wraps any backend and, by rule, leaves part of every batch
 * unprocessed or fails chosen calls of an operation (throttling, a transaction conflict, any error), so that retry
 * logic, ours and the user's, can be proven without a misbehaving DynamoDB.
 */
package io.tabletheory.testkit.fault;
