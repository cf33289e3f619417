package io.tabletheory;

import io.tabletheory.api.request.CancellationReason;
import io.tabletheory.api.request.TransactionCanceledException;
import java.util.List;

/**
 * DynamoDB cancelled a {@link TableTheory#transactWrite transaction} and applied none of it. Beyond DynamoDB's
 * {@link #reasons()}, {@link #actions()} ties every reason to the action it belongs to (index, action, model, key,
 * code, message, stored item) and {@link #failures()} keeps only the actions that caused the cancellation.
 *
 * <pre>{@code
 * try {
 *     db.transactWrite(tx -> tx.update(from, "balance").update(to, "balance"));
 * } catch (TransactionFailedException failed) {
 *     for (TransactionActionReason reason : failed.failures()) {
 *         log.warn("action {} ({} of {}) failed: {}", reason.index(), reason.action(), reason.key(), reason.code());
 *     }
 * }
 * }</pre>
 */
public class TransactionFailedException extends TransactionCanceledException {
    private static final long serialVersionUID = 1L;

    private final transient List<TransactionActionReason> actions;

    /**
     * A cancelled transaction with one reason per action, in order.
     *
     * @param cause the backend's exception
     */
    public TransactionFailedException(
            String message, List<TransactionActionReason> actions, TransactionCanceledException cause) {
        super(message, reasonsOf(actions, cause), cause);
        this.actions = List.copyOf(actions);
    }

    /**
     * One entry per action, in the order they were added; empty when DynamoDB reported no reasons (then
     * {@link #getMessage()} carries its message).
     */
    public List<TransactionActionReason> actions() {
        return actions == null ? List.of() : actions;
    }

    /** The actions that caused the cancellation: those whose code is not {@code None}. */
    public List<TransactionActionReason> failures() {
        return actions().stream().filter(TransactionActionReason::failed).toList();
    }

    private static List<CancellationReason> reasonsOf(
            List<TransactionActionReason> actions, TransactionCanceledException cause) {
        return actions.isEmpty()
                ? cause.reasons()
                : actions.stream()
                        .map(action -> new CancellationReason(action.code(), action.message(), action.item()))
                        .toList();
    }
}
