package io.tabletheory.bench.coldstart;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The raw SDK as users typically write it: {@code DynamoDbClient.create()}, with the default HTTP client (Apache, on
 * the class path through {@code dynamodb}'s own dependencies) and the default region, credentials and endpoint
 * provider chains (which find {@code AWS_REGION}, the keys and {@code AWS_ENDPOINT_URL_DYNAMODB} in the environment).
 */
public final class RawSdkTypical {
    private RawSdkTypical() {}

    public static void main(String[] args) {
        RawSdkTuned.Raw.putAndGet(DynamoDbClient.create());
    }
}
