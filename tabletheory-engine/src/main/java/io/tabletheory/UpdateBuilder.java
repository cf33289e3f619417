package io.tabletheory;

import io.tabletheory.api.request.ReturnValue;
import java.util.List;
import java.util.Optional;

/**
 * Atomic changes to one item, applied by one UpdateItem without reading the item first: counters, set and list
 * edits, conditional sets. Get one from {@link Model#updateBuilder()} after naming the key with {@code where}.
 * Every update also sets {@code @UpdatedAt} to now and adds 1 to {@code @Version}, when the model has them.
 * Immutable: each call returns a new builder.
 *
 * <pre>{@code
 * Counter counter = db.model(Counter.class)
 *         .where("id", "=", "page-views")
 *         .updateBuilder()
 *         .increment("count")
 *         .execute()
 *         .orElseThrow();
 * }</pre>
 *
 * <p>Fields are named by their Java or attribute name; values are converted with the field's mapping.
 *
 * @param <T> the model class
 */
public interface UpdateBuilder<T> {
    /** Sets the field to the value ({@code SET}); a null value removes the attribute. */
    UpdateBuilder<T> set(String field, Object value);

    /** Sets the field only when the item does not have it yet ({@code if_not_exists}). */
    UpdateBuilder<T> setIfNotExists(String field, Object value);

    /** Adds a number to a number field (a missing one counts as 0), or elements to a set field ({@code ADD}). */
    UpdateBuilder<T> add(String field, Object value);

    /** Adds 1 to a number field (a missing one counts as 0). */
    UpdateBuilder<T> increment(String field);

    /** Subtracts 1 from a number field (a missing one counts as 0). */
    UpdateBuilder<T> decrement(String field);

    /** Removes the attribute ({@code REMOVE}). */
    UpdateBuilder<T> remove(String field);

    /** Removes elements (a set, or one element) from a set field; a set left empty disappears ({@code DELETE}). */
    UpdateBuilder<T> delete(String field, Object elements);

    /** Appends elements to a list field ({@code list_append}); the list must exist. */
    UpdateBuilder<T> appendToList(String field, List<?> values);

    /** Puts elements in front of a list field; the list must exist. */
    UpdateBuilder<T> prependToList(String field, List<?> values);

    /** Removes one element of a list field; later elements move up. */
    UpdateBuilder<T> removeFromListAt(String field, int index);

    /** Replaces one element of a list field (an index past the end appends). */
    UpdateBuilder<T> setListElement(String field, int index, Object value);

    /** The update happens only if this condition holds (ANDed with the others). */
    UpdateBuilder<T> condition(String field, String operator, Object value);

    /** The update happens only if the stored {@code @Version} is this one. */
    UpdateBuilder<T> conditionVersion(long version);

    /**
     * What {@link #execute()} returns: {@code ALL_NEW} (the default: the item after the update), {@code ALL_OLD},
     * {@code UPDATED_NEW}, {@code UPDATED_OLD} (only the changed attributes) or {@code NONE}.
     */
    UpdateBuilder<T> returnValues(ReturnValue returnValues);

    /**
     * Applies the update (creating the item if it does not exist and no condition forbids it).
     *
     * @return the item as {@link #returnValues} asked, empty with {@code NONE} or when there was nothing to return
     * @throws io.tabletheory.api.request.ConditionFailedException when a condition does not hold; nothing changed
     */
    Optional<T> execute();
}
