package io.tabletheory.api.error;

/**
 * A model class cannot be mapped to a DynamoDB item: no partition key, two partition keys, a field type with no
 * mapping, a {@code @Version} that is not an integer, and so on; or a value cannot be converted to or from its
 * field. The message names the class and the field. Raised on first use of the model, or at registration.
 */
public class ModelException extends TableTheoryException {
    private static final long serialVersionUID = 1L;

    /** A model error naming the class and field. */
    public ModelException(String message) {
        super(message);
    }

    /** A model error caused by another, such as a failing constructor of the model. */
    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
