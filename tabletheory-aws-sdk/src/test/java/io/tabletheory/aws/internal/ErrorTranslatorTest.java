package io.tabletheory.aws.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.api.error.BackendException;
import io.tabletheory.api.error.IdempotentParameterMismatchException;
import io.tabletheory.api.error.ResourceInUseException;
import io.tabletheory.api.error.ResourceNotFoundException;
import io.tabletheory.api.error.TableTheoryException;
import io.tabletheory.api.error.ThrottlingException;
import io.tabletheory.api.error.TransactionConflictException;
import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.CancellationReason;
import io.tabletheory.api.request.ConditionFailedException;
import io.tabletheory.api.request.TransactionCanceledException;
import io.tabletheory.api.value.AttributeValue;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;

class ErrorTranslatorTest {

    private static AwsErrorDetails details(String code, String message) {
        return AwsErrorDetails.builder()
                .errorCode(code)
                .errorMessage(message)
                .serviceName("DynamoDb")
                .build();
    }

    private static TableTheoryException translate(AwsServiceException.Builder builder, String code, String message) {
        AwsServiceException exception = builder.awsErrorDetails(details(code, message))
                .message(message + " (Service: DynamoDb, Status Code: 400, Request ID: abc)")
                .statusCode(400)
                .build();
        TableTheoryException translated = ErrorTranslator.translate(exception);
        assertThat(translated.getCause()).isSameAs(exception);
        return translated;
    }

    @Test
    void streamErrors_becomeTheirOwnExceptions() {
        TableTheoryException expired = translate(
                software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException.builder(),
                "ExpiredIteratorException",
                "Iterator expired");
        TableTheoryException trimmed = translate(
                software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException.builder(),
                "TrimmedDataAccessException",
                "Trimmed");

        assertThat(expired).isExactlyInstanceOf(io.tabletheory.api.error.ExpiredIteratorException.class);
        assertThat(expired.getMessage()).isEqualTo("Iterator expired");
        assertThat(trimmed).isExactlyInstanceOf(io.tabletheory.api.error.TrimmedDataAccessException.class);
        assertThat(trimmed.getMessage()).isEqualTo("Trimmed");
    }

    @Test
    void conditionalCheckFailed_becomesConditionFailedWithTheServiceMessage() {
        TableTheoryException translated = translate(
                software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException.builder(),
                "ConditionalCheckFailedException",
                "The conditional request failed");

        assertThat(translated).isExactlyInstanceOf(ConditionFailedException.class);
        assertThat(translated.getMessage()).isEqualTo("The conditional request failed");
        assertThat(((ConditionFailedException) translated).item()).isEmpty();
    }

    @Test
    void conditionalCheckFailed_withItem_carriesTheItem() {
        TableTheoryException translated = translate(
                software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException.builder()
                        .item(Map.of(
                                "pk",
                                software.amazon.awssdk.services.dynamodb.model.AttributeValue.builder()
                                        .s("k")
                                        .build())),
                "ConditionalCheckFailedException",
                "The conditional request failed");

        assertThat(((ConditionFailedException) translated).item()).contains(Map.of("pk", AttributeValue.ofString("k")));
    }

    @Test
    void transactionCanceled_keepsTheReasonsInOrder() {
        var canceled = software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException.builder()
                .cancellationReasons(
                        software.amazon.awssdk.services.dynamodb.model.CancellationReason.builder()
                                .code("None")
                                .build(),
                        software.amazon.awssdk.services.dynamodb.model.CancellationReason.builder()
                                .code("ConditionalCheckFailed")
                                .message("The conditional request failed")
                                .item(Map.of(
                                        "n",
                                        software.amazon.awssdk.services.dynamodb.model.AttributeValue.builder()
                                                .n("5")
                                                .build()))
                                .build());

        TableTheoryException translated = translate(
                canceled,
                "TransactionCanceledException",
                "Transaction cancelled, please refer cancellation reasons for specific reasons [None,"
                        + " ConditionalCheckFailed]");

        assertThat(translated).isExactlyInstanceOf(TransactionCanceledException.class);
        assertThat(((TransactionCanceledException) translated).reasons())
                .containsExactly(
                        new CancellationReason("None", "", Map.of()),
                        new CancellationReason(
                                "ConditionalCheckFailed",
                                "The conditional request failed",
                                Map.of("n", AttributeValue.ofNumber(5))));
    }

    @Test
    void namedServiceErrors_becomeTheirApiTypes() {
        assertThat(translate(
                        software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException.builder(),
                        "ResourceNotFoundException",
                        "Requested resource not found"))
                .isExactlyInstanceOf(ResourceNotFoundException.class)
                .hasMessage("Requested resource not found");
        assertThat(translate(
                        software.amazon.awssdk.services.dynamodb.model.ResourceInUseException.builder(),
                        "ResourceInUseException",
                        "Table already exists: t"))
                .isExactlyInstanceOf(ResourceInUseException.class);
        assertThat(translate(
                        software.amazon.awssdk.services.dynamodb.model.TransactionConflictException.builder(),
                        "TransactionConflictException",
                        "Transaction is ongoing for the item"))
                .isExactlyInstanceOf(TransactionConflictException.class);
        assertThat(translate(
                        software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException.builder(),
                        "IdempotentParameterMismatchException",
                        ""))
                .isExactlyInstanceOf(IdempotentParameterMismatchException.class);
    }

    @Test
    void throttlingErrors_becomeThrottling() {
        assertThat(translate(
                        ProvisionedThroughputExceededException.builder(),
                        "ProvisionedThroughputExceededException",
                        "The level of configured provisioned throughput for the table was exceeded"))
                .isExactlyInstanceOf(ThrottlingException.class);
        assertThat(translate(RequestLimitExceededException.builder(), "RequestLimitExceeded", "Throughput exceeds"))
                .isExactlyInstanceOf(ThrottlingException.class);
        assertThat(translate(DynamoDbException.builder(), "ThrottlingException", "Rate of requests exceeds"))
                .isExactlyInstanceOf(ThrottlingException.class);
    }

    @Test
    void validationErrorCode_becomesValidationWithTheUndecoratedMessage() {
        assertThat(translate(
                        DynamoDbException.builder(),
                        "ValidationException",
                        "One or more parameter values were invalid: Missing the key pk in the item"))
                .isExactlyInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: Missing the key pk in the item");
    }

    @Test
    void otherServiceErrors_becomeBackendExceptionsWithTheirCode() {
        TableTheoryException translated =
                translate(DynamoDbException.builder(), "InternalServerError", "Internal server error");

        assertThat(translated).isExactlyInstanceOf(BackendException.class).hasMessage("Internal server error");
        assertThat(((BackendException) translated).errorCode()).isEqualTo("InternalServerError");
    }

    @Test
    void clientFailures_becomeBackendExceptionsWithoutCode() {
        SdkClientException failure = SdkClientException.create("Unable to execute HTTP request: connect timed out");

        TableTheoryException translated = ErrorTranslator.translate(failure);

        assertThat(translated)
                .isExactlyInstanceOf(BackendException.class)
                .hasMessage("Unable to execute HTTP request: connect timed out")
                .hasCause(failure);
        assertThat(((BackendException) translated).errorCode()).isEmpty();
    }
}
