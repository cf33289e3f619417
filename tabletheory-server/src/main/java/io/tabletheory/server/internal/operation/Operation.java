package io.tabletheory.server.internal.operation;

import io.tabletheory.server.internal.json.WireObject;

/**
 * One DynamoDB operation on the wire: decodes its request body into the api's request, calls the store, and
 * encodes the result as DynamoDB's response body. Failures propagate as the api's exceptions (or a {@link
 * io.tabletheory.server.internal.json.WireException}); the protocol handler turns them into error bodies.
 */
public interface Operation {
    /** The operation's name, as in {@code X-Amz-Target: DynamoDB_20120810.<name>}. */
    String name();

    /** The response body for a request body. */
    byte[] handle(WireObject request);
}
