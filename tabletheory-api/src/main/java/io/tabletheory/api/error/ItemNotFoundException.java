package io.tabletheory.api.error;

/**
 * A read that must return an item found none, for example {@code first()} on a key that holds no item. The message
 * names the table and the key or conditions that were looked up.
 */
public class ItemNotFoundException extends TableTheoryException {
    private static final long serialVersionUID = 1L;

    /** A not-found error naming what was looked up. */
    public ItemNotFoundException(String message) {
        super(message);
    }
}
