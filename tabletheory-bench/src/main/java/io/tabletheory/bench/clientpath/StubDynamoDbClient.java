package io.tabletheory.bench.clientpath;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;

/**
 * A {@code DynamoDbClient} that does no I/O and runs none of the SDK's pipeline: PutItem keeps the request and
 * answers an empty response, GetItem answers the customer ({@link Customers#getItemResponse()}). What a contender
 * costs over it is its own mapping, to the SDK's request and back. Every other operation is unsupported.
 */
public final class StubDynamoDbClient implements DynamoDbClient {
    private static final PutItemResponse PUT_RESPONSE =
            PutItemResponse.builder().build();
    private final GetItemResponse getResponse = Customers.getItemResponse();
    /** The last request, kept so that building it cannot be optimised away. */
    private Object lastRequest;

    @Override
    public PutItemResponse putItem(PutItemRequest request) {
        lastRequest = request;
        return PUT_RESPONSE;
    }

    @Override
    public GetItemResponse getItem(GetItemRequest request) {
        lastRequest = request;
        return getResponse;
    }

    /** The last request the stub was given. */
    public Object lastRequest() {
        return lastRequest;
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {}
}
