package io.tabletheory;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The actions of one {@link TableTheory#transactWrite} call, across models and tables, applied all together or not
 * at all. Each action is checked when it is added (a bad model, a null key field or an unknown field fails on that
 * line) and sent in the order added; a cancelled transaction reports its reasons by that order's index. Lifecycle
 * fields and versions follow the single writes of {@link Model}. Not thread-safe; used only inside the callback.
 *
 * <pre>{@code
 * db.transactWrite(tx -> tx
 *         .update(from.withBalance(from.balance() - 25), "balance")
 *         .update(to.withBalance(to.balance() + 25), "balance")
 *         .create(new Transfer(transferId, from.id(), to.id(), 25)));
 * }</pre>
 *
 * <p>Limits (DynamoDB's): 1 to 100 actions, at most one action per item, 4 MB in all.
 */
public interface TransactWrite {
    /**
     * Creates the item, which must not exist yet; as {@link Model#create} with {@link Model#ifNotExists()}: version
     * 0, createdAt = updatedAt = now.
     *
     * @throws IllegalArgumentException when a key field is null or a condition does not fit the model
     */
    TransactWrite create(Object item, TransactCondition... conditions);

    /**
     * Puts the whole item, replacing any item with its key unless a condition says otherwise; as
     * {@link Model#create} without conditions: version 0, createdAt = updatedAt = now.
     *
     * @throws IllegalArgumentException when a key field is null or a condition does not fit the model
     */
    TransactWrite put(Object item, TransactCondition... conditions);

    /**
     * Updates the named fields of the stored item to this instance's values (every non-key field when none are
     * named), as {@link Model#update}: checked against the version the instance holds, the version raised by 1,
     * {@code @UpdatedAt} set to now.
     *
     * @throws IllegalArgumentException when a named field is unknown, a key field, or managed by TableTheory
     */
    TransactWrite update(Object item, String... fields);

    /** {@link #update(Object, String...)} of the named fields, under more conditions. */
    TransactWrite update(Object item, List<String> fields, TransactCondition... conditions);

    /**
     * Atomic changes to the item with this instance's key (its other fields are ignored), made with the
     * {@link UpdateBuilder} operations ({@code add}, {@code set}, {@code remove}, conditions...); as
     * {@link Model#updateBuilder()}: the version raised by 1 and {@code @UpdatedAt} set, the version checked only
     * when asked ({@link UpdateBuilder#conditionVersion}, {@link TransactCondition#atVersion}). The builder's
     * {@code execute()} and {@code returnValues(...)} do not apply inside a transaction and throw.
     *
     * <pre>{@code
     * tx.updateWithBuilder(Account.key("a1"), update -> update.add("balance", -25).condition("balance", ">=", 25));
     * }</pre>
     *
     * @throws IllegalArgumentException when a key field is null, or the changes name an unknown or key field
     * @throws IllegalStateException when the changes are empty
     */
    <T> TransactWrite updateWithBuilder(
            T key, UnaryOperator<UpdateBuilder<T>> changes, TransactCondition... conditions);

    /**
     * Deletes the item with this instance's key, as {@link Model#delete(Object)}: checked against the version the
     * instance holds, when the model has one. Deleting a missing item succeeds unless a condition says otherwise.
     */
    TransactWrite delete(Object item, TransactCondition... conditions);

    /**
     * Checks conditions on the item with this instance's key without writing it: the transaction happens only if
     * they hold. Only the conditions given are checked (add {@link TransactCondition#atVersion} to require that the
     * item has not changed since it was read).
     *
     * @throws IllegalArgumentException when no condition is given
     */
    TransactWrite conditionCheck(Object item, TransactCondition... conditions);

    /**
     * Sends {@code token} as the ClientRequestToken instead of a random one, so that repeating the whole call (for
     * example when a Lambda invocation is retried) within ten minutes applies the transaction at most once.
     * DynamoDB refuses a token repeated with other actions ({@link io.tabletheory.api.error
     * .IdempotentParameterMismatchException}).
     *
     * @throws IllegalArgumentException when the token is empty or longer than 36 characters
     */
    TransactWrite idempotencyToken(String token);
}
