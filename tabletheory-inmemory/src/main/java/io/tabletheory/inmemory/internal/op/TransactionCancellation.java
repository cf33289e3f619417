package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.request.CancellationReason;
import io.tabletheory.api.request.TransactionCanceledException;
import io.tabletheory.inmemory.internal.table.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The TransactionCanceledException of a cancelled transaction, with DynamoDB's message, which lists every action's
 * code in request order ({@code Transaction cancelled, please refer cancellation reasons for specific reasons [None,
 * ConditionalCheckFailed]}, research §1.14 and §2 row 2).
 */
final class TransactionCancellation {
    /** The code of an action whose item failed validation. */
    static final String VALIDATION_ERROR = "ValidationError";

    /** The reason of an action whose condition was false. */
    static final String CONDITION_FAILED_MESSAGE = "The conditional request failed";

    private TransactionCancellation() {}

    /** Reasons for {@code size} actions, all {@code None} so far. */
    static List<CancellationReason> noReasons(int size) {
        return new ArrayList<>(Collections.nCopies(size, CancellationReason.of(CancellationReason.NONE, "")));
    }

    /** The cancellation of a transaction whose action at {@code index} failed validation: the others are None. */
    static TransactionCanceledException validationError(int size, int index, String message) {
        List<CancellationReason> reasons = noReasons(size);
        reasons.set(index, CancellationReason.of(VALIDATION_ERROR, message));
        return of(reasons);
    }

    /** The cancellation of a transaction whose action at {@code index} met another transaction in progress. */
    static TransactionCanceledException conflict(int size, int index) {
        List<CancellationReason> reasons = noReasons(size);
        reasons.set(index, CancellationReason.of(CancellationReason.TRANSACTION_CONFLICT, Table.TRANSACTION_ONGOING));
        return of(reasons);
    }

    /** The cancellation with these reasons, one per action in request order. */
    static TransactionCanceledException of(List<CancellationReason> reasons) {
        String codes = reasons.stream().map(CancellationReason::code).collect(Collectors.joining(", "));
        return new TransactionCanceledException(
                "Transaction cancelled, please refer cancellation reasons for specific reasons [" + codes + "]",
                reasons);
    }
}
