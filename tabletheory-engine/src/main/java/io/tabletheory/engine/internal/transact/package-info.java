/**
 * Transactions of models: the actions a {@code transactWrite} callback adds, each made by the same write plans as
 * the single writes (lifecycle fields, versions, conditions; {@code DefaultTransactWrite}), and the reads of a
 * {@code transactGet}; the checks DynamoDB would make anyway, made first with clearer errors
 * ({@code TransactItems}); sending with retries of transient cancellations under one ClientRequestToken
 * ({@code TransactionRetries}); and cancellation reasons mapped back to the actions ({@code TransactionFailures}).
 */
package io.tabletheory.engine.internal.transact;
