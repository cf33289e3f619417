package io.tabletheory.api.request;

import io.tabletheory.api.value.AttributeValue;
import java.util.Objects;
import java.util.Optional;

/**
 * One attribute's change in a classic {@code AttributeUpdates} map of UpdateItem: the {@link AttributeAction} and,
 * except for a DELETE of the whole attribute, its value. PUT and ADD need a value; a missing one, a value of a type
 * the action does not take, or a change to a key attribute is a {@code ValidationException} with DynamoDB's message.
 *
 * @param value the value the action uses; absent for a DELETE of the whole attribute
 * @param action what to do; {@code PUT} when {@code null}
 */
public record AttributeValueUpdate(Optional<AttributeValue> value, AttributeAction action) {
    public AttributeValueUpdate {
        value = RequestDefaults.absentIfNull(value);
        action = action == null ? AttributeAction.PUT : action;
    }

    /** Sets the attribute to {@code value}. */
    public static AttributeValueUpdate put(AttributeValue value) {
        return new AttributeValueUpdate(Optional.of(Objects.requireNonNull(value, "value")), AttributeAction.PUT);
    }

    /** Adds {@code value} (a number or a set) to the attribute. */
    public static AttributeValueUpdate add(AttributeValue value) {
        return new AttributeValueUpdate(Optional.of(Objects.requireNonNull(value, "value")), AttributeAction.ADD);
    }

    /** Removes the elements of the set {@code value} from the attribute's set. */
    public static AttributeValueUpdate delete(AttributeValue value) {
        return new AttributeValueUpdate(Optional.of(Objects.requireNonNull(value, "value")), AttributeAction.DELETE);
    }

    /** Removes the attribute. */
    public static AttributeValueUpdate remove() {
        return new AttributeValueUpdate(Optional.empty(), AttributeAction.DELETE);
    }
}
