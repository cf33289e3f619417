package io.tabletheory.aws;

import io.tabletheory.api.port.StreamStore;
import io.tabletheory.aws.internal.DefaultAwsDynamoStreamStore;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The production stream backend: the {@link StreamStore} port carried out by DynamoDB Streams through an AWS SDK v2
 * {@link DynamoDbStreamsClient} (in the SDK's {@code dynamodb} artifact). Requests and answers map field by field;
 * records come back as {@link AwsStreamRecords} makes them. SDK errors are translated into the {@link
 * io.tabletheory.api.error.TableTheoryException} hierarchy with the service's message: {@link
 * io.tabletheory.api.error.ExpiredIteratorException}, {@link io.tabletheory.api.error.TrimmedDataAccessException},
 * {@link io.tabletheory.api.error.ResourceNotFoundException}, {@link io.tabletheory.api.error.ValidationException},
 * and {@link io.tabletheory.api.error.BackendException} for the rest.
 *
 * <p>Thread-safe as the client is; it never closes the client.
 *
 * <pre>{@code
 * StreamStore streams = AwsDynamoStreamStore.create(DynamoDbStreamsClient.create());
 * }</pre>
 */
public interface AwsDynamoStreamStore extends StreamStore {
    /**
     * A stream store backed by {@code client}, used with its region, credentials, retries and endpoint as configured.
     *
     * @param client the SDK client to call; not closed by the store
     */
    static AwsDynamoStreamStore create(DynamoDbStreamsClient client) {
        return new DefaultAwsDynamoStreamStore(Objects.requireNonNull(client, "client"));
    }
}
