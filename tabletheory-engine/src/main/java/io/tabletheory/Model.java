package io.tabletheory;

/**
 * The operations on one model class: writes, key reads and deletes, with conditions. Immutable: every setting
 * ({@link #ifNotExists()}, {@link #where}) returns a new {@code Model} and leaves this one unchanged, so a model can
 * be kept in a field and shared between threads.
 *
 * <pre>{@code
 * Model<User> users = db.model(User.class);
 * User created = users.ifNotExists().create(user);          // ConditionFailedException if the key exists
 * User found = users.where("id", "=", "u1").where("sk", "=", "PROFILE").first();
 * users.delete(found);                                      // checked against found's @Version
 * }</pre>
 *
 * <p>Errors: {@link io.tabletheory.api.error.ConditionFailedException} when a write's condition is false,
 * {@link io.tabletheory.api.error.ItemNotFoundException} when {@link #first()} finds nothing,
 * {@link io.tabletheory.api.error.ModelException} when a value cannot be mapped, and the backend's errors
 * ({@link io.tabletheory.api.error.ValidationException}, {@link io.tabletheory.api.error.ResourceNotFoundException},
 * ...) as they come.
 *
 * @param <T> the model class
 */
public interface Model<T> {
    /** The DynamoDB table of this model. */
    String tableName();

    /**
     * The next write succeeds only if no item has its key ({@code attribute_not_exists} on the partition key), so a
     * create never overwrites.
     */
    Model<T> ifNotExists();

    /** The next write succeeds only if an item with its key exists. */
    Model<T> ifExists();

    /** Reads use strongly consistent reads. */
    Model<T> consistentRead();

    /**
     * Adds a condition on a field, named by its Java name or its attribute name. Operators: {@code =}, {@code !=},
     * {@code <}, {@code <=}, {@code >}, {@code >=}. Reads and deletes by key use {@code =} on the key fields.
     *
     * @throws IllegalArgumentException for an unknown field or operator, or a value that does not fit the field
     */
    Model<T> where(String field, String operator, Object value);

    /**
     * Writes the item (a PutItem), replacing any item with the same key unless {@link #ifNotExists()} was set. The
     * stored item has version 0 and createdAt = updatedAt = now; those values are returned in a new record, or set
     * on the bean passed in (and the bean returned).
     *
     * @return the stored instance
     * @throws io.tabletheory.api.error.ConditionFailedException when a condition is false; nothing was written
     */
    T create(T item);

    /**
     * Reads the item whose full primary key the {@code =} conditions of {@link #where} give (a GetItem).
     *
     * @throws io.tabletheory.api.error.ItemNotFoundException when no item has the key
     * @throws UnsupportedOperationException when the conditions are not equality on the full key: queries and
     *     scans arrive in a later release
     */
    T first();

    /**
     * Deletes the item with this item's key. When the model has a {@code @Version}, the delete is conditioned on the
     * stored version equalling the item's, so a stale copy cannot delete a newer item.
     *
     * @throws io.tabletheory.api.error.ConditionFailedException when the version or another condition does not
     *     hold; nothing was deleted
     */
    void delete(T item);

    /**
     * Deletes the item whose full primary key the {@code =} conditions of {@link #where} give, under the conditions
     * set ({@link #ifExists()}). Deleting a missing item succeeds unless a condition says otherwise.
     */
    void delete();
}
