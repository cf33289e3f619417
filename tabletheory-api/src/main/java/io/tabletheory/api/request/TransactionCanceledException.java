package io.tabletheory.api.request;

import io.tabletheory.api.error.TableTheoryException;
import java.util.List;

/**
 * DynamoDB cancelled a transaction and applied none of it ({@code TransactionCanceledException}).
 * {@link #reasons()} has one entry per action, in request order, saying which actions caused the cancellation.
 */
public class TransactionCanceledException extends TableTheoryException {
    private static final long serialVersionUID = 1L;

    private final transient List<CancellationReason> reasons;

    /** A cancelled transaction with DynamoDB's message and the per-action reasons. */
    public TransactionCanceledException(String message, List<CancellationReason> reasons) {
        this(message, reasons, null);
    }

    /** A cancelled transaction translated from a backend's own exception. */
    public TransactionCanceledException(String message, List<CancellationReason> reasons, Throwable cause) {
        super(message, cause);
        this.reasons = List.copyOf(reasons);
    }

    /** One reason per action, in the order of the request; empty when the backend did not report any. */
    public List<CancellationReason> reasons() {
        return reasons == null ? List.of() : reasons;
    }
}
