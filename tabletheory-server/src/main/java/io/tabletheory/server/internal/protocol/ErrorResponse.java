package io.tabletheory.server.internal.protocol;

import io.tabletheory.api.error.BackendException;
import io.tabletheory.api.error.ExpiredIteratorException;
import io.tabletheory.api.error.IdempotentParameterMismatchException;
import io.tabletheory.api.error.ResourceInUseException;
import io.tabletheory.api.error.ResourceNotFoundException;
import io.tabletheory.api.error.ThrottlingException;
import io.tabletheory.api.error.TransactionConflictException;
import io.tabletheory.api.error.TrimmedDataAccessException;
import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.CancellationReason;
import io.tabletheory.api.request.ConditionFailedException;
import io.tabletheory.api.request.TransactionCanceledException;
import io.tabletheory.server.internal.journal.JournalFailedException;
import io.tabletheory.server.internal.json.WireException;
import io.tabletheory.server.internal.json.WireWriter;

/**
 * An error as DynamoDB puts it on the wire: an HTTP status and a JSON body with {@code __type} (the error's full
 * name, which SDKs read after the {@code #}) and the message, plus the error's own members: the stored {@code Item}
 * of a failed condition, the {@code CancellationReasons} of a cancelled transaction.
 *
 * <p>The {@code __type} prefixes are DynamoDB's own: {@code com.amazonaws.dynamodb.v20120810#} for DynamoDB's
 * errors, {@code com.amazon.coral.validate#ValidationException} for validation, {@code com.amazon.coral.service#}
 * for the request layer's errors (serialization, unknown operation). DynamoDB Local uses the first prefix for
 * ValidationException too; SDKs read only the part after {@code #}, so either works with every client.
 */
public record ErrorResponse(int status, byte[] body) {
    /** The {@code __type} prefix of DynamoDB's own errors. */
    public static final String DYNAMODB = "com.amazonaws.dynamodb.v20120810#";

    private static final String VALIDATION = "com.amazon.coral.validate#ValidationException";

    /** The message of an unexpected failure; the failure itself is logged by the server. */
    public static final String INTERNAL_MESSAGE =
            "The server encountered an internal error trying to fulfill the request";

    /** The response for anything an operation throws. */
    public static ErrorResponse of(Throwable failure) {
        if (failure instanceof WireException wire) {
            return simple(wire.status(), wire.errorType(), "Message", wire.getMessage());
        }
        if (failure instanceof ValidationException) {
            return simple(400, VALIDATION, "message", failure.getMessage());
        }
        if (failure instanceof ConditionFailedException) {
            ConditionFailedException failed = (ConditionFailedException) failure;
            return new ErrorResponse(400, WireWriter.object(out -> {
                out.json().writeStringField("__type", DYNAMODB + "ConditionalCheckFailedException");
                out.json().writeStringField("message", failed.getMessage());
                if (failed.item().isPresent()) {
                    out.item("Item", failed.item().get(), true);
                }
            }));
        }
        if (failure instanceof TransactionCanceledException) {
            return cancelled((TransactionCanceledException) failure);
        }
        if (failure instanceof ResourceNotFoundException) {
            return simple(400, DYNAMODB + "ResourceNotFoundException", "message", failure.getMessage());
        }
        if (failure instanceof ResourceInUseException) {
            return simple(400, DYNAMODB + "ResourceInUseException", "message", failure.getMessage());
        }
        if (failure instanceof TransactionConflictException) {
            return simple(400, DYNAMODB + "TransactionConflictException", "message", failure.getMessage());
        }
        if (failure instanceof IdempotentParameterMismatchException) {
            return simple(400, DYNAMODB + "IdempotentParameterMismatchException", "message", failure.getMessage());
        }
        if (failure instanceof ExpiredIteratorException) {
            return simple(400, DYNAMODB + "ExpiredIteratorException", "message", failure.getMessage());
        }
        if (failure instanceof TrimmedDataAccessException) {
            return simple(400, DYNAMODB + "TrimmedDataAccessException", "message", failure.getMessage());
        }
        if (failure instanceof ThrottlingException) {
            return simple(400, DYNAMODB + "ProvisionedThroughputExceededException", "message", failure.getMessage());
        }
        if (failure instanceof BackendException
                && !((BackendException) failure).errorCode().isEmpty()) {
            String code = ((BackendException) failure).errorCode();
            return simple(
                    code.startsWith("InternalServer") ? 500 : 400, DYNAMODB + code, "message", failure.getMessage());
        }
        if (failure instanceof JournalFailedException) {
            // 4xx, not DynamoDB's 500: SDKs retry a 500, and this server accepts no more writes
            return simple(400, DYNAMODB + "ServiceUnavailableException", "message", failure.getMessage());
        }
        if (failure instanceof UnsupportedOperationException) {
            return simple(
                    400, WireException.CORAL_SERVICE + "UnknownOperationException", "Message", failure.getMessage());
        }
        return simple(500, DYNAMODB + "InternalServerError", "message", INTERNAL_MESSAGE);
    }

    private static ErrorResponse cancelled(TransactionCanceledException cancelled) {
        return new ErrorResponse(400, WireWriter.object(out -> {
            out.json().writeStringField("__type", DYNAMODB + "TransactionCanceledException");
            out.json().writeStringField("Message", cancelled.getMessage());
            out.json().writeArrayFieldStart("CancellationReasons");
            for (CancellationReason reason : cancelled.reasons()) {
                out.json().writeStartObject();
                out.json().writeStringField("Code", reason.code());
                if (!reason.message().isEmpty()) {
                    out.json().writeStringField("Message", reason.message());
                }
                out.item("Item", reason.item(), false);
                out.json().writeEndObject();
            }
            out.json().writeEndArray();
        }));
    }

    private static ErrorResponse simple(int status, String type, String messageMember, String message) {
        return new ErrorResponse(status, WireWriter.object(out -> {
            out.json().writeStringField("__type", type);
            out.json().writeStringField(messageMember, message == null ? "" : message);
        }));
    }
}
