package io.tabletheory.engine.internal.transact;

import io.tabletheory.api.error.ThrottlingException;
import io.tabletheory.api.error.TransactionConflictException;
import io.tabletheory.api.request.CancellationReason;
import io.tabletheory.api.request.TransactionCanceledException;
import io.tabletheory.engine.internal.retry.Backoff;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Sends one transaction request again while it fails only for transient reasons, with the backoff of the
 * transaction retry policy. The caller builds the request once, ClientRequestToken included, so every attempt is
 * the same request and DynamoDB applies it at most once. Transient: a cancellation whose every failing reason is a
 * conflict with another transaction or throttling, and a request refused as throttled or conflicting as a whole.
 * Everything else (a failed condition, a validation error, an unknown error) is thrown at once.
 */
final class TransactionRetries {
    /** The cancellation codes worth another attempt. */
    static final Set<String> TRANSIENT_CODES =
            Set.of("TransactionConflict", "ThrottlingError", "ProvisionedThroughputExceeded");

    private final Backoff backoff;

    TransactionRetries(Backoff backoff) {
        this.backoff = backoff;
    }

    /** The result of the first attempt that succeeds, or the last failure. */
    <R> R run(Supplier<R> attempt) {
        for (int attemptNumber = 1; ; attemptNumber++) {
            try {
                return attempt.get();
            } catch (TransactionCanceledException canceled) {
                if (!isTransient(canceled.reasons())) {
                    throw canceled;
                }
                pauseOrThrow(attemptNumber, canceled);
            } catch (ThrottlingException | TransactionConflictException busy) {
                pauseOrThrow(attemptNumber, busy);
            }
        }
    }

    /** Whether at least one action failed and every failed one did so for a transient reason. */
    static boolean isTransient(List<CancellationReason> reasons) {
        List<String> failed = reasons.stream()
                .map(CancellationReason::code)
                .filter(code -> !CancellationReason.NONE.equals(code))
                .toList();
        return !failed.isEmpty() && TRANSIENT_CODES.containsAll(failed);
    }

    private void pauseOrThrow(int attemptNumber, RuntimeException last) {
        if (attemptNumber >= backoff.maxAttempts()) {
            throw last;
        }
        try {
            backoff.pauseBefore(attemptNumber);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            last.addSuppressed(interrupted);
            throw last;
        }
    }
}
