package io.tabletheory;

/**
 * The operations on one model class: writes with conditions and optimistic locking, reads that choose between
 * GetItem, Query and Scan from their conditions, pages with cross-language cursors, and atomic updates. Immutable:
 * every setting ({@link #ifNotExists()}, {@link #where}, {@link #limit}, ...) returns a new {@code Model} and leaves
 * this one unchanged, so a model can be kept in a field and shared between threads.
 *
 * <pre>{@code
 * Model<User> users = db.model(User.class);
 * User created = users.ifNotExists().create(user);          // ConditionFailedException if the key exists
 * User found = users.where("id", "=", "u1").where("sk", "=", "PROFILE").first();
 * users.delete(found);                                      // checked against found's @Version
 * Page<User> page = users.where("email", "=", "ada@example.com").limit(20).page();   // a Query of email-index
 * }</pre>
 *
 * <p>Errors: {@link io.tabletheory.api.request.ConditionFailedException} when a write's condition is false,
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

    // ----- items -----

    /**
     * The item this instance is stored as: exactly the attributes {@link #create} would write, except that the
     * lifecycle fields ({@code @Version}, {@code @CreatedAt}, {@code @UpdatedAt}) are encoded as the instance holds
     * them rather than stamped: sets as SS/NS/BS (an empty set as NULL), nested objects as maps, omit-empty fields
     * left out when empty, a null field as {@code NULL}. The map keeps the model's field order and cannot be
     * changed.
     *
     * @throws io.tabletheory.api.error.ModelException when a value cannot be stored, naming the field and attribute
     */
    java.util.Map<String, io.tabletheory.api.value.AttributeValue> toItem(T item);

    /**
     * The instance a stored item reads as, by the same rules as every read: attributes the model does not map are
     * ignored, absent ones read as the field's default (null, zero, false, an empty set), and timestamps accept any
     * RFC 3339 offset.
     *
     * @throws io.tabletheory.api.error.ModelException when an attribute's type does not fit its field, naming the
     *     field and the attribute
     */
    T fromItem(java.util.Map<String, io.tabletheory.api.value.AttributeValue> item);

    // ----- conditions on writes -----

    /**
     * The next write succeeds only if no item has its key ({@code attribute_not_exists} on the partition key), so a
     * create never overwrites.
     */
    Model<T> ifNotExists();

    /** The next write succeeds only if an item with its key exists. */
    Model<T> ifExists();

    /**
     * The next write succeeds only if this condition holds on the stored item (operators as in {@link #where}).
     *
     * @throws IllegalArgumentException for an unknown field or operator, or a value that does not fit the field
     */
    Model<T> withCondition(String field, String operator, Object value);

    /**
     * The escape hatch: a raw DynamoDB condition expression, ANDed with the other conditions. Attribute names in the
     * text are used as written (a reserved word such as {@code status} must not appear bare). Values are given by
     * placeholder ({@code ":limit"}) and converted from Java values (String, numbers, Boolean, byte[], List, Set of
     * strings or numbers, Map, AttributeValue). Placeholders of the form {@code :v0}, {@code :v1}, ... are
     * TableTheory's own and are refused.
     */
    Model<T> withConditionExpression(String expression, java.util.Map<String, Object> values);

    // ----- reads -----

    /** Reads use strongly consistent reads (refused on a global secondary index). */
    Model<T> consistentRead();

    /**
     * Adds a condition on a field, named by its Java name or its attribute name. Operators (case-insensitive):
     * {@code = != < <= > >=}, {@code between} (a list of two bounds), {@code in} (a list of 1 to 100 values),
     * {@code begins_with}, {@code contains} (a substring, or an element of a set or list field), {@code exists} and
     * {@code not_exists} (no value). Reads use the conditions to choose between GetItem, Query and Scan; writes by
     * key take the key from the {@code =} conditions on the key fields, and treat the others as conditions.
     *
     * @throws IllegalArgumentException for an unknown field or operator, or a value that does not fit the field
     */
    Model<T> where(String field, String operator, Object value);

    /** ANDs a filter condition: applied after the key conditions, on the items read. */
    Model<T> filter(String field, String operator, Object value);

    /** ORs a filter condition with the filter so far (AND binds tighter than OR, as in DynamoDB). */
    Model<T> orFilter(String field, String operator, Object value);

    /** ANDs a parenthesized group of filter conditions. */
    Model<T> filterGroup(java.util.function.UnaryOperator<Filters> group);

    /** ORs a parenthesized group of filter conditions. */
    Model<T> orFilterGroup(java.util.function.UnaryOperator<Filters> group);

    /** Reads this secondary index, declared on the model; otherwise TableTheory chooses the key schema itself. */
    Model<T> index(String indexName);

    /** Returns only these fields (the others read as their defaults). */
    Model<T> select(String... fields);

    /** The sort-key order of a query; ascending by default. */
    Model<T> orderBy(SortOrder order);

    /** At most {@code limit} items: the page size of {@link #page()}, the total of {@link #all()}. */
    Model<T> limit(int limit);

    /**
     * Resumes a read where a page ended: pass {@link Page#nextCursor()}. The empty string starts from the
     * beginning.
     *
     * @throws IllegalArgumentException (when the read runs) for a cursor that does not decode or belongs to another
     *     model, index or order
     */
    Model<T> cursor(String cursor);

    /** Makes {@link #scan()}, {@link #page()} and {@link #all()} read one segment of a parallel scan. */
    Model<T> parallelScan(int segment, int totalSegments);

    /**
     * The first item matching the conditions: a GetItem for the full primary key, else a Query or Scan.
     *
     * @throws io.tabletheory.api.error.ItemNotFoundException when no item matches
     */
    T first();

    /** Every matching item, page after page; at most {@link #limit} items when a limit is set. */
    java.util.List<T> all();

    /** Every matching item, read lazily one page at a time as the stream is consumed. */
    java.util.stream.Stream<T> stream();

    /** One page, from the {@link #cursor} (or the start), of at most {@link #limit} items read. */
    Page<T> page();

    /** The number of matching items (a {@code Select COUNT} read over every page). */
    long count();

    /** Every matching item, read by a Scan whatever the conditions (all of them become the filter). */
    java.util.List<T> scan();

    /** A Scan split into {@code totalSegments} segments read in parallel; items in segment order. */
    java.util.List<T> scanAllSegments(int totalSegments);

    // ----- writes -----

    /**
     * Writes the item (a PutItem), replacing any item with the same key unless {@link #ifNotExists()} was set. The
     * stored item has version 0 and createdAt = updatedAt = now; those values are returned in a new record, or set
     * on the bean passed in (and the bean returned).
     *
     * @return the stored instance
     * @throws io.tabletheory.api.request.ConditionFailedException when a condition is false; nothing was written
     */
    T create(T item);

    /**
     * Creates the item or updates the stored one to match it (one UpdateItem): attributes of the item are set, its
     * empty ones removed, createdAt kept when the item existed, updatedAt set to now, version 0 on create and +1 on
     * update. Attributes the model does not map are left alone.
     *
     * @return the stored instance
     */
    T createOrUpdate(T item);

    /**
     * Updates the named fields of the stored item to this item's values (every non-key field when none are named),
     * sets updatedAt, adds 1 to the version and checks the version the item holds, so a stale copy fails.
     *
     * @return the stored instance after the update
     * @throws io.tabletheory.api.request.ConditionFailedException when the version or a condition does not hold;
     *     nothing changed. {@link #storedItem} gives the stored item from the exception.
     * @throws IllegalArgumentException when a named field is a key field, unknown, or managed by TableTheory
     */
    T update(T item, String... fields);

    /** Atomic changes to the item whose key the {@code =} conditions of {@link #where} give. */
    UpdateBuilder<T> updateBuilder();

    /**
     * Deletes the item with this item's key. When the model has a {@code @Version}, the delete is conditioned on the
     * stored version equalling the item's, so a stale copy cannot delete a newer item.
     *
     * @throws io.tabletheory.api.request.ConditionFailedException when the version or another condition does not
     *     hold; nothing was deleted
     */
    void delete(T item);

    /**
     * Deletes the item whose full primary key the {@code =} conditions of {@link #where} give, under the conditions
     * set (other {@code where} conditions, {@link #ifExists()}, ...). Deleting a missing item succeeds unless a
     * condition says otherwise.
     */
    void delete();

    // ----- batches -----

    /**
     * The stored items of many keys, read with BatchGetItem: an instance with its key fields set stands for its key
     * (its other fields are ignored). Returns the items found in the order of the keys given, missing ones left out.
     * Keys are sent 100 to a request; {@link #select} and {@link #consistentRead()} apply as on single reads (the key
     * fields are always read, to match items with keys). Keys DynamoDB leaves unprocessed are retried as
     * {@link TableTheory.Builder#batchRetry} says.
     *
     * @throws IllegalArgumentException when a key is given twice (naming it and its positions) or a key field is
     *     null
     * @throws IllegalStateException when the model carries where, filter, index, limit, cursor or parallel-scan
     *     settings, which a batch get cannot honour
     * @throws io.tabletheory.api.error.BatchIncompleteException when keys were still unprocessed after the retry
     *     budget, or the backend refused a request: it hands back exactly the keys not read and the items read
     */
    java.util.List<T> batchGet(java.util.Collection<T> keys);

    /**
     * Writes many items with BatchWriteItem, 25 to a request, in the order given; each replaces any item with its
     * key. Every item gets version 0 and createdAt = updatedAt = now, as {@link #create} gives. A batch put cannot
     * carry a condition (DynamoDB's BatchWriteItem has none), so a model with {@link #ifNotExists()},
     * {@link #withCondition} or {@code where} is refused: use {@link #create} per item, or a transaction. Writes
     * DynamoDB leaves unprocessed are retried as {@link TableTheory.Builder#batchRetry} says; each item is written
     * exactly once.
     *
     * @return the stored instances, in the order given (for beans, the same objects with the values set)
     * @throws IllegalArgumentException when two items have the same key (naming it and its positions) or a key field
     *     is null
     * @throws IllegalStateException when the model carries conditions
     * @throws io.tabletheory.api.error.BatchIncompleteException when writes were still unprocessed after the retry
     *     budget, or the backend refused a request: it hands back exactly the items not written
     */
    java.util.List<T> batchCreate(java.util.Collection<T> items);

    /**
     * Deletes the items of many keys with BatchWriteItem, 25 to a request: an instance with its key fields set
     * stands for its key. Unlike {@link #delete(Object)}, a batch delete cannot be conditional, so the stored
     * version is not checked; deleting a missing item succeeds. Retries and errors as in {@link #batchCreate}.
     *
     * @throws IllegalArgumentException when a key is given twice or a key field is null
     * @throws IllegalStateException when the model carries conditions
     * @throws io.tabletheory.api.error.BatchIncompleteException with exactly the keys not deleted
     */
    void batchDelete(java.util.Collection<T> keys);

    /**
     * Reports the progress of this model's batch calls ({@link #batchGet}, {@link #batchCreate},
     * {@link #batchDelete}) after every request; nothing is reported by default.
     */
    Model<T> withBatchProgress(BatchProgress progress);

    /** The stored item a failed write's exception carries, as a model instance. */
    java.util.Optional<T> storedItem(io.tabletheory.api.request.ConditionFailedException failure);

    /**
     * The stored item a failed action of a transaction carries (when its condition failed), as a model instance.
     *
     * @throws IllegalArgumentException when the action was of another model
     */
    java.util.Optional<T> storedItem(TransactionActionReason reason);
}
