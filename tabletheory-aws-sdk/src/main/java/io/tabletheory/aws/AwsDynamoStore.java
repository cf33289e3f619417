package io.tabletheory.aws;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.aws.internal.DefaultAwsDynamoStore;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The production backend: every TableTheory port operation carried out by Amazon DynamoDB through an AWS SDK v2
 * {@link DynamoDbClient}.
 *
 * <p>The mapping is lossless in both directions: each request parameter of the port's records becomes the SDK
 * parameter of the same name (empty maps and absent options are left unset, so DynamoDB applies its defaults), and
 * each field of DynamoDB's response comes back in the port's result records. Numbers travel as their canonical
 * decimal strings, binary values as bytes.
 *
 * <p>Errors never surface as SDK exceptions. They are translated into the {@link
 * io.tabletheory.api.error.TableTheoryException} hierarchy with DynamoDB's own message (not the SDK's decorated
 * one): a failed condition becomes {@link io.tabletheory.api.request.ConditionFailedException} (carrying the stored
 * item when the request asked for it), a cancelled transaction {@link
 * io.tabletheory.api.request.TransactionCanceledException} with its ordered reasons, an invalid request {@link
 * io.tabletheory.api.error.ValidationException}, throttling {@link io.tabletheory.api.error.ThrottlingException},
 * and anything DynamoDB does not classify, including network failures, {@link
 * io.tabletheory.api.error.BackendException}.
 *
 * <p>The store is immutable and thread-safe (as the SDK client is); build one per process and share it. It does
 * <em>not</em> own the client: it never closes it, so the caller that built the client closes it when the
 * application shuts down.
 *
 * <pre>{@code
 * DynamoDbClient client = DynamoDbClient.create();
 * AwsDynamoStore store = AwsDynamoStore.create(client);   // a DynamoStore
 * }</pre>
 */
public interface AwsDynamoStore extends DynamoStore {
    /**
     * A store backed by {@code client}. The client's region, credentials, retries and HTTP settings are used as
     * configured; the store adds no retries of its own.
     *
     * @param client the SDK client to call; not closed by the store
     * @return a thread-safe store over the client
     */
    static AwsDynamoStore create(DynamoDbClient client) {
        return new DefaultAwsDynamoStore(Objects.requireNonNull(client, "client"));
    }

    /**
     * The same store whose every SDK call carries this API-call timeout: the whole call, retries included, fails
     * once it has taken {@code timeout} (the SDK's {@code ApiCallTimeoutException}, translated to {@link
     * io.tabletheory.api.error.BackendException}). It overrides the client's own API-call timeout, if any. Cheap to
     * make per call, for a timeout derived from a deadline (as {@code LambdaTableTheory.withLambdaTimeout} does).
     *
     * @throws IllegalArgumentException when {@code timeout} is zero or negative
     */
    AwsDynamoStore withApiCallTimeout(java.time.Duration timeout);
}
