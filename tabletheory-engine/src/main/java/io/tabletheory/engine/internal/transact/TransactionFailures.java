package io.tabletheory.engine.internal.transact;

import io.tabletheory.TransactionActionReason;
import io.tabletheory.TransactionFailedException;
import io.tabletheory.api.request.CancellationReason;
import io.tabletheory.api.request.TransactionCanceledException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The error step of a transaction: DynamoDB's positional cancellation reasons tied back to the actions that were
 * added, as a {@link TransactionFailedException} whose message names each failing action.
 */
final class TransactionFailures {
    private TransactionFailures() {}

    static TransactionFailedException of(List<TransactAction> actions, TransactionCanceledException canceled) {
        List<CancellationReason> reasons = canceled.reasons();
        if (reasons.size() != actions.size()) {
            return new TransactionFailedException(
                    "transactWrite of " + actions.size() + " actions was cancelled: " + canceled.getMessage(),
                    List.of(),
                    canceled);
        }
        List<TransactionActionReason> tied = new ArrayList<>();
        for (TransactAction action : actions) {
            CancellationReason reason = reasons.get(action.index());
            tied.add(new TransactionActionReason(
                    action.index(),
                    action.action(),
                    action.schema().type(),
                    action.plan().tableName(),
                    action.plan().key(),
                    reason.code(),
                    reason.message(),
                    reason.item()));
        }
        String failures = tied.stream()
                .filter(TransactionActionReason::failed)
                .map(reason -> "action " + reason.index() + " ("
                        + target(actions.get(reason.index())).describe() + ") " + reason.code()
                        + (reason.message().isEmpty() ? "" : ": " + reason.message()))
                .collect(Collectors.joining("; "));
        return new TransactionFailedException(
                "transactWrite of " + actions.size() + " actions was cancelled; nothing was written: " + failures,
                tied,
                canceled);
    }

    /** The item an action touches, as errors name it. */
    static TransactTarget target(TransactAction action) {
        return new TransactTarget(
                action.action(),
                action.schema().modelName(),
                action.plan().tableName(),
                action.plan().key());
    }
}
