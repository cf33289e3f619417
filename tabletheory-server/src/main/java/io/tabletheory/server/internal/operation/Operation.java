package io.tabletheory.server.internal.operation;

import io.tabletheory.server.internal.json.WireObject;

/**
 * One DynamoDB operation on the wire: decodes its request body into the api's request, calls the store, and
 * encodes the result as DynamoDB's response body. Failures propagate as the api's exceptions (or a {@link
 * io.tabletheory.server.internal.json.WireException}); the protocol handler turns them into error bodies.
 */
public interface Operation {
    /**
     * The operation's name, as in {@code X-Amz-Target: DynamoDB_20120810.<name>}; for a DynamoDB Streams operation,
     * its whole target ({@code DynamoDBStreams_20120810.<name>}).
     */
    String name();

    /** The response body for a request body. */
    byte[] handle(WireObject request);

    /**
     * The response body for a request body signed for {@code region} (the region of the request's SigV4 credential
     * scope; {@link SigningRegion#DEFAULT} when it is unsigned). Operations whose answers name the region (table
     * ARNs) override this; the others ignore the region.
     */
    default byte[] handle(WireObject request, String region) {
        return handle(request);
    }
}
