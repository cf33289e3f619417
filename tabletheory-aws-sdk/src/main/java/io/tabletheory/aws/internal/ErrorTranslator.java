package io.tabletheory.aws.internal;

import io.tabletheory.api.error.BackendException;
import io.tabletheory.api.error.ExpiredIteratorException;
import io.tabletheory.api.error.IdempotentParameterMismatchException;
import io.tabletheory.api.error.ResourceInUseException;
import io.tabletheory.api.error.ResourceNotFoundException;
import io.tabletheory.api.error.TableTheoryException;
import io.tabletheory.api.error.ThrottlingException;
import io.tabletheory.api.error.TransactionConflictException;
import io.tabletheory.api.error.TrimmedDataAccessException;
import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.CancellationReason;
import io.tabletheory.api.request.ConditionFailedException;
import io.tabletheory.api.request.TransactionCanceledException;
import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Translates the SDK's exceptions into the api's {@link TableTheoryException} hierarchy, so callers of the AWS
 * adapter never see an SDK type. Classification is by DynamoDB's error code (the SDK's exception classes are derived
 * from it), and the message is the service's own text, not the SDK's decorated {@code getMessage()}. The SDK
 * exception is kept as the cause.
 */
public final class ErrorTranslator {
    private static final Set<String> THROTTLING_CODES = Set.of(
            "ProvisionedThroughputExceededException",
            "RequestLimitExceeded",
            "RequestLimitExceededException",
            "ThrottlingException",
            "Throttling");

    private ErrorTranslator() {}

    /** The api exception for an SDK exception. */
    public static TableTheoryException translate(SdkException exception) {
        if (!(exception instanceof AwsServiceException)) {
            return new BackendException("", exception.getMessage(), exception);
        }
        AwsServiceException service = (AwsServiceException) exception;
        String code = errorCode(service);
        String message = message(service);
        if (service instanceof ConditionalCheckFailedException || "ConditionalCheckFailedException".equals(code)) {
            return new ConditionFailedException(message, conditionItem(service), service);
        }
        if (service instanceof software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException) {
            return new TransactionCanceledException(
                    message,
                    reasons((software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException) service),
                    service);
        }
        if (service instanceof software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException
                || "ResourceNotFoundException".equals(code)) {
            return new ResourceNotFoundException(message, service);
        }
        if (service instanceof software.amazon.awssdk.services.dynamodb.model.ResourceInUseException
                || "ResourceInUseException".equals(code)) {
            return new ResourceInUseException(message, service);
        }
        if (service instanceof software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException
                || service instanceof software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException
                || service instanceof software.amazon.awssdk.services.dynamodb.model.ThrottlingException
                || THROTTLING_CODES.contains(code)) {
            return new ThrottlingException(message, service);
        }
        if (service instanceof software.amazon.awssdk.services.dynamodb.model.TransactionConflictException
                || "TransactionConflictException".equals(code)) {
            return new TransactionConflictException(message, service);
        }
        if (service instanceof software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException
                || "IdempotentParameterMismatchException".equals(code)) {
            return new IdempotentParameterMismatchException(message, service);
        }
        if (service instanceof software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException
                || "ExpiredIteratorException".equals(code)) {
            return new ExpiredIteratorException(message, service);
        }
        if (service instanceof software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException
                || "TrimmedDataAccessException".equals(code)) {
            return new TrimmedDataAccessException(message, service);
        }
        if ("ValidationException".equals(code)) {
            return new ValidationException(message, service);
        }
        return new BackendException(code, message, service);
    }

    /** Runs {@code operation}, translating any SDK exception it throws. */
    public static <T> T translating(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (SdkException exception) {
            throw translate(exception);
        }
    }

    private static String errorCode(AwsServiceException exception) {
        AwsErrorDetails details = exception.awsErrorDetails();
        return details == null || details.errorCode() == null ? "" : details.errorCode();
    }

    private static String message(AwsServiceException exception) {
        AwsErrorDetails details = exception.awsErrorDetails();
        if (details != null && details.errorMessage() != null) {
            return details.errorMessage();
        }
        // No service details (an exception built by hand or by a test double): the undecorated text is all there is.
        String message = exception.getMessage();
        return message == null ? "" : message;
    }

    private static Map<String, AttributeValue> conditionItem(AwsServiceException exception) {
        if (exception instanceof ConditionalCheckFailedException) {
            ConditionalCheckFailedException failed = (ConditionalCheckFailedException) exception;
            if (failed.hasItem()) {
                try {
                    return AttributeValues.fromSdk(failed.item());
                } catch (BackendException untyped) {
                    // The SDK lost the type of an empty list or map; the raw body still has it.
                    return RawErrorItems.conditionItem(exception).orElse(Map.of());
                }
            }
        }
        return Map.of();
    }

    private static List<CancellationReason> reasons(
            software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException exception) {
        if (!exception.hasCancellationReasons()) {
            return List.of();
        }
        List<CancellationReason> reasons = new ArrayList<>();
        int index = 0;
        for (var reason : exception.cancellationReasons()) {
            Map<String, AttributeValue> item = Map.of();
            if (reason.hasItem()) {
                try {
                    item = AttributeValues.fromSdk(reason.item());
                } catch (BackendException untyped) {
                    item = RawErrorItems.cancellationItem(exception, index).orElse(Map.of());
                }
            }
            reasons.add(new CancellationReason(reason.code() == null ? "" : reason.code(), reason.message(), item));
            index++;
        }
        return reasons;
    }
}
