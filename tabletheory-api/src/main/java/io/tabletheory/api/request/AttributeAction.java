package io.tabletheory.api.request;

/** What a classic {@link AttributeValueUpdate} does to its attribute ({@code Action}); {@code PUT} when absent. */
public enum AttributeAction {
    /** Sets the attribute to the value, replacing any old value. */
    PUT,
    /**
     * Adds a number to a number (a missing attribute counts as 0), or the elements of a set or list to a set or list
     * of the same type (a missing attribute counts as empty).
     */
    ADD,
    /**
     * Without a value, removes the attribute; with a set value, removes those elements from the attribute's set of
     * the same type (an emptied set is removed).
     */
    DELETE
}
