/**
 * Batches: the pure step from a model's keys or items to BatchGetItem and BatchWriteItem requests (duplicates
 * refused, chunked by 100 keys or 25 writes, in the order given; {@code BatchPlans}), and the runners that send them
 * and retry what DynamoDB leaves unprocessed with exponential backoff and full jitter ({@code BatchReader},
 * {@code BatchWriter}), handing back exactly what was not done when the budget runs out.
 */
package io.tabletheory.engine.internal.batch;
