package io.tabletheory.lambda;

import io.tabletheory.api.error.TableTheoryException;

/**
 * A call made through {@link LambdaTableTheory#withLambdaTimeout} that would have run past the invocation's
 * deadline minus the buffer of {@link LambdaTimeoutConfig}. Raised before the request is sent when that time is
 * already spent (nothing was written or read), or after it, carrying the SDK's timeout as the cause, when the call
 * itself used up what remained (a write may then have been applied or not, as with any timed-out DynamoDB call).
 * The handler still has the buffer left to answer, log or retry later.
 */
public class LambdaTimeoutException extends TableTheoryException {
    private static final long serialVersionUID = 1L;

    /** A deadline error saying which call was refused and how much time remained. */
    public LambdaTimeoutException(String message) {
        super(message);
    }

    /** A deadline error caused by the call's own timeout. */
    public LambdaTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
